package org.consulta.core.simulation;

/**
 * A metric across the seeds of one scenario: mean, sample standard deviation and the 95% confidence
 * interval of the mean (Student t with {@code n - 1} degrees of freedom). With one run the interval
 * is the value itself.
 *
 * @param mean the mean
 * @param sd the sample standard deviation (0 with one run)
 * @param low the lower end of the 95% confidence interval
 * @param high the upper end
 */
public record Estimate(double mean, double sd, double low, double high) {}
