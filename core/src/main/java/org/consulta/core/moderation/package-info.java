/**
 * Moderation: the policy per consultation and its house rules, the screening pipeline
 * ({@link org.consulta.core.moderation.Screener}), flags, the review queue with leased claims,
 * decisions, appeals and the transparency report. Built-in screeners are in {@code
 * org.consulta.core.moderation.screeners}.
 */
package org.consulta.core.moderation;
