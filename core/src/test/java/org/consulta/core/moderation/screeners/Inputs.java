package org.consulta.core.moderation.screeners;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.participant.ParticipantId;

/** Screening inputs for the screener tests, and a context the screeners must not touch. */
final class Inputs {
  static final ScreeningContext NO_CONTEXT = new UnusedContext();

  private Inputs() {}

  static ScreeningInput body(String language, String body) {
    return texts(language, Map.of(TextSpan.BODY, body));
  }

  static ScreeningInput texts(String language, Map<String, String> texts) {
    return new ScreeningInput(TenantId.of("t"), ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057"),
        ContributionId.parse("01890a5d-ac96-774b-bcce-b302099a8059"), Optional.of(ParticipantId.parse("01890a5d-ac96-774b-bcce-b302099a8058")),
        ContributionKind.IDEA, Channel.ONLINE, language, texts, Instant.parse("2026-11-23T05:00:00Z"), false);
  }

  /** Proves the screeners do not use the context: every method throws. */
  private static final class UnusedContext implements ScreeningContext {
    @Override
    public Instant now() {
      throw new UnsupportedOperationException("now");
    }

    @Override
    public long contributionsBy(ParticipantId author, Instant since, int cap) {
      throw new UnsupportedOperationException("contributionsBy");
    }

    @Override
    public CampaignIndex campaigns() {
      throw new UnsupportedOperationException("campaigns");
    }
  }
}
