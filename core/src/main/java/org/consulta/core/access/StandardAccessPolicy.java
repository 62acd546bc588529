package org.consulta.core.access;

import static org.consulta.core.access.Role.ADMIN;
import static org.consulta.core.access.Role.AUDITOR;
import static org.consulta.core.access.Role.MANAGER;
import static org.consulta.core.access.Role.MODERATOR;
import static org.consulta.core.access.Role.PARTICIPANT;
import static org.consulta.core.access.Role.RESPONDER;
import static org.consulta.core.access.Role.SYSTEM;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in access policy.
 *
 * <ul>
 *   <li>Consultations: managers, admins and the system create, update and move them; anyone reads
 *       a public one, staff read drafts.
 *   <li>Participants: anyone registers; a participant reads and updates their own record and
 *       contact details; admins and the system may too; staff read participant records; only the
 *       participant, admins and the system read or erase contact details.
 *   <li>Contributions: participants submit and react for themselves; staff (managers, moderators,
 *       responders, admins, system) record offline input; public items are read by all, private
 *       ones by their author and staff, confidential ones by their author and the named roles
 *       (admins and the system always).
 *   <li>Statistics are public; the event log is for auditors, admins and the system.
 *   <li>Webhooks (subscriptions, deliveries, replays) are for admins and the system.
 *   <li>Moderation: participants flag, and edit and appeal their own contributions; moderators,
 *       admins and the system claim and decide cases (escalated ones: admins and the system);
 *       auditors also read the queue and cases.
 *   <li>Outcomes: responders, managers, admins and the system manage themes and give responses;
 *       managers, admins and the system record decisions and results; admins and the system send
 *       the queued notices; whoever reads a consultation reads its outcomes and report.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class StandardAccessPolicy implements AccessPolicy {
  static final StandardAccessPolicy INSTANCE = new StandardAccessPolicy();

  private static final Set<Role> RUNS_CONSULTATIONS = EnumSet.of(MANAGER, ADMIN, SYSTEM);
  private static final Set<Role> RECORDS_OFFLINE = EnumSet.of(MANAGER, MODERATOR, RESPONDER, ADMIN, SYSTEM);
  private static final Set<Role> SEES_EVERYTHING = EnumSet.of(ADMIN, SYSTEM);
  private static final Set<Role> AUDITS = EnumSet.of(AUDITOR, ADMIN, SYSTEM);
  private static final Set<Role> MODERATES = EnumSet.of(MODERATOR, ADMIN, SYSTEM);
  private static final Set<Role> RESPONDS = EnumSet.of(RESPONDER, MANAGER, ADMIN, SYSTEM);

  private StandardAccessPolicy() {}

  @Override
  public boolean permits(Actor actor, Operation operation, AccessTarget target) {
    switch (operation) {
      case CREATE_CONSULTATION:
      case UPDATE_CONSULTATION:
      case TRANSITION_CONSULTATION:
        return any(actor, RUNS_CONSULTATIONS);
      case DEFINE_DEMOGRAPHIC_SCHEMA:
      case CONFIGURE_EXPECTATIONS:
        return any(actor, SEES_EVERYTHING);
      case REGISTER_PARTICIPANT:
      case READ_STATISTICS:
        return true;
      case READ_PARTICIPANT:
        return target.isOwnedBy(actor) || actor.isStaff();
      case UPDATE_PARTICIPANT:
      case READ_CONTACT:
      case UPDATE_CONTACT:
      case ERASE_CONTACT:
        return target.isOwnedBy(actor) || any(actor, SEES_EVERYTHING);
      case SUBMIT_CONTRIBUTION:
      case REACT:
        return actor.has(PARTICIPANT);
      case RECORD_OFFLINE_CONTRIBUTION:
        return any(actor, RECORDS_OFFLINE);
      case WITHDRAW_CONTRIBUTION:
        return target.isOwnedBy(actor) || any(actor, SEES_EVERYTHING);
      case READ_CONSULTATION:
      case READ_CONTRIBUTION:
        return canRead(actor, target);
      case READ_EVENTS:
        return any(actor, AUDITS);
      case MANAGE_WEBHOOKS:
      case DECIDE_ESCALATED:
        return any(actor, SEES_EVERYTHING);
      case EDIT_CONTRIBUTION:
      case APPEAL_DECISION:
        return target.isOwnedBy(actor);
      case FLAG_CONTRIBUTION:
        return actor.has(PARTICIPANT);
      case MODERATE:
        return any(actor, MODERATES);
      case READ_MODERATION:
        return any(actor, MODERATES) || actor.has(AUDITOR);
      case RESPOND:
        return any(actor, RESPONDS);
      case RECORD_OUTCOME:
      case MANAGE_COMMITMENTS:
        return any(actor, RUNS_CONSULTATIONS);
      case SEND_NOTICES:
        return any(actor, SEES_EVERYTHING);
      default:
        return false;
    }
  }

  private static boolean canRead(Actor actor, AccessTarget target) {
    switch (target.audience()) {
      case PUBLIC:
        return true;
      case STAFF:
        return actor.isStaff();
      case OWNER_AND_STAFF:
        return target.isOwnedBy(actor) || actor.isStaff();
      case RESTRICTED:
        return target.isOwnedBy(actor)
            || any(actor, SEES_EVERYTHING)
            || actor.roles().stream().anyMatch(target.restrictedTo()::contains);
      default:
        return false;
    }
  }

  private static boolean any(Actor actor, Set<Role> roles) {
    for (Role role : actor.roles()) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "AccessPolicy.standard()";
  }
}
