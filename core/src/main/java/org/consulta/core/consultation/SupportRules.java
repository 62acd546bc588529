package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * How support works in a consultation, after Decidim's and CONSUL's supports.
 *
 * @param supportLimit how many contributions one participant may support in this consultation
 * @param qualificationThreshold supports after which a proposal is marked qualified
 * @param opposeAllowed whether participants may also oppose
 */
public record SupportRules(OptionalInt supportLimit, OptionalInt qualificationThreshold, boolean opposeAllowed) {
  public SupportRules {
    requireNonNull(supportLimit, "supportLimit");
    requireNonNull(qualificationThreshold, "qualificationThreshold");
    if (supportLimit.isPresent() && supportLimit.getAsInt() < 1) {
      throw new IllegalArgumentException("supportLimit must be at least 1");
    }
    if (qualificationThreshold.isPresent() && qualificationThreshold.getAsInt() < 1) {
      throw new IllegalArgumentException("qualificationThreshold must be at least 1");
    }
  }

  /** @return unlimited supports, no threshold, opposing allowed */
  public static SupportRules open() {
    return new SupportRules(OptionalInt.empty(), OptionalInt.empty(), true);
  }
}
