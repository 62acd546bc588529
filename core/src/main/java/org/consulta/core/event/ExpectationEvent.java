package org.consulta.core.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.CommitmentKind;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.Fulfilment;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.participant.ParticipantId;

/**
 * The events of expectations (commitments, their status, offline sessions). Like every {@link
 * ConsultaEvent} they carry ids, kinds and states, never texts.
 */
public sealed interface ExpectationEvent extends ConsultaEvent {
  /** @return the consultation concerned */
  ConsultationId consultation();

  /**
   * A commitment was declared.
   *
   * @param commitment its id
   * @param consultation the consultation
   * @param kind its kind
   */
  record CommitmentDeclared(CommitmentId commitment, ConsultationId consultation, CommitmentKind kind) implements ExpectationEvent {
    public CommitmentDeclared {
      requireNonNull(commitment, "commitment");
      requireNonNull(consultation, "consultation");
      requireNonNull(kind, "kind");
    }
  }

  /**
   * A commitment was withdrawn before the consultation opened.
   *
   * @param commitment its id
   * @param consultation the consultation
   * @param kind its kind
   */
  record CommitmentWithdrawn(CommitmentId commitment, ConsultationId consultation, CommitmentKind kind) implements ExpectationEvent {
    public CommitmentWithdrawn {
      requireNonNull(commitment, "commitment");
      requireNonNull(consultation, "consultation");
      requireNonNull(kind, "kind");
    }
  }

  /**
   * An evaluation found a commitment's status changed (recorded by subject {@code clock}), e.g. to
   * at risk: the event to alert staff on.
   *
   * @param commitment its id
   * @param consultation the consultation
   * @param kind its kind
   * @param from the status before
   * @param to the status now
   * @param value what was measured (see {@code Evaluation})
   * @param target what was promised
   */
  record CommitmentStatusChanged(CommitmentId commitment, ConsultationId consultation, CommitmentKind kind, CommitmentStatus from,
      CommitmentStatus to, double value, double target) implements ExpectationEvent {
    public CommitmentStatusChanged {
      requireNonNull(commitment, "commitment");
      requireNonNull(consultation, "consultation");
      requireNonNull(kind, "kind");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * An offline session was scheduled.
   *
   * @param session its id
   * @param consultation the consultation
   * @param channel in person or phone
   * @param startsAt when it starts
   */
  record SessionScheduled(OfflineSessionId session, ConsultationId consultation, Channel channel, Instant startsAt) implements ExpectationEvent {
    public SessionScheduled {
      requireNonNull(session, "session");
      requireNonNull(consultation, "consultation");
      requireNonNull(channel, "channel");
      requireNonNull(startsAt, "startsAt");
    }
  }

  /**
   * An offline session was cancelled.
   *
   * @param session its id
   * @param consultation the consultation
   */
  record SessionCancelled(OfflineSessionId session, ConsultationId consultation) implements ExpectationEvent {
    public SessionCancelled {
      requireNonNull(session, "session");
      requireNonNull(consultation, "consultation");
    }
  }

  /**
   * A participant said what they expect of a consultation (only the kinds new to them are listed).
   *
   * @param participant the participant
   * @param consultation the consultation
   * @param kinds what they expect
   * @param channel where they said it
   */
  record ExpectationsStated(ParticipantId participant, ConsultationId consultation, Set<ExpectationKind> kinds, Channel channel)
      implements ExpectationEvent {
    public ExpectationsStated {
      requireNonNull(participant, "participant");
      requireNonNull(consultation, "consultation");
      kinds = Set.copyOf(requireNonNull(kinds, "kinds"));
      requireNonNull(channel, "channel");
    }
  }

  /**
   * A participant rated whether an expectation was met.
   *
   * @param participant the participant
   * @param consultation the consultation
   * @param kind the expectation
   * @param fulfilment their verdict
   * @param score their score, 1..5
   */
  record ExpectationRated(ParticipantId participant, ConsultationId consultation, ExpectationKind kind, Fulfilment fulfilment, int score)
      implements ExpectationEvent {
    public ExpectationRated {
      requireNonNull(participant, "participant");
      requireNonNull(consultation, "consultation");
      requireNonNull(kind, "kind");
      requireNonNull(fulfilment, "fulfilment");
    }
  }
}
