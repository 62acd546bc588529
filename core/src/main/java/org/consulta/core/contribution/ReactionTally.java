package org.consulta.core.contribution;

/**
 * The counted reactions on a contribution. Stances are kept in thousandths so sums are exact.
 *
 * @param supports participants supporting
 * @param opposes participants opposing
 * @param stances participants who gave a stance
 * @param stanceSumMillis the sum of stances in thousandths (-1000..1000 each)
 */
public record ReactionTally(long supports, long opposes, long stances, long stanceSumMillis) {
  private static final ReactionTally NONE = new ReactionTally(0, 0, 0, 0);

  public ReactionTally {
    if (supports < 0 || opposes < 0 || stances < 0 || Math.abs(stanceSumMillis) > stances * 1000) {
      throw new IllegalArgumentException("negative or inconsistent tally");
    }
  }

  /** @return no reactions */
  public static ReactionTally none() {
    return NONE;
  }

  /** @return the mean stance in [-1, 1], 0 when nobody gave one */
  public double meanStance() {
    return stances == 0 ? 0 : stanceSumMillis / 1000.0 / stances;
  }

  /**
   * @param removed the reaction replaced, if any
   * @param added the new reaction, if any
   * @return the tally after replacing one participant's reaction
   */
  public ReactionTally replace(java.util.Optional<Reaction> removed, java.util.Optional<Reaction> added) {
    long s = supports;
    long o = opposes;
    long n = stances;
    long sum = stanceSumMillis;
    if (removed.isPresent()) {
      Reaction r = removed.get();
      s -= r.support().filter(Support.SUPPORT::equals).isPresent() ? 1 : 0;
      o -= r.support().filter(Support.OPPOSE::equals).isPresent() ? 1 : 0;
      if (r.stanceMillis().isPresent()) {
        n--;
        sum -= r.stanceMillis().getAsInt();
      }
    }
    if (added.isPresent()) {
      Reaction r = added.get();
      s += r.support().filter(Support.SUPPORT::equals).isPresent() ? 1 : 0;
      o += r.support().filter(Support.OPPOSE::equals).isPresent() ? 1 : 0;
      if (r.stanceMillis().isPresent()) {
        n++;
        sum += r.stanceMillis().getAsInt();
      }
    }
    return new ReactionTally(s, o, n, sum);
  }
}
