package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningContext;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;

/**
 * Holds a participant's contribution for a moderator when they submitted too many in a time window
 * (flooding). Counts the participant's stored contributions in the tenant within the window through
 * {@link ScreeningContext#contributionsBy}; anonymous offline input and edits are not counted.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Screener flooding = FloodingScreener.of(20, Duration.ofHours(1)); // the 21st within an hour is held
 * }</pre>
 */
public final class FloodingScreener implements Screener {
  private final int limit;
  private final Duration window;
  private final String reason;

  private FloodingScreener(int limit, Duration window, String reason) {
    this.limit = limit;
    this.window = window;
    this.reason = reason;
  }

  /**
   * @param limit how many contributions a participant may make within the window
   * @param window the window
   * @return a screener holding every contribution beyond the limit, citing {@code "spam"}
   * @throws IllegalArgumentException if the limit is below 1 or the window is not positive
   */
  public static FloodingScreener of(int limit, Duration window) {
    return of(limit, window, "spam");
  }

  /**
   * @param limit how many contributions a participant may make within the window
   * @param window the window
   * @param reason the house-rule reason code to cite
   * @return a screener holding every contribution beyond the limit
   * @throws IllegalArgumentException if the limit is below 1 or the window is not positive
   */
  public static FloodingScreener of(int limit, Duration window, String reason) {
    requireNonNull(window, "window");
    requireNonNull(reason, "reason");
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("flooding needs a limit of at least 1 and a positive window, got " + limit + " per " + window);
    }
    return new FloodingScreener(limit, window, reason);
  }

  @Override
  public String name() {
    return "flooding";
  }

  @Override
  public Verdict screen(ScreeningInput input, ScreeningContext context) {
    if (input.edit() || input.author().isEmpty()) {
      return Verdict.pass(name());
    }
    long earlier = context.contributionsBy(input.author().get(), input.at().minus(window), limit + 1);
    if (earlier < limit) {
      return Verdict.pass(name());
    }
    double score = Math.min(1, 0.5 + 0.5 * (earlier - limit + 1) / limit);
    return Verdict.hold(name(), reason, score, "more than " + limit + " contributions within " + window + " from one participant");
  }

  @Override
  public String toString() {
    return "FloodingScreener[" + limit + " per " + window + "]";
  }
}
