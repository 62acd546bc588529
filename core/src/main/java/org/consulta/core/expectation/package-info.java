/**
 * Expectations: what the institution promises participants ({@link
 * org.consulta.core.expectation.Commitment}s declared on a consultation), whether the promise is
 * being kept at any instant ({@link org.consulta.core.expectation.Evaluation}, {@link
 * org.consulta.core.expectation.CommitmentStatus}), the tenant's {@link
 * org.consulta.core.expectation.WorkingCalendar} that deadlines count in, and the storage port
 * {@link org.consulta.core.expectation.ExpectationRepository}. The service is {@link
 * org.consulta.core.expectation.ExpectationService}, from {@code Consulta#expectations()}.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing is null.
 */
package org.consulta.core.expectation;
