package org.consulta.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.ContributionEdit;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.moderation.screeners.FloodingScreener;
import org.consulta.core.participant.Participant;
import org.junit.jupiter.api.Test;

/** Flooding is judged against the store, so it is tested through the engine on the in-memory store. */
class FloodingScreenerTest {
  private final Fixtures f = new Fixtures(Consulta.builder().screeners(List.of(FloodingScreener.of(3, Duration.ofHours(1)))));

  @Test
  void theContributionBeyondTheLimitWithinTheWindowIsHeld() {
    Consultation c = f.openConsultation();
    Participant busy = f.register();
    for (int i = 0; i < 3; i++) {
      assertThat(f.submitIdea(c, busy, "idea " + i).state()).isEqualTo(ContributionState.PUBLISHED);
    }

    assertThat(f.submitIdea(c, busy, "idea 4").state()).isEqualTo(ContributionState.PENDING_MODERATION);
    assertThat(f.submitIdea(c, f.register(), "someone else").state()).isEqualTo(ContributionState.PUBLISHED);
    assertThat(f.consulta.moderation().queue(f.moderator, QueueFilter.all(), org.consulta.core.value.PageRequest.first()).items())
        .singleElement().satisfies(k -> assertThat(k.reasons()).containsExactly("spam"));
  }

  @Test
  void theWindowSlidesAndEditsDoNotCount() {
    Consultation c = f.openConsultation();
    Participant busy = f.register();
    var first = f.submitIdea(c, busy, "idea 0");
    f.submitIdea(c, busy, "idea 1");
    f.submitIdea(c, busy, "idea 2");
    f.consulta.contributions().edit(f.actor(busy), ContributionEdit.body(first.id(), "idea 0, edited"));
    f.advance(Duration.ofMinutes(61));

    assertThat(f.submitIdea(c, busy, "idea 3").state()).isEqualTo(ContributionState.PUBLISHED);
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> FloodingScreener.of(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FloodingScreener.of(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
