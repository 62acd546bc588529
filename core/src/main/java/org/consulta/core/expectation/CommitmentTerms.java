package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.consultation.Channel;
import org.consulta.core.value.LocalizedText;

/**
 * What an institution promises on a consultation. The built-in terms are data (stored with the
 * commitment, mapped to JSON, turned into the promise statement); {@link Custom} names terms the
 * embedder evaluates with a {@link CommitmentEvaluator} registered on {@code
 * Consulta.builder().commitmentEvaluator(name, evaluator)}.
 *
 * <pre>{@code
 * CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10));
 * CommitmentTerms.decideBy(LocalDate.of(2027, 3, 12));
 * new CommitmentTerms.Represent("district", 0.05, 100);
 * }</pre>
 */
public sealed interface CommitmentTerms {
  /** @return the kind */
  CommitmentKind kind();

  /**
   * Answer every contribution in scope within an allowance.
   *
   * @param scope which contributions
   * @param allowance how long each may wait for its first answer
   */
  record RespondWithin(ResponseScope scope, TimeAllowance allowance) implements CommitmentTerms {
    public RespondWithin {
      requireNonNull(scope, "scope");
      requireNonNull(allowance, "allowance");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.RESPOND_WITHIN;
    }
  }

  /**
   * Rule on every moderation case within an allowance of its opening.
   *
   * @param allowance how long a case may wait for its ruling
   */
  record ModerateWithin(TimeAllowance allowance) implements CommitmentTerms {
    public ModerateWithin {
      requireNonNull(allowance, "allowance");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.MODERATE_WITHIN;
    }
  }

  /**
   * Take the decision the consultation informs on or before a date (a decision recorded with
   * {@code decidedOn} up to that date).
   *
   * @param date the last day, in the tenant's zone
   */
  record DecideBy(LocalDate date) implements CommitmentTerms {
    public DecideBy {
      requireNonNull(date, "date");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.DECIDE_BY;
    }
  }

  /**
   * Publish the outcome (the consultation reaches {@code OUTCOME_PUBLISHED}) on or before a date.
   *
   * @param date the last day, in the tenant's zone
   */
  record PublishReportBy(LocalDate date) implements CommitmentTerms {
    public PublishReportBy {
      requireNonNull(date, "date");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.PUBLISH_REPORT_BY;
    }
  }

  /**
   * Reach a number of participants or contributions on or before a date.
   *
   * @param metric what is counted
   * @param target how many, at least 1
   * @param by the last day, in the tenant's zone
   */
  record Reach(ReachMetric metric, long target, LocalDate by) implements CommitmentTerms {
    public Reach {
      requireNonNull(metric, "metric");
      requireNonNull(by, "by");
      if (target < 1) {
        throw new IllegalArgumentException("target must be at least 1, not " + target);
      }
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.REACH;
    }
  }

  /**
   * Keep the participants' shares of every declared value of a demographic dimension within a
   * tolerance of the tenant's reference shares (e.g. the census). Shares are among the
   * participants who declared a value; "prefer not to say" and no answer are counted apart.
   *
   * @param dimension the dimension key of the tenant's schema
   * @param tolerance the largest allowed difference of shares, in (0, 1) (0.05 = 5 points)
   * @param minimumSample how many participants with a declared value are needed before shares
   *     are judged (until then: pending), at least 1
   */
  record Represent(String dimension, double tolerance, long minimumSample) implements CommitmentTerms {
    public Represent {
      requireNonNull(dimension, "dimension");
      if (!(tolerance > 0 && tolerance < 1)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1), not " + tolerance);
      }
      if (minimumSample < 1) {
        throw new IllegalArgumentException("minimumSample must be at least 1, not " + minimumSample);
      }
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.REPRESENT;
    }
  }

  /**
   * Hold at least a number of offline sessions (in person, by phone) for people who are not online.
   * A session counts as held once it has started and was not cancelled.
   *
   * @param count how many, at least 1
   * @param channels the channels that count, in person and/or phone
   * @param by the last day, in the tenant's zone; without it, until the consultation closes
   */
  record HoldOfflineSessions(int count, Set<Channel> channels, Optional<LocalDate> by) implements CommitmentTerms {
    public HoldOfflineSessions {
      requireNonNull(channels, "channels");
      requireNonNull(by, "by");
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1, not " + count);
      }
      if (channels.isEmpty() || channels.contains(Channel.ONLINE)) {
        throw new IllegalArgumentException("channels must be offline channels (in person, phone, paper), at least one: " + channels);
      }
      channels = Set.copyOf(EnumSet.copyOf(channels));
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.HOLD_OFFLINE_SESSIONS;
    }
  }

  /**
   * The influence on offer, stated up front: declared, not measured (it is kept by being said).
   *
   * @param openToChange what the input can still change
   * @param notOpenToChange what is fixed already, if anything
   * @param decidedBy who takes the decision
   */
  record InfluenceStatement(LocalizedText openToChange, Optional<LocalizedText> notOpenToChange, LocalizedText decidedBy) implements CommitmentTerms {
    public InfluenceStatement {
      requireNonNull(openToChange, "openToChange");
      requireNonNull(notOpenToChange, "notOpenToChange");
      requireNonNull(decidedBy, "decidedBy");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.INFLUENCE_STATEMENT;
    }
  }

  /**
   * Terms the embedder defines and evaluates.
   *
   * @param name the name of a registered {@link CommitmentEvaluator}
   * @param parameters free parameters passed to it
   * @param statement the sentence of the promise statement, per language
   */
  record Custom(String name, Map<String, String> parameters, LocalizedText statement) implements CommitmentTerms {
    public Custom {
      requireNonNull(name, "name");
      parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(parameters, "parameters")));
      requireNonNull(statement, "statement");
    }

    @Override
    public CommitmentKind kind() {
      return CommitmentKind.CUSTOM;
    }
  }

  /**
   * @param scope which contributions
   * @param allowance how long each may wait
   * @return the terms
   */
  static CommitmentTerms respondWithin(ResponseScope scope, TimeAllowance allowance) {
    return new RespondWithin(scope, allowance);
  }

  /**
   * @param allowance how long a case may wait
   * @return the terms
   */
  static CommitmentTerms moderateWithin(TimeAllowance allowance) {
    return new ModerateWithin(allowance);
  }

  /**
   * @param date the last day
   * @return the terms
   */
  static CommitmentTerms decideBy(LocalDate date) {
    return new DecideBy(date);
  }

  /**
   * @param date the last day
   * @return the terms
   */
  static CommitmentTerms publishReportBy(LocalDate date) {
    return new PublishReportBy(date);
  }

  /**
   * @param metric what is counted
   * @param target how many
   * @param by the last day
   * @return the terms
   */
  static CommitmentTerms reach(ReachMetric metric, long target, LocalDate by) {
    return new Reach(metric, target, by);
  }
}
