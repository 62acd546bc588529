package org.consulta.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.CampaignIndex;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's screeners over a contribution's texts, in order, and combines their verdicts:
 * the strictest outcome wins, masks of every redacting verdict are kept (those that do not fit the
 * text are dropped and logged), and the first campaign found marks the contribution. A screener
 * that throws is logged and counts as a hold with reason {@value #SCREENING_ERROR}, so a broken
 * screener can delay publication but never loses a contribution.
 */
final class Screening {
  static final String SCREENING_ERROR = "screening-error";
  private static final Logger LOG = LoggerFactory.getLogger(Screening.class);

  private Screening() {}

  /**
   * The combined verdicts.
   *
   * @param outcome the strictest outcome
   * @param verdicts every verdict, in screener order
   * @param reason the reason of the first verdict with the strictest outcome
   * @param score the highest score
   * @param redactions the spans to mask
   * @param campaign the campaign found
   */
  record Result(Verdict.Outcome outcome, List<Verdict> verdicts, Optional<String> reason, double score, List<TextSpan> redactions,
      Optional<CampaignId> campaign) {
    static final Result NONE = new Result(Verdict.Outcome.PASS, List.of(), Optional.empty(), 0, List.of(), Optional.empty());

    /** @return every reason code cited, in order */
    Set<String> reasons() {
      Set<String> out = new LinkedHashSet<>();
      verdicts.forEach(v -> v.reason().ifPresent(out::add));
      return out;
    }

    /** @return the reasons of redacting verdicts */
    Set<String> redactionReasons() {
      Set<String> out = new LinkedHashSet<>();
      verdicts.stream().filter(v -> v.outcome() == Verdict.Outcome.REDACT).forEach(v -> v.reason().ifPresent(out::add));
      return out;
    }
  }

  static Result run(Tx tx, Contribution c, boolean edit) {
    List<Screener> screeners = tx.engine.screeners;
    if (screeners.isEmpty()) {
      return Result.NONE;
    }
    Map<String, String> texts = c.texts();
    ScreeningInput input = new ScreeningInput(c.tenant(), c.consultation(), c.id(), c.author(), c.kind(), c.channel(), c.language(), texts,
        tx.now, edit);
    ScreeningContext context = new Context(tx);
    List<Verdict> verdicts = new ArrayList<>(screeners.size());
    for (Screener screener : screeners) {
      verdicts.add(screen(screener, input, context, texts));
    }
    Verdict.Outcome outcome = Verdict.Outcome.PASS;
    Optional<String> reason = Optional.empty();
    double score = 0;
    List<TextSpan> redactions = new ArrayList<>();
    Optional<CampaignId> campaign = Optional.empty();
    for (Verdict v : verdicts) {
      if (v.outcome().compareTo(outcome) > 0) {
        outcome = v.outcome();
        reason = v.reason();
      }
      score = Math.max(score, v.score());
      if (v.outcome() == Verdict.Outcome.REDACT) {
        redactions.addAll(v.redactions());
      }
      if (campaign.isEmpty()) {
        campaign = v.campaign();
      }
    }
    return new Result(outcome, verdicts, reason, score, redactions, campaign);
  }

  private static Verdict screen(Screener screener, ScreeningInput input, ScreeningContext context, Map<String, String> texts) {
    String name = screener.name();
    try {
      Verdict v = screener.screen(input, context);
      if (v == null) {
        throw new NullPointerException("screener " + name + " returned null");
      }
      if (v.outcome() == Verdict.Outcome.REDACT) {
        List<TextSpan> fitting = new ArrayList<>();
        for (TextSpan span : v.redactions()) {
          String text = texts.get(span.field());
          if (text != null && span.end() <= text.length()) {
            fitting.add(span);
          } else {
            LOG.warn("screener {} masked {}[{}, {}) beyond the text of contribution {}; span dropped", name, span.field(), span.start(),
                span.end(), input.contribution());
          }
        }
        if (fitting.isEmpty()) {
          return Verdict.pass(name);
        }
        if (fitting.size() != v.redactions().size()) {
          return new Verdict(v.screener(), v.outcome(), v.reason(), v.score(), v.explanation(), fitting, v.campaign());
        }
      }
      return v;
    } catch (RuntimeException e) {
      LOG.warn("screener {} failed on contribution {} of tenant {}; holding it for a moderator", name, input.contribution(), input.tenant(), e);
      return Verdict.hold(name, SCREENING_ERROR, 0, "the screener failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** What screeners may look up: the submitting transaction's tenant only. */
  private static final class Context implements ScreeningContext {
    private static final UUID LOWEST = new UUID(0, 0);
    private final Tx tx;

    Context(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Instant now() {
      return tx.now;
    }

    @Override
    public long contributionsBy(ParticipantId author, Instant since, int cap) {
      if (cap <= 0) {
        return 0;
      }
      // keyset "after" is exclusive: the lowest id at `since` lets every contribution made at `since` in
      return tx.uow.contributions().listByAuthor(author, Optional.of(new SortKey(since, LOWEST)), cap).size();
    }

    @Override
    public CampaignIndex campaigns() {
      return tx.uow.moderation().campaignIndex();
    }
  }
}
