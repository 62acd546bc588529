package org.consulta.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class NewConsultationTest {
  private static final NewConsultation BASE = new NewConsultationBuilder()
      .title(LocalizedText.of("en", "Park"))
      .purpose(LocalizedText.of("en", "Decide the park"))
      .influence(Influence.of(InfluenceLevel.CONSULT))
      .addChannels(Channel.ONLINE, Channel.PAPER)
      .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.REPORT)
      .putForms(ContributionKind.REPORT, new ContributionForm(List.of(new FormFieldBuilder().key("issue").type(FieldType.TEXT)
          .label(LocalizedText.of("en", "Issue")).required(true).build())))
      .build();

  @Test
  void withersChangeOnlyWhatTheyName() {
    PhaseSchedule schedule = PhaseSchedule.of(Instant.parse("2025-03-03T09:00:00Z"), Instant.parse("2025-04-03T09:00:00Z"));
    ModerationPolicy pre = ModerationPolicy.standard().withMode(ModerationMode.PRE);

    NewConsultation scheduled = BASE.withSchedule(schedule).withModeration(pre);

    assertThat(scheduled.schedule()).contains(schedule);
    assertThat(scheduled.moderation()).contains(pre);
    assertThat(scheduled.withSchedule(BASE.schedule().orElse(PhaseSchedule.none())).withModeration(ModerationPolicy.standard()))
        .usingRecursiveComparison().ignoringFields("schedule", "moderation").isEqualTo(BASE);
    assertThat(BASE.schedule()).isEqualTo(Optional.empty());
  }

  @Test
  void narrowingTheInputDropsTheFormsOfKindsNoLongerAccepted() {
    NewConsultation ideas = BASE.withInput(Set.of(Channel.ONLINE), Set.of(ContributionKind.IDEA));

    assertThat(ideas.channels()).containsExactly(Channel.ONLINE);
    assertThat(ideas.acceptedKinds()).containsExactly(ContributionKind.IDEA);
    assertThat(ideas.forms()).isEmpty();
    assertThat(BASE.withInput(BASE.channels(), BASE.acceptedKinds())).isEqualTo(BASE);
  }
}
