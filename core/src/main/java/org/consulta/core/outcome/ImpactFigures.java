package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The headline figures of a "you said, we did" report.
 *
 * @param contributions top-level published contributions
 * @param answered how many of them got a response (their own or a theme's)
 * @param shareAnswered answered / contributions (0 when there are none)
 * @param medianTimeToResponse nearest-rank median time from submission to the first answer
 * @param p90TimeToResponse nearest-rank 90th percentile
 * @param decisions decisions recorded
 * @param decisionsWithInput how many of them link at least one theme or contribution
 * @param shareDecisionsWithInput decisionsWithInput / decisions (0 when there are none)
 * @param results top-level results that are not cancelled
 * @param implementationProgress mean rolled-up progress of those results, 0..100 (empty when none)
 */
public record ImpactFigures(
    long contributions,
    long answered,
    double shareAnswered,
    Optional<Duration> medianTimeToResponse,
    Optional<Duration> p90TimeToResponse,
    long decisions,
    long decisionsWithInput,
    double shareDecisionsWithInput,
    long results,
    Optional<Double> implementationProgress) {
  public ImpactFigures {
    requireNonNull(medianTimeToResponse, "medianTimeToResponse");
    requireNonNull(p90TimeToResponse, "p90TimeToResponse");
    requireNonNull(implementationProgress, "implementationProgress");
  }
}
