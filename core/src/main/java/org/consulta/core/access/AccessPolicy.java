package org.consulta.core.access;

/**
 * Decides whether an actor may perform an operation on a target. One policy decides every
 * operation of the engine; the embedder may replace {@link #standard()} with their own, usually by
 * delegating to it for what they do not change.
 *
 * <p>Tenant isolation is not the policy's business: the engine has already refused (as "not
 * found") every call that reaches across tenants before a policy is asked. Implementations must
 * be thread-safe and must not block.
 *
 * <pre>{@code
 * AccessPolicy auditorsMayNotReadPrivate = (actor, op, target) ->
 *     !(actor.has(Role.AUDITOR) && target.audience() != Audience.PUBLIC)
 *         && AccessPolicy.standard().permits(actor, op, target);
 * }</pre>
 */
@FunctionalInterface
public interface AccessPolicy {
  /**
   * @param actor who acts, never null
   * @param operation what they want to do, never null
   * @param target what they act on, never null
   * @return whether it is allowed
   */
  boolean permits(Actor actor, Operation operation, AccessTarget target);

  /** @return the built-in policy described in {@link StandardAccessPolicy} */
  static AccessPolicy standard() {
    return StandardAccessPolicy.INSTANCE;
  }
}
