package org.consulta.core.notification;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;

/**
 * One message per participant gathering everything that happened to their input since the last
 * digest: responses to their contributions (or to themes holding them), decisions their input
 * informed, results carrying those decisions out. Sent only to participants who consented to be
 * contacted about outcomes ({@code ConsentKind.OUTCOME_CONTACT}), by {@code
 * OutcomeService#sendNotices}.
 *
 * @param tenant the tenant
 * @param recipient the participant
 * @param items what happened, oldest first, one per contribution and subject
 * @param at when the newest item happened
 */
public record OutcomeDigest(TenantId tenant, ParticipantId recipient, List<Item> items, Instant at) implements Notification {
  public OutcomeDigest {
    requireNonNull(tenant, "tenant");
    requireNonNull(recipient, "recipient");
    items = List.copyOf(requireNonNull(items, "items"));
    requireNonNull(at, "at");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a digest has at least one item");
    }
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.OUTCOME_DIGEST;
  }

  /**
   * One thing that happened to one of the recipient's contributions.
   *
   * @param kind what happened
   * @param consultation the consultation
   * @param contribution the recipient's contribution
   * @param subject the id of the response, decision or result
   * @param title the decision's or result's public title (empty for responses)
   * @param status the response's or result's status now (the enum constant's name), if any
   * @param at when it happened
   */
  public record Item(
      NoticeKind kind, ConsultationId consultation, ContributionId contribution, String subject, Optional<LocalizedText> title,
      Optional<String> status, Instant at) {
    public Item {
      requireNonNull(kind, "kind");
      requireNonNull(consultation, "consultation");
      requireNonNull(contribution, "contribution");
      requireNonNull(subject, "subject");
      requireNonNull(title, "title");
      requireNonNull(status, "status");
      requireNonNull(at, "at");
    }
  }
}
