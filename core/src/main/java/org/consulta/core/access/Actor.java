package org.consulta.core.access;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who performs a call: the tenant acted in, a subject (the embedder's stable, pseudonymous id of
 * the person or system; for a participant, their participant id) and the roles granted.
 *
 * <p>Every service method takes an actor first; tenant isolation and the access policy are
 * decided from it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Actor manager = Actor.of(TenantId.of("lisbon"), "staff-17", Role.MANAGER);
 * Actor resident = Actor.participant(TenantId.of("lisbon"), participant.id());
 * }</pre>
 *
 * @param tenant the tenant acted in
 * @param subject stable pseudonymous id, 1..128 characters, no personal data
 * @param roles the roles granted, may be empty (an anonymous visitor)
 */
public record Actor(TenantId tenant, String subject, Set<Role> roles) {
  /**
   * What readers who are not staff see in place of a staff member's subject (who recorded offline
   * input, answered, recorded a decision, created a theme, updated a result): the institution acts,
   * not a person.
   */
  public static final String PUBLIC_STAFF = "staff";

  public Actor {
    requireNonNull(tenant, "tenant");
    requireNonNull(subject, "subject");
    requireNonNull(roles, "roles");
    if (subject.isBlank() || subject.length() > 128) {
      throw new IllegalArgumentException("an actor's subject is 1..128 characters");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * @param tenant the tenant
   * @param subject the subject
   * @param roles the roles
   * @return an actor
   */
  public static Actor of(TenantId tenant, String subject, Role... roles) {
    return new Actor(tenant, subject, Set.of(roles));
  }

  /**
   * A registered participant acting for themselves; the subject is the participant id.
   *
   * @param tenant the tenant
   * @param participantId the participant's id as text (see {@code ParticipantId#toString()})
   * @return a participant actor
   */
  public static Actor participant(TenantId tenant, Object participantId) {
    return new Actor(tenant, participantId.toString(), Set.of(Role.PARTICIPANT));
  }

  /**
   * An unauthenticated visitor (may read public content and register).
   *
   * @param tenant the tenant
   * @return an anonymous actor
   */
  public static Actor anonymous(TenantId tenant) {
    return new Actor(tenant, "anonymous", Set.of());
  }

  /**
   * The embedding system itself, e.g. a scheduler or an import job.
   *
   * @param tenant the tenant
   * @return a system actor
   */
  public static Actor system(TenantId tenant) {
    return new Actor(tenant, "system", Set.of(Role.SYSTEM));
  }

  /**
   * @param role a role
   * @return whether this actor holds it
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** @return whether this actor holds any staff role */
  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }
}
