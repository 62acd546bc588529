package org.consulta.core.simulation;

/** The kinds of communication campaign a scenario may run. */
public enum CampaignKind {
  /** Posters and leaflets in public places: reach everyone who passes by. */
  POSTERS,
  /** Posts and ads on social media: reach residents with internet access only. */
  SOCIAL_MEDIA,
  /** A letter to every household: reaches everyone, with or without internet. */
  LETTERS,
  /** Local press and radio. */
  PRESS,
  /** E-mail newsletters: reach residents with internet access only. */
  EMAIL;

  /** @return whether the campaign only reaches residents with internet access */
  public boolean onlineOnly() {
    return this == SOCIAL_MEDIA || this == EMAIL;
  }
}
