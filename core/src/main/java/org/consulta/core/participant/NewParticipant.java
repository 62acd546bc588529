package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.immutables.value.Value;

/**
 * Command: register a participant. Build with {@code new NewParticipantBuilder()}.
 *
 * <pre>{@code
 * NewParticipant cmd = new NewParticipantBuilder()
 *     .displayName("Ana")
 *     .putDemographics("district", "north")
 *     .addConsents(ConsentKind.PROCESSING)
 *     .build();
 * }</pre>
 *
 * @param displayName optional display name, 1..80 characters
 * @param externalRef optional embedder key, unique per tenant, 1..128 characters
 * @param demographics self-declared answers, checked against the tenant's schema
 * @param consents the consents granted at registration
 * @param contact optional contact details, stored apart
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewParticipant(
    Optional<String> displayName,
    Optional<String> externalRef,
    Map<String, String> demographics,
    Set<ConsentKind> consents,
    Optional<ContactDetails> contact,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewParticipant {
    requireNonNull(displayName, "displayName");
    requireNonNull(externalRef, "externalRef");
    demographics = Map.copyOf(requireNonNull(demographics, "demographics"));
    consents = Set.copyOf(requireNonNull(consents, "consents"));
    requireNonNull(contact, "contact");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /** @return an anonymous registration with no data at all */
  public static NewParticipant anonymous() {
    return new NewParticipantBuilder().build();
  }
}
