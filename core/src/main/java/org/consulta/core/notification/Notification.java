package org.consulta.core.notification;

import java.time.Instant;
import org.consulta.core.access.TenantId;
import org.consulta.core.participant.ParticipantId;

/**
 * A message for one participant, handed to the {@link Notifier}: a {@link ModerationNotice} about
 * a moderation decision on their contribution, or an {@link OutcomeDigest} of what became of their
 * input. Switch on the type:
 *
 * <pre>{@code
 * Notifier notifier = n -> {
 *   switch (n.kind()) {
 *     case MODERATION_DECISION, APPEAL_DECISION -> mail.moderation((ModerationNotice) n);
 *     case OUTCOME_DIGEST -> mail.digest((OutcomeDigest) n);
 *   }
 * };
 * }</pre>
 */
public sealed interface Notification permits ModerationNotice, OutcomeDigest {
  /** @return the tenant */
  TenantId tenant();

  /** @return who it is for (pseudonymous: the embedder looks up how to reach them) */
  ParticipantId recipient();

  /** @return what it reports */
  NotificationKind kind();

  /** @return when the change it reports (the newest, for a digest) was made */
  Instant at();
}
