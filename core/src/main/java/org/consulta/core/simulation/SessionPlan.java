package org.consulta.core.simulation;

import org.consulta.core.error.Violations;

/**
 * An offline session the institution holds: scheduled through the engine before the consultation
 * opens, attended on its day by aware residents (above all those without internet), whose input
 * staff enter on the {@code IN_PERSON} channel.
 *
 * @param day the day it is held (0 is the opening day)
 * @param capacity how many residents can take part, at least 1
 */
public record SessionPlan(int day, int capacity) {
  void validate(String path, Violations v) {
    v.check(day >= 0, path + ".day", "must be at least 0");
    v.check(capacity >= 1, path + ".capacity", "must be at least 1");
  }
}
