/**
 * The in-memory {@link org.consulta.core.store.Store}: the embedded default for tests, examples and
 * simulations.
 */
package org.consulta.core.store.memory;
