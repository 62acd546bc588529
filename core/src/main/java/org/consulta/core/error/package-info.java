/**
 * Typed errors: every exception Consulta throws on purpose extends {@link
 * org.consulta.core.error.ConsultaException}. The lowest package; depends on nothing else in Consulta.
 */
package org.consulta.core.error;
