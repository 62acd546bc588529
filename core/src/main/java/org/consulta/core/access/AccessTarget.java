package org.consulta.core.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * What an operation acts on, as far as the access policy needs to know: its owner's subject, who it
 * is meant for, and (for {@link Audience#RESTRICTED}) which roles may see it. The tenant has already
 * been checked when a policy sees a target.
 *
 * @param owner the subject owning the target (a contribution's author), if any
 * @param audience who it is meant for
 * @param restrictedTo roles that may see a restricted target
 */
public record AccessTarget(Optional<String> owner, Audience audience, Set<Role> restrictedTo) {
  public AccessTarget {
    requireNonNull(owner, "owner");
    requireNonNull(audience, "audience");
    restrictedTo = Set.copyOf(requireNonNull(restrictedTo, "restrictedTo"));
  }

  /** @return a public target with no owner (e.g. the tenant as a whole) */
  public static AccessTarget tenantWide() {
    return new AccessTarget(Optional.empty(), Audience.PUBLIC, Set.of());
  }

  /**
   * @param owner the owner's subject
   * @return a target only its owner and staff may touch
   */
  public static AccessTarget ownedBy(String owner) {
    return new AccessTarget(Optional.of(owner), Audience.OWNER_AND_STAFF, Set.of());
  }

  /**
   * @param actor an actor
   * @return whether the actor owns this target
   */
  public boolean isOwnedBy(Actor actor) {
    return owner.isPresent() && owner.get().equals(actor.subject());
  }
}
