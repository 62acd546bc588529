/**
 * The engine's implementation. No compatibility promise: anything here may change in any
 * release. Use {@link org.consulta.core.Consulta} instead.
 */
package org.consulta.core.internal;
