package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.consulta.core.error.Violations;

/**
 * What the institution does each working day, through the engine's own commands: moderators claim
 * and decide up to {@code moderationPerDay} cases from the moderation queue (problematic
 * contributions are rejected, the rest approved); staff answer up to {@code responsesPerDay} waiting
 * contributions (new threads, not replies) in {@code order}, each at least {@code
 * responseDelayDays} old; offline sessions are held on their days.
 *
 * @param moderationPerDay cases decided per working day, at least 0 (default 200)
 * @param responsesPerDay official responses per working day, at least 0 (default 50)
 * @param order which waiting contributions are answered first (default oldest first)
 * @param responseDelayDays the minimum age in days of a contribution before it is answered, at
 *     least 0 (default 2: staff read, consult and write)
 * @param weekends whether staff also work on Saturdays and Sundays (default false)
 * @param answerAfterClose whether staff keep answering after the consultation closes (default true)
 * @param sessions the offline sessions
 * @param decisionDay the day the decision is recorded (after closing), linking the most supported
 *     contributions, whose authors gain trust as from an answer; none by default
 * @param reportDay the day the outcome is published (the consultation moves to analysis and then
 *     to outcome published), at or after the decision; none by default
 */
public record Institution(int moderationPerDay, int responsesPerDay, ResponseOrder order, int responseDelayDays, boolean weekends,
    boolean answerAfterClose, List<SessionPlan> sessions, OptionalInt decisionDay, OptionalInt reportDay) {
  /** How many contributions a recorded decision links at most. */
  public static final int DECISION_LINKS = 50;

  public Institution {
    requireNonNull(order, "order");
    sessions = List.copyOf(requireNonNull(sessions, "sessions"));
    requireNonNull(decisionDay, "decisionDay");
    requireNonNull(reportDay, "reportDay");
  }

  /** @return the documented defaults, without sessions */
  public static Institution defaults() {
    return new Institution(200, 50, ResponseOrder.OLDEST_FIRST, 2, false, true, List.of(), OptionalInt.empty(), OptionalInt.empty());
  }

  /** @return a copy deciding this many moderation cases a day */
  public Institution withModerationPerDay(int perDay) {
    return new Institution(perDay, responsesPerDay, order, responseDelayDays, weekends, answerAfterClose, sessions, decisionDay, reportDay);
  }

  /** @return a copy answering this many contributions a day */
  public Institution withResponsesPerDay(int perDay) {
    return new Institution(moderationPerDay, perDay, order, responseDelayDays, weekends, answerAfterClose, sessions, decisionDay, reportDay);
  }

  /** @return a copy answering in this order */
  public Institution withOrder(ResponseOrder order) {
    return new Institution(moderationPerDay, responsesPerDay, order, responseDelayDays, weekends, answerAfterClose, sessions, decisionDay, reportDay);
  }

  /** @return a copy waiting at least this many days before answering */
  public Institution withResponseDelayDays(int days) {
    return new Institution(moderationPerDay, responsesPerDay, order, days, weekends, answerAfterClose, sessions, decisionDay, reportDay);
  }

  /** @return a copy that also holds this session */
  public Institution withSession(int day, int capacity) {
    List<SessionPlan> more = new ArrayList<>(sessions);
    more.add(new SessionPlan(day, capacity));
    return new Institution(moderationPerDay, responsesPerDay, order, responseDelayDays, weekends, answerAfterClose, more, decisionDay, reportDay);
  }

  /** @return a copy that records the decision on {@code day} */
  public Institution withDecisionOn(int day) {
    return new Institution(moderationPerDay, responsesPerDay, order, responseDelayDays, weekends, answerAfterClose, sessions,
        OptionalInt.of(day), reportDay);
  }

  /** @return a copy that publishes the outcome on {@code day} */
  public Institution withReportOn(int day) {
    return new Institution(moderationPerDay, responsesPerDay, order, responseDelayDays, weekends, answerAfterClose, sessions, decisionDay,
        OptionalInt.of(day));
  }

  void validate(String path, Violations v) {
    v.check(moderationPerDay >= 0, path + ".moderationPerDay", "must be at least 0");
    v.check(responsesPerDay >= 0, path + ".responsesPerDay", "must be at least 0");
    v.check(responseDelayDays >= 0, path + ".responseDelayDays", "must be at least 0");
    for (int i = 0; i < sessions.size(); i++) {
      sessions.get(i).validate(path + ".sessions[" + i + "]", v);
    }
  }
}
