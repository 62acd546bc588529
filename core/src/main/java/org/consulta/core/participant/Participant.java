package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.TenantId;

/**
 * A person taking part, known by a pseudonymous id within one tenant. Contact details are not
 * here (see {@link ContactDetails}). Immutable; a change yields a new version.
 *
 * @param id the pseudonymous id
 * @param tenant the owning tenant
 * @param version optimistic-concurrency version, 1 when registered
 * @param displayName the name shown next to their contributions, if they chose one
 * @param externalRef the embedder's own key for this person (e.g. a user id), unique per tenant
 * @param demographics self-declared answers to the tenant's schema
 * @param consents the latest answer per consent kind
 * @param registeredAt when they registered
 * @param updatedAt when this version was made
 */
public record Participant(
    ParticipantId id,
    TenantId tenant,
    long version,
    Optional<String> displayName,
    Optional<String> externalRef,
    Demographics demographics,
    Map<ConsentKind, Consent> consents,
    Instant registeredAt,
    Instant updatedAt) {
  public Participant {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(displayName, "displayName");
    requireNonNull(externalRef, "externalRef");
    requireNonNull(demographics, "demographics");
    requireNonNull(registeredAt, "registeredAt");
    requireNonNull(updatedAt, "updatedAt");
    consents = consents.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(consents));
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /**
   * @param kind a consent kind
   * @return whether consent of that kind is currently granted
   */
  public boolean hasConsented(ConsentKind kind) {
    Consent consent = consents.get(kind);
    return consent != null && consent.granted();
  }
}
