package org.consulta.core.consultation;

/** How input reaches the institution. Every channel but {@link #ONLINE} is recorded by staff. */
public enum Channel {
  ONLINE,
  IN_PERSON,
  PAPER,
  PHONE;

  /** @return whether staff record input on this channel on the participant's behalf */
  public boolean isOffline() {
    return this != ONLINE;
  }
}
