package org.consulta.core.simulation;

/**
 * A metric across the seeds of one scenario: mean, sample standard deviation and the 95% confidence
 * interval of the mean (Student t with {@code n - 1} degrees of freedom). With one run the interval
 * is the value itself. The interval is not clipped: with few seeds a count's lower end may fall
 * below 0 (charts clip it; the CSV keeps it).
 *
 * @param mean the mean
 * @param sd the sample standard deviation (0 with one run)
 * @param low the lower end of the 95% confidence interval
 * @param high the upper end
 */
public record Estimate(double mean, double sd, double low, double high) {}
