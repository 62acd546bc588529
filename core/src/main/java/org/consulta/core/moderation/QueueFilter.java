package org.consulta.core.moderation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;

/**
 * Which queued cases a moderator looks at or claims from. Empty filters match everything.
 *
 * @param consultation only this consultation's cases
 * @param reason only cases citing this reason code
 * @param language only cases in this language (primary subtag, e.g. {@code "fr"} matches {@code
 *     "fr-CH"})
 * @param unclaimedOnly leave out cases under another moderator's live lease
 */
public record QueueFilter(Optional<ConsultationId> consultation, Optional<String> reason, Optional<String> language, boolean unclaimedOnly) {
  public QueueFilter {
    requireNonNull(consultation, "consultation");
    requireNonNull(reason, "reason");
    requireNonNull(language, "language");
  }

  /** @return a filter matching every queued case, claimed or not */
  public static QueueFilter all() {
    return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * @param consultation a consultation
   * @return this filter narrowed to the consultation
   */
  public QueueFilter withConsultation(ConsultationId consultation) {
    return new QueueFilter(Optional.of(consultation), reason, language, unclaimedOnly);
  }

  /**
   * @param c a case
   * @param now the current instant, to judge leases
   * @return whether the case is queued and passes every filter
   */
  public boolean matches(ModerationCase c, java.time.Instant now) {
    if (!c.status().inQueue()) {
      return false;
    }
    if (consultation.isPresent() && !consultation.get().equals(c.consultation())) {
      return false;
    }
    if (reason.isPresent() && !c.reasons().contains(reason.get())) {
      return false;
    }
    if (language.isPresent() && !primary(c.language()).equals(primary(language.get()))) {
      return false;
    }
    return !unclaimedOnly || c.claimedBy(now).isEmpty();
  }

  /**
   * @param tag a BCP 47 tag
   * @return its primary subtag in lower case
   */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }
}
