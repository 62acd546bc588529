package org.consulta.core.consultation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a consultation. Legal moves:
 *
 * <pre>
 * DRAFT -&gt; SCHEDULED | OPEN | ARCHIVED
 * SCHEDULED -&gt; DRAFT | OPEN            (OPEN also by the clock at opensAt)
 * OPEN -&gt; CLOSED                       (also by the clock at closesAt)
 * CLOSED -&gt; OPEN | ANALYSIS            (reopening needs a later closesAt)
 * ANALYSIS -&gt; OUTCOME_PUBLISHED
 * OUTCOME_PUBLISHED -&gt; ARCHIVED
 * ARCHIVED: final
 * </pre>
 */
public enum Phase {
  DRAFT,
  SCHEDULED,
  OPEN,
  CLOSED,
  ANALYSIS,
  OUTCOME_PUBLISHED,
  ARCHIVED;

  /** @return the phases this one may move to */
  public Set<Phase> successors() {
    switch (this) {
      case DRAFT:
        return EnumSet.of(SCHEDULED, OPEN, ARCHIVED);
      case SCHEDULED:
        return EnumSet.of(DRAFT, OPEN);
      case OPEN:
        return EnumSet.of(CLOSED);
      case CLOSED:
        return EnumSet.of(OPEN, ANALYSIS);
      case ANALYSIS:
        return EnumSet.of(OUTCOME_PUBLISHED);
      case OUTCOME_PUBLISHED:
        return EnumSet.of(ARCHIVED);
      default:
        return EnumSet.noneOf(Phase.class);
    }
  }

  /**
   * @param target a phase
   * @return whether this phase may move to it
   */
  public boolean canMoveTo(Phase target) {
    return successors().contains(target);
  }

  /** @return whether the consultation is visible to the public in this phase */
  public boolean isPublic() {
    return this != DRAFT;
  }
}
