package org.consulta.core.outcome;

/**
 * What one {@link OutcomeService#sendNotices} call did.
 *
 * @param digests digests handed to the notifier (one per participant)
 * @param items notices they gathered
 * @param withoutConsent participants whose notices were dropped because they have not consented
 *     to outcome contact (their notices are marked done, never sent later)
 * @param more whether notices are still waiting (call again)
 */
public record NoticeRun(int digests, int items, int withoutConsent, boolean more) {}
