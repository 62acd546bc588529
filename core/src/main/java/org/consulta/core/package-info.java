/**
 * Consulta: an embeddable engine for public consultations. Start at {@link org.consulta.core.Consulta}.
 *
 * <p>Throughout the API, parameters and results are non-null unless typed {@code Optional};
 * collections are never null and returned collections are immutable. Every value, command and
 * event is an immutable record, validated when constructed, and safe to share between threads;
 * services are thread-safe; builders (generated {@code *Builder} classes) are not.
 */
package org.consulta.core;
