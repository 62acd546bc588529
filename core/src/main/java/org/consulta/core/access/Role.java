package org.consulta.core.access;

/** What an {@link Actor} may do, as granted by the embedder's identity system. */
public enum Role {
  /** A registered member of the public; acts for themselves only. */
  PARTICIPANT,
  /** Screens and decides on contributions. */
  MODERATOR,
  /** Answers contributions on behalf of the institution. */
  RESPONDER,
  /** Creates and runs consultations. */
  MANAGER,
  /** Reads everything, including the event log, and changes nothing. */
  AUDITOR,
  /** Administers the tenant: schemas, settings, erasure. */
  ADMIN,
  /** The embedding system itself (schedulers, imports, simulations). */
  SYSTEM;

  /** @return whether this role belongs to the institution's staff (every role but participant) */
  public boolean isStaff() {
    return this != PARTICIPANT;
  }
}
