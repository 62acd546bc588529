package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.value.LocalizedText;

/**
 * What participants can change and who decides: stated up front so nobody expects more (or less)
 * than is on offer.
 *
 * @param level the influence level
 * @param openToChange what the input can still change
 * @param notOpenToChange what is already fixed, if anything
 * @param decidedBy who takes the decision (a body, an office)
 */
public record Influence(
    InfluenceLevel level, Optional<LocalizedText> openToChange, Optional<LocalizedText> notOpenToChange, Optional<LocalizedText> decidedBy) {
  public Influence {
    requireNonNull(level, "level");
    requireNonNull(openToChange, "openToChange");
    requireNonNull(notOpenToChange, "notOpenToChange");
    requireNonNull(decidedBy, "decidedBy");
  }

  /**
   * @param level the level
   * @return an influence statement naming only the level
   */
  public static Influence of(InfluenceLevel level) {
    return new Influence(level, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
