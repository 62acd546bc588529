/**
 * Contributions: their kinds, visibility, states, threads, reactions and tallies, the queries
 * over them and their storage ports. Depends on {@code consultation}, {@code participant},
 * {@code access}, {@code value}, {@code error}.
 */
package org.consulta.core.contribution;
