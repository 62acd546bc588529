package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.participant.ParticipantId;
import org.junit.jupiter.api.Test;

class CampaignScreenerTest {
  static final String TEMPLATE = "I believe that the council should invest in the new tram line because traffic is already"
      + " unbearable. Every winter, the bridge over the river is a danger for pedestrians, and nobody seems to care.";
  static final String OTHER = "Frankly, the mayor must abandon the planned bypass since the air quality keeps getting worse."
      + " At rush hour, the railway underpass is always blocked by delivery vans, which drives families away.";

  private final ConsultationId consultation = new ConsultationId(UUID.randomUUID());
  private final Context context = new Context(new InMemoryCampaignIndex());
  private final CampaignScreener screener = CampaignScreener.standard();

  @Test
  void theFirstTextSeedsAndPassesWithoutACampaign() {
    Verdict verdict = screener.screen(input(consultation, TEMPLATE), context);

    assertThat(verdict).isEqualTo(Verdict.pass("campaign"));
    assertThat(context.index.seedCount(consultation)).isEqualTo(1);
  }

  @Test
  void aCopyJoinsTheSeedsCampaign() {
    ScreeningInput seed = input(consultation, TEMPLATE);
    screener.screen(seed, context);

    Verdict copy = screener.screen(input(consultation, TEMPLATE), context);
    Verdict edited = screener.screen(input(consultation, "Please take this seriously. " + TEMPLATE.replace("new", "NEW!")), context);

    assertThat(copy.outcome()).isEqualTo(Verdict.Outcome.PASS);
    assertThat(copy.campaign()).contains(CampaignId.seededBy(seed.contribution()));
    assertThat(copy.score()).isEqualTo(1.0);
    assertThat(copy.explanation()).contains(seed.contribution().toString()).doesNotContain("tram");
    assertThat(edited.campaign()).contains(CampaignId.seededBy(seed.contribution()));
    assertThat(edited.score()).isBetween(CampaignScreener.DEFAULT_THRESHOLD, 1.0);
    assertThat(context.index.seedCount(consultation)).isEqualTo(1);
  }

  @Test
  void anUnrelatedTextSeedsItsOwnCampaign() {
    screener.screen(input(consultation, TEMPLATE), context);
    ScreeningInput other = input(consultation, OTHER);

    assertThat(screener.screen(other, context).campaign()).isEmpty();
    assertThat(screener.screen(input(consultation, OTHER), context).campaign()).contains(CampaignId.seededBy(other.contribution()));
    assertThat(context.index.seedCount(consultation)).isEqualTo(2);
  }

  @Test
  void consultationsAreSeparate() {
    ConsultationId elsewhere = new ConsultationId(UUID.randomUUID());
    screener.screen(input(consultation, TEMPLATE), context);

    assertThat(screener.screen(input(elsewhere, TEMPLATE), context).campaign()).isEmpty();
    assertThat(context.index.seedCount(elsewhere)).isEqualTo(1);
  }

  @Test
  void anEmptyBodyPassesWithoutTouchingTheIndex() {
    assertThat(screener.screen(input(consultation, ""), context)).isEqualTo(Verdict.pass("campaign"));
    assertThat(screener.screen(input(consultation, " ?! "), context)).isEqualTo(Verdict.pass("campaign"));
    assertThat(context.index.seedCount(consultation)).isZero();
  }

  @Test
  void anEditedSeedStaysASeed() {
    ScreeningInput seed = input(consultation, TEMPLATE);
    screener.screen(seed, context);
    ScreeningInput edit = new ScreeningInput(seed.tenant(), consultation, seed.contribution(), seed.author(), seed.kind(),
        seed.channel(), "en", Map.of(TextSpan.BODY, TEMPLATE + " Thank you."), Instant.EPOCH, true);

    assertThat(screener.screen(edit, context)).isEqualTo(Verdict.pass("campaign"));
    assertThat(context.index.seedCount(consultation)).isEqualTo(1);
  }

  static ScreeningInput input(ConsultationId consultation, String body) {
    return new ScreeningInput(new TenantId("t1"), consultation, new ContributionId(UUID.randomUUID()),
        Optional.of(new ParticipantId(UUID.randomUUID())), ContributionKind.IDEA, Channel.ONLINE, "en",
        Map.of(TextSpan.BODY, body), Instant.EPOCH, false);
  }

  /** A screening context that only has an index. */
  static final class Context implements ScreeningContext {
    final InMemoryCampaignIndex index;

    Context(InMemoryCampaignIndex index) {
      this.index = index;
    }

    @Override
    public Instant now() {
      return Instant.EPOCH;
    }

    @Override
    public long contributionsBy(ParticipantId author, Instant since, int cap) {
      throw new UnsupportedOperationException("the campaign screener needs no counts");
    }

    @Override
    public CampaignIndex campaigns() {
      return index;
    }
  }
}
