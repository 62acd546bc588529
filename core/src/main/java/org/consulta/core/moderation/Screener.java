package org.consulta.core.moderation;

/**
 * One step of the screening pipeline run on every contribution and every edit, before it is
 * stored. Screeners are registered on {@code Consulta.builder().screeners(...)} in order; each sees
 * the same input and returns a {@link Verdict}. The pipeline's result is the strictest outcome
 * (reject over hold over redact over pass), with every screener's verdict kept for the audit
 * trail and the queue.
 *
 * <p>Implementations must be thread-safe (one instance serves every request) and fast: they run
 * inside the submitting transaction. They must not keep personal data they see, and their
 * explanations name what matched and where, never the matched text.
 *
 * <pre>{@code
 * Screener shouting = (input, context) -> input.body().chars().filter(Character::isUpperCase).count() > 200
 *     ? Verdict.hold("shouting", "incivility", 0.4, "more than 200 capitals")
 *     : Verdict.pass("shouting");
 * }</pre>
 */
public interface Screener {
  /** @return a short stable name, recorded with each verdict (e.g. {@code "blocklist"}) */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * @param input the contribution's texts and facts
   * @param context what the screener may look up in the same transaction
   * @return the verdict; never null
   */
  Verdict screen(ScreeningInput input, ScreeningContext context);
}
