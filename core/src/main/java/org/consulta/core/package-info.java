/**
 * Consulta: an embeddable engine for public consultations. Start at {@link org.consulta.core.Consulta}.
 *
 * <p>Throughout the API, parameters and results are non-null unless typed {@code Optional};
 * collections are never null and returned collections are immutable.
 */
package org.consulta.core;
