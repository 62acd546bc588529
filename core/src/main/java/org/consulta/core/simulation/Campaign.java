package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.consulta.core.error.Violations;

/**
 * A communication campaign: on each day from {@code firstDay} to {@code lastDay} (inclusive, day 0
 * is the day the consultation opens) every resident who is not yet aware becomes aware with
 * probability {@code dailyReach} times the factors of their demographic values in {@code reachBy}
 * (a missing value counts 1). {@linkplain CampaignKind#onlineOnly() Online-only} kinds reach no one
 * without internet access.
 *
 * <pre>{@code
 * Campaign posters = Campaign.of("posters in the north", CampaignKind.POSTERS, 7, 13, 0.03)
 *     .withReach("district", "north", 3.0);
 * }</pre>
 *
 * @param name a label for the output
 * @param kind the medium
 * @param firstDay the first day it runs, at least 0
 * @param lastDay the last day it runs, at least {@code firstDay}
 * @param dailyReach the daily probability of reaching an unaware resident, in [0, 1]
 * @param reachBy dimension to value to a factor on {@code dailyReach} (targeting), each at least 0
 */
public record Campaign(String name, CampaignKind kind, int firstDay, int lastDay, double dailyReach,
    Map<String, Map<String, Double>> reachBy) {
  public Campaign {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    reachBy = Factors.copy(requireNonNull(reachBy, "reachBy"));
  }

  /**
   * @param name a label for the output
   * @param kind the medium
   * @param firstDay the first day it runs
   * @param lastDay the last day it runs
   * @param dailyReach the daily probability of reaching an unaware resident
   * @return an untargeted campaign
   */
  public static Campaign of(String name, CampaignKind kind, int firstDay, int lastDay, double dailyReach) {
    return new Campaign(name, kind, firstDay, lastDay, dailyReach, Map.of());
  }

  /**
   * @return a copy that reaches residents with {@code value} of {@code dimension} {@code factor}
   *     times as often
   */
  public Campaign withReach(String dimension, String value, double factor) {
    return new Campaign(name, kind, firstDay, lastDay, dailyReach, Factors.with(reachBy, dimension, value, factor));
  }

  /** @return whether the campaign runs on {@code day} */
  public boolean runsOn(int day) {
    return day >= firstDay && day <= lastDay;
  }

  void validate(String path, Violations v) {
    v.check(!name.isBlank(), path + ".name", "must not be blank");
    v.check(firstDay >= 0, path + ".firstDay", "must be at least 0");
    v.check(lastDay >= firstDay, path + ".lastDay", "must be at least firstDay");
    v.check(dailyReach >= 0 && dailyReach <= 1, path + ".dailyReach", "must be between 0 and 1");
    Factors.validate(path + ".reachBy", reachBy, v);
  }
}
