package org.consulta.core.event;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeOrigin;
import org.consulta.core.participant.ParticipantId;

/**
 * The events of outcome tracking (themes, responses, decisions, results, digests). Like every
 * {@link ConsultaEvent} they carry ids, kinds and states, never texts.
 */
public sealed interface OutcomeEvent extends ConsultaEvent {
  /** @return the consultation concerned */
  ConsultationId consultation();

  /**
   * A theme was created.
   *
   * @param theme its id
   * @param consultation the consultation
   * @param origin how it came about
   * @param campaign the campaign it was made from, if any
   */
  record ThemeCreated(ThemeId theme, ConsultationId consultation, ThemeOrigin origin, Optional<CampaignId> campaign) implements OutcomeEvent {
    public ThemeCreated {
      requireNonNull(theme, "theme");
      requireNonNull(consultation, "consultation");
      requireNonNull(origin, "origin");
      requireNonNull(campaign, "campaign");
    }
  }

  /**
   * A theme's title or description changed.
   *
   * @param theme its id
   * @param consultation the consultation
   * @param version the new version
   * @param fields the fields changed
   */
  record ThemeUpdated(ThemeId theme, ConsultationId consultation, long version, List<String> fields) implements OutcomeEvent {
    public ThemeUpdated {
      requireNonNull(theme, "theme");
      requireNonNull(consultation, "consultation");
      fields = List.copyOf(fields);
    }
  }

  /**
   * Contributions went into a theme or out of it.
   *
   * @param theme its id
   * @param consultation the consultation
   * @param added contributions put in one by one
   * @param removed contributions taken out
   * @param fromCampaign how many came in with the campaign the theme was made from
   */
  record ThemeMembersChanged(ThemeId theme, ConsultationId consultation, List<ContributionId> added, List<ContributionId> removed,
      long fromCampaign) implements OutcomeEvent {
    public ThemeMembersChanged {
      requireNonNull(theme, "theme");
      requireNonNull(consultation, "consultation");
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /**
   * An official response was given.
   *
   * @param response its id
   * @param consultation the consultation
   * @param contribution the contribution answered, or
   * @param theme the theme answered
   * @param status the position
   */
  record ResponseGiven(ResponseId response, ConsultationId consultation, Optional<ContributionId> contribution, Optional<ThemeId> theme,
      ResponseStatus status) implements OutcomeEvent {
    public ResponseGiven {
      requireNonNull(response, "response");
      requireNonNull(consultation, "consultation");
      requireNonNull(contribution, "contribution");
      requireNonNull(theme, "theme");
      requireNonNull(status, "status");
    }
  }

  /**
   * A response was revised.
   *
   * @param response its id
   * @param consultation the consultation
   * @param version the new version
   * @param from the earlier position
   * @param to the new position
   */
  record ResponseRevised(ResponseId response, ConsultationId consultation, long version, ResponseStatus from, ResponseStatus to)
      implements OutcomeEvent {
    public ResponseRevised {
      requireNonNull(response, "response");
      requireNonNull(consultation, "consultation");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * A decision was recorded.
   *
   * @param decision its id
   * @param consultation the consultation
   * @param effect what the input did to it
   * @param themes themes linked as input
   * @param contributions contributions linked as input
   */
  record DecisionRecorded(DecisionId decision, ConsultationId consultation, InfluenceEffect effect, List<ThemeId> themes,
      List<ContributionId> contributions) implements OutcomeEvent {
    public DecisionRecorded {
      requireNonNull(decision, "decision");
      requireNonNull(consultation, "consultation");
      requireNonNull(effect, "effect");
      themes = List.copyOf(themes);
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * A decision changed.
   *
   * @param decision its id
   * @param consultation the consultation
   * @param version the new version
   * @param fields the fields changed
   */
  record DecisionChanged(DecisionId decision, ConsultationId consultation, long version, List<String> fields) implements OutcomeEvent {
    public DecisionChanged {
      requireNonNull(decision, "decision");
      requireNonNull(consultation, "consultation");
      fields = List.copyOf(fields);
    }
  }

  /**
   * An implementation result was created.
   *
   * @param result its id
   * @param consultation the consultation
   * @param parent the result it is part of, if any
   * @param status its status
   * @param progress its progress
   */
  record ResultCreated(ResultId result, ConsultationId consultation, Optional<ResultId> parent, ResultStatus status, int progress)
      implements OutcomeEvent {
    public ResultCreated {
      requireNonNull(result, "result");
      requireNonNull(consultation, "consultation");
      requireNonNull(parent, "parent");
      requireNonNull(status, "status");
    }
  }

  /**
   * A result changed.
   *
   * @param result its id
   * @param consultation the consultation
   * @param version the new version
   * @param status its status now
   * @param progress its own progress now
   * @param fields the fields changed ({@code "note"} when a public note was posted)
   */
  record ResultChanged(ResultId result, ConsultationId consultation, long version, ResultStatus status, int progress, List<String> fields)
      implements OutcomeEvent {
    public ResultChanged {
      requireNonNull(result, "result");
      requireNonNull(consultation, "consultation");
      requireNonNull(status, "status");
      fields = List.copyOf(fields);
    }
  }

  /**
   * A digest of outcome notices was handed to the notifier for one participant; a webhook
   * subscribed to it can deliver the digest itself (e.g. by e-mail), reading the details through
   * the participant's trail.
   *
   * @param recipient the participant
   * @param consultation the consultation of the first item
   * @param items one per contribution and subject, oldest first
   */
  record OutcomeDigestSent(ParticipantId recipient, ConsultationId consultation, List<Item> items) implements OutcomeEvent {
    public OutcomeDigestSent {
      requireNonNull(recipient, "recipient");
      requireNonNull(consultation, "consultation");
      items = List.copyOf(items);
    }

    /**
     * @param kind what happened
     * @param consultation the consultation
     * @param contribution the participant's contribution
     * @param subject the id of the response, decision or result
     */
    public record Item(NoticeKind kind, ConsultationId consultation, ContributionId contribution, String subject) {
      public Item {
        requireNonNull(kind, "kind");
        requireNonNull(consultation, "consultation");
        requireNonNull(contribution, "contribution");
        requireNonNull(subject, "subject");
      }
    }
  }
}
