package org.consulta.core.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Support;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.moderation.AppealOutcome;
import org.consulta.core.moderation.CaseTrigger;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.webhook.WebhookId;

/**
 * Every state change Consulta makes, one record per kind. Events are appended to the tenant's
 * event log in the same unit of work as the change they describe, numbered per tenant without
 * gaps ({@link RecordedEvent#position()}), and delivered to {@link EventListener}s after commit in
 * position order. They carry ids, kinds and states, never personal data (no contact details, no
 * demographics, no contribution text).
 *
 * <p>Outcome tracking's events are in {@link OutcomeEvent}, expectations' in {@link ExpectationEvent}. All records are immutable. Their JSON form (see {@code org.consulta.core.json}) is canonical:
 * properties in declaration order, instants in UTC, the type as {@link #type()}.
 */
public sealed interface ConsultaEvent
    permits ConsultaEvent.ConsultationCreated, ConsultaEvent.ConsultationUpdated, ConsultaEvent.PhaseChanged,
        ConsultaEvent.DemographicSchemaDefined, ConsultaEvent.ParticipantRegistered,
        ConsultaEvent.ParticipantUpdated, ConsultaEvent.ConsentChanged, ConsultaEvent.ContactDetailsUpdated,
        ConsultaEvent.ContactDetailsErased, ConsultaEvent.ContributionSubmitted,
        ConsultaEvent.ContributionWithdrawn, ConsultaEvent.ReactionSet, ConsultaEvent.ReactionCleared,
        ConsultaEvent.ContributionQualified, ConsultaEvent.ContributionScreened,
        ConsultaEvent.ContributionEdited, ConsultaEvent.ContributionFlagged,
        ConsultaEvent.ModerationCaseOpened, ConsultaEvent.ModerationCaseClaimed,
        ConsultaEvent.ModerationCaseReleased, ConsultaEvent.ModerationDecided, ConsultaEvent.AppealFiled,
        ConsultaEvent.AppealDecided, ConsultaEvent.WebhookSubscribed, ConsultaEvent.WebhookDeleted,
        ConsultaEvent.WebhookDeliveriesReplayed, ConsultaEvent.CalendarDefined, ConsultaEvent.TrackRecordVisibilitySet, ConsultaEvent.ReferencePopulationDefined, OutcomeEvent,
        ExpectationEvent {
  /**
   * The stable name of this event kind, e.g. {@code "contribution.submitted"}: the record's name
   * split into dotted lower-case words. Renaming a record is therefore a breaking change.
   *
   * @return the type name
   */
  default String type() {
    return typeOf(getClass());
  }

  /**
   * @param type an event record class
   * @return its stable type name
   */
  static String typeOf(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append(out.indexOf(".") < 0 ? '.' : '_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A consultation was created (in draft).
   *
   * @param consultation its id
   * @param influence its influence level
   * @param acceptedKinds the kinds it accepts
   * @param channels the channels it offers
   */
  record ConsultationCreated(
      ConsultationId consultation, InfluenceLevel influence, Set<ContributionKind> acceptedKinds, Set<Channel> channels)
      implements ConsultaEvent {
    public ConsultationCreated {
      requireNonNull(consultation, "consultation");
      requireNonNull(influence, "influence");
      acceptedKinds = Set.copyOf(acceptedKinds);
      channels = Set.copyOf(channels);
    }
  }

  /**
   * A consultation's settings or texts changed.
   *
   * @param consultation its id
   * @param version the new version
   * @param fields the names of the fields changed
   */
  record ConsultationUpdated(ConsultationId consultation, long version, List<String> fields) implements ConsultaEvent {
    public ConsultationUpdated {
      requireNonNull(consultation, "consultation");
      fields = List.copyOf(fields);
    }
  }

  /**
   * A consultation moved to another phase.
   *
   * @param consultation its id
   * @param from the phase left
   * @param to the phase entered
   * @param effectiveAt when the move took effect (a scheduled move: its planned instant)
   * @param scheduled whether the clock made the move
   */
  record PhaseChanged(ConsultationId consultation, Phase from, Phase to, Instant effectiveAt, boolean scheduled)
      implements ConsultaEvent {
    public PhaseChanged {
      requireNonNull(consultation, "consultation");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(effectiveAt, "effectiveAt");
    }
  }

  /**
   * The tenant's demographic schema was defined or replaced.
   *
   * @param dimensions the keys of its dimensions
   */
  record DemographicSchemaDefined(List<String> dimensions) implements ConsultaEvent {
    public DemographicSchemaDefined {
      dimensions = List.copyOf(dimensions);
    }
  }

  /**
   * The tenant's working calendar was defined or replaced.
   *
   * @param zone its time zone id
   * @param holidays how many holidays it names
   */
  record CalendarDefined(String zone, int holidays) implements ConsultaEvent {
    public CalendarDefined {
      requireNonNull(zone, "zone");
    }
  }

  /**
   * The tenant's reference population was defined or replaced.
   *
   * @param dimensions the dimensions it gives shares for
   */
  record ReferencePopulationDefined(List<String> dimensions) implements ConsultaEvent {
    public ReferencePopulationDefined {
      dimensions = List.copyOf(dimensions);
    }
  }

  /**
   * The tenant chose who may read its track record.
   *
   * @param visibility public or internal
   */
  record TrackRecordVisibilitySet(org.consulta.core.expectation.TrackRecordVisibility visibility) implements ConsultaEvent {
    public TrackRecordVisibilitySet {
      requireNonNull(visibility, "visibility");
    }
  }

  /**
   * A participant registered.
   *
   * @param participant their pseudonymous id
   */
  record ParticipantRegistered(ParticipantId participant) implements ConsultaEvent {
    public ParticipantRegistered {
      requireNonNull(participant, "participant");
    }
  }

  /**
   * A participant changed their record (the values are not repeated here).
   *
   * @param participant their id
   * @param version the new version
   * @param fields the names of the fields changed
   */
  record ParticipantUpdated(ParticipantId participant, long version, List<String> fields) implements ConsultaEvent {
    public ParticipantUpdated {
      requireNonNull(participant, "participant");
      fields = List.copyOf(fields);
    }
  }

  /**
   * A participant granted or withdrew a consent.
   *
   * @param participant their id
   * @param consent which consent
   * @param granted whether it is now granted
   */
  record ConsentChanged(ParticipantId participant, ConsentKind consent, boolean granted) implements ConsultaEvent {
    public ConsentChanged {
      requireNonNull(participant, "participant");
      requireNonNull(consent, "consent");
    }
  }

  /**
   * A participant's contact details were stored or replaced (the details are not repeated here).
   *
   * @param participant their id
   */
  record ContactDetailsUpdated(ParticipantId participant) implements ConsultaEvent {
    public ContactDetailsUpdated {
      requireNonNull(participant, "participant");
    }
  }

  /**
   * A participant's contact details were erased for good.
   *
   * @param participant their id
   */
  record ContactDetailsErased(ParticipantId participant) implements ConsultaEvent {
    public ContactDetailsErased {
      requireNonNull(participant, "participant");
    }
  }

  /**
   * A contribution was submitted or recorded.
   *
   * @param contribution its id
   * @param consultation its consultation
   * @param kind its kind
   * @param channel the channel it came in on
   * @param author its author, empty for anonymous offline input
   * @param recordedBy the staff subject who recorded offline input
   * @param parent what it replies to
   * @param visibility its visibility
   * @param state its state on arrival
   */
  record ContributionSubmitted(
      ContributionId contribution,
      ConsultationId consultation,
      ContributionKind kind,
      Channel channel,
      Optional<ParticipantId> author,
      Optional<String> recordedBy,
      Optional<ContributionId> parent,
      Visibility visibility,
      ContributionState state)
      implements ConsultaEvent, AboutContribution {
    public ContributionSubmitted {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(kind, "kind");
      requireNonNull(channel, "channel");
      requireNonNull(author, "author");
      requireNonNull(recordedBy, "recordedBy");
      requireNonNull(parent, "parent");
      requireNonNull(visibility, "visibility");
      requireNonNull(state, "state");
    }
  }

  /**
   * A contribution was withdrawn.
   *
   * @param contribution its id
   * @param consultation its consultation
   */
  record ContributionWithdrawn(ContributionId contribution, ConsultationId consultation) implements ConsultaEvent, AboutContribution {
    public ContributionWithdrawn {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
    }
  }

  /**
   * A participant set their reaction to a contribution (replacing any earlier one).
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param participant who reacted
   * @param support support or oppose, if given
   * @param stanceMillis stance in thousandths, if given
   */
  record ReactionSet(
      ContributionId contribution, ConsultationId consultation, ParticipantId participant, Optional<Support> support, OptionalInt stanceMillis)
      implements ConsultaEvent, AboutContribution {
    public ReactionSet {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(participant, "participant");
      requireNonNull(support, "support");
      requireNonNull(stanceMillis, "stanceMillis");
    }
  }

  /**
   * A participant removed their reaction.
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param participant who removed it
   */
  record ReactionCleared(ContributionId contribution, ConsultationId consultation, ParticipantId participant) implements ConsultaEvent, AboutContribution {
    public ReactionCleared {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(participant, "participant");
    }
  }

  /**
   * A proposal's supports reached the consultation's qualification threshold.
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param supports its supports when it qualified
   */
  record ContributionQualified(ContributionId contribution, ConsultationId consultation, long supports) implements ConsultaEvent, AboutContribution {
    public ContributionQualified {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
    }
  }

  /** An event about one contribution: its deliveries are ordered per contribution. */
  interface AboutContribution {
    /** @return the contribution the event is about */
    ContributionId contribution();
  }

  /**
   * A contribution or an edit of it went through the screening pipeline.
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param outcome the strictest outcome of the verdicts
   * @param verdicts every screener's verdict (explanations name findings, never personal data)
   * @param edit whether an edit was screened
   */
  record ContributionScreened(ContributionId contribution, ConsultationId consultation, Verdict.Outcome outcome, List<Verdict> verdicts,
      boolean edit) implements ConsultaEvent, AboutContribution {
    public ContributionScreened {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(outcome, "outcome");
      verdicts = List.copyOf(requireNonNull(verdicts, "verdicts"));
    }
  }

  /**
   * Its author edited a contribution (the texts are not repeated here).
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param version its new version
   * @param fields the fields changed
   * @param state its state after the edit's screening
   */
  record ContributionEdited(ContributionId contribution, ConsultationId consultation, long version, List<String> fields,
      ContributionState state) implements ConsultaEvent, AboutContribution {
    public ContributionEdited {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      fields = List.copyOf(requireNonNull(fields, "fields"));
      requireNonNull(state, "state");
    }
  }

  /**
   * A participant flagged a contribution (the flagging participant is the event's subject).
   *
   * @param contribution the contribution
   * @param consultation its consultation
   * @param reason the reason code cited
   * @param flags its flags now
   * @param hidden whether this flag reached the threshold and hid it pending review
   */
  record ContributionFlagged(ContributionId contribution, ConsultationId consultation, String reason, long flags, boolean hidden)
      implements ConsultaEvent, AboutContribution {
    public ContributionFlagged {
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A contribution entered the moderation queue (or a queued case gained a new trigger).
   *
   * @param moderationCase the case
   * @param contribution the contribution
   * @param consultation its consultation
   * @param trigger why
   * @param reasons the reason codes cited so far
   * @param deadline when a decision is due
   */
  record ModerationCaseOpened(ModerationCaseId moderationCase, ContributionId contribution, ConsultationId consultation, CaseTrigger trigger,
      Set<String> reasons, Instant deadline) implements ConsultaEvent, AboutContribution {
    public ModerationCaseOpened {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(trigger, "trigger");
      reasons = Set.copyOf(requireNonNull(reasons, "reasons"));
      requireNonNull(deadline, "deadline");
    }
  }

  /**
   * A moderator claimed a case (the moderator is the event's subject).
   *
   * @param moderationCase the case
   * @param contribution the contribution
   * @param until when the lease lapses
   */
  record ModerationCaseClaimed(ModerationCaseId moderationCase, ContributionId contribution, Instant until)
      implements ConsultaEvent, AboutContribution {
    public ModerationCaseClaimed {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
      requireNonNull(until, "until");
    }
  }

  /**
   * A moderator released a case before deciding it.
   *
   * @param moderationCase the case
   * @param contribution the contribution
   */
  record ModerationCaseReleased(ModerationCaseId moderationCase, ContributionId contribution) implements ConsultaEvent, AboutContribution {
    public ModerationCaseReleased {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
    }
  }

  /**
   * A moderator (or, when automated, a screener) decided a case.
   *
   * @param moderationCase the case
   * @param contribution the contribution
   * @param consultation its consultation
   * @param action what was decided
   * @param reason the reason code cited
   * @param state the contribution's state after the decision
   * @param automated whether a screener decided
   * @param appealableUntil until when the author may appeal
   */
  record ModerationDecided(ModerationCaseId moderationCase, ContributionId contribution, ConsultationId consultation, DecisionAction action,
      Optional<String> reason, ContributionState state, boolean automated, Optional<Instant> appealableUntil)
      implements ConsultaEvent, AboutContribution {
    public ModerationDecided {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(action, "action");
      requireNonNull(reason, "reason");
      requireNonNull(state, "state");
      requireNonNull(appealableUntil, "appealableUntil");
    }
  }

  /**
   * An author appealed a decision (the statement is not repeated here).
   *
   * @param moderationCase the case
   * @param contribution the contribution
   * @param consultation its consultation
   */
  record AppealFiled(ModerationCaseId moderationCase, ContributionId contribution, ConsultationId consultation)
      implements ConsultaEvent, AboutContribution {
    public AppealFiled {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
    }
  }

  /**
   * A second moderator decided an appeal.
   *
   * @param moderationCase the case
   * @param contribution the contribution
   * @param consultation its consultation
   * @param outcome upheld or overturned
   * @param state the contribution's state after it
   */
  record AppealDecided(ModerationCaseId moderationCase, ContributionId contribution, ConsultationId consultation, AppealOutcome outcome,
      ContributionState state) implements ConsultaEvent, AboutContribution {
    public AppealDecided {
      requireNonNull(moderationCase, "moderationCase");
      requireNonNull(contribution, "contribution");
      requireNonNull(consultation, "consultation");
      requireNonNull(outcome, "outcome");
      requireNonNull(state, "state");
    }
  }

  /**
   * An admin subscribed a webhook. Neither the URL (its query may hold a receiver's token) nor the
   * secret is in the event; read the subscription for the URL. A subscription whose filter accepts
   * this type receives its own {@code webhook.subscribed}: its first delivery checks the receiver.
   *
   * @param webhook the subscription
   * @param eventTypes its filters, sorted; empty for all
   */
  record WebhookSubscribed(WebhookId webhook, List<String> eventTypes) implements ConsultaEvent {
    public WebhookSubscribed {
      requireNonNull(webhook, "webhook");
      eventTypes = List.copyOf(eventTypes);
    }
  }

  /**
   * An admin deleted (deactivated) a webhook; it receives no more deliveries, this one included.
   *
   * @param webhook the subscription
   * @param abandoned how many of its pending deliveries became dead
   */
  record WebhookDeleted(WebhookId webhook, long abandoned) implements ConsultaEvent {
    public WebhookDeleted {
      requireNonNull(webhook, "webhook");
    }
  }

  /**
   * An admin replayed deliveries of a webhook: one delivery (then {@code fromPosition} and {@code
   * toPosition} are its event's position) or a range of the log.
   *
   * @param webhook the subscription
   * @param fromPosition the first event position replayed
   * @param toPosition the last event position replayed
   * @param deliveries how many deliveries were made pending (reset or created)
   */
  record WebhookDeliveriesReplayed(WebhookId webhook, long fromPosition, long toPosition, long deliveries) implements ConsultaEvent {
    public WebhookDeliveriesReplayed {
      requireNonNull(webhook, "webhook");
    }
  }
}
