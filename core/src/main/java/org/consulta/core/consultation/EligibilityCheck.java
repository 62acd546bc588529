package org.consulta.core.consultation;

import java.util.Optional;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;

/**
 * An embedder's eligibility rule, registered by name and referenced from consultations with
 * {@link EligibilityRule.Custom}. Must be thread-safe, fast and free of I/O: it runs inside the
 * submitting transaction.
 *
 * <pre>{@code
 * Consulta.builder().eligibility("verified-residents",
 *     (participant, schema, rule) -> participant.filter(p -> p.externalRef().isPresent()).isPresent()
 *         ? Optional.empty() : Optional.of("only verified residents may take part"));
 * }</pre>
 */
@FunctionalInterface
public interface EligibilityCheck {
  /**
   * @param participant the contributor, empty for unregistered offline input
   * @param schema the tenant's demographic schema
   * @param rule the rule as stored on the consultation (with its parameters)
   * @return empty if eligible, else the plain-language reason for refusing
   */
  Optional<String> refusal(Optional<Participant> participant, DemographicSchema schema, EligibilityRule.Custom rule);
}
