package org.consulta.core.access;

/** Every operation the {@link AccessPolicy} decides on. */
public enum Operation {
  CREATE_CONSULTATION,
  UPDATE_CONSULTATION,
  TRANSITION_CONSULTATION,
  READ_CONSULTATION,
  DEFINE_DEMOGRAPHIC_SCHEMA,
  REGISTER_PARTICIPANT,
  READ_PARTICIPANT,
  UPDATE_PARTICIPANT,
  READ_CONTACT,
  UPDATE_CONTACT,
  ERASE_CONTACT,
  SUBMIT_CONTRIBUTION,
  RECORD_OFFLINE_CONTRIBUTION,
  READ_CONTRIBUTION,
  WITHDRAW_CONTRIBUTION,
  REACT,
  READ_STATISTICS,
  READ_EVENTS,
  /** Create, list, delete webhook subscriptions; read and replay their deliveries. */
  MANAGE_WEBHOOKS,
  /** Change one's own contribution's texts. */
  EDIT_CONTRIBUTION,
  /** Flag a contribution for review. */
  FLAG_CONTRIBUTION,
  /** Read the moderation queue and cases, with screeners' findings and original texts. */
  READ_MODERATION,
  /** Claim, release and decide cases; decide appeals. */
  MODERATE,
  /** Decide cases a moderator escalated. */
  DECIDE_ESCALATED,
  /** Appeal a decision on one's own contribution. */
  APPEAL_DECISION,
  /** Create and change themes, put contributions into them, give and revise official responses. */
  RESPOND,
  /** Record and change decisions and implementation results. */
  RECORD_OUTCOME,
  /** Send the queued outcome notices. */
  SEND_NOTICES,
  /** Declare and withdraw commitments; schedule and cancel offline sessions. */
  MANAGE_COMMITMENTS,
  /** Define the tenant's working calendar, reference population and whether its track record is public. */
  CONFIGURE_EXPECTATIONS
}
