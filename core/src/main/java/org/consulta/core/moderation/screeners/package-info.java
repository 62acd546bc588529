/**
 * Built-in {@link org.consulta.core.moderation.Screener}s for the moderation screening pipeline:
 *
 * <ul>
 *   <li>{@link org.consulta.core.moderation.screeners.BlocklistScreener}: blocklisted words and
 *       phrases per language, word-bounded and resistant to common obfuscation;
 *   <li>{@link org.consulta.core.moderation.screeners.PersonalDataScreener}: e-mail addresses,
 *       phone numbers, IBANs, payment card numbers and configurable patterns, redacted by default;
 *   <li>{@link org.consulta.core.moderation.screeners.LinkSpamScreener}: links, blocked domains,
 *       repeated characters and shouting.
 * </ul>
 *
 * <p>Each is immutable and thread-safe: build one and register it once. None reads the {@link
 * org.consulta.core.moderation.ScreeningContext}. Their spans are UTF-16 offsets of the original
 * text of the field they name and never split a surrogate pair; their explanations name what
 * matched and where ({@code "e-mail address at body[12, 31)"}), never the matched text.
 *
 * <pre>{@code
 * Consulta.builder()
 *     .screeners(BlocklistScreener.defaults(), PersonalDataScreener.defaults(), LinkSpamScreener.defaults())
 *     ...
 * }</pre>
 *
 * <p>Parameters and results are non-null.
 */
package org.consulta.core.moderation.screeners;
