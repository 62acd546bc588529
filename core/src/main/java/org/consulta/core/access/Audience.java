package org.consulta.core.access;

/** Who a target is meant for; the access policy reads it for read operations. */
public enum Audience {
  /** Everyone in the tenant, including anonymous visitors. */
  PUBLIC,
  /** The owner and the institution's staff. */
  OWNER_AND_STAFF,
  /** Staff only (e.g. a consultation still in draft). */
  STAFF,
  /** The owner and staff holding one of the target's {@link AccessTarget#restrictedTo()} roles. */
  RESTRICTED
}
