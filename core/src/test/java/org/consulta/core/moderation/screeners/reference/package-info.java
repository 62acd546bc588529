/**
 * The built-in text screeners as they were before the allocation work of November 2026, frozen as
 * an oracle: {@code SameVerdictsAsReference} checks that the optimised screeners give exactly the
 * same verdicts. Test code only; nothing here is maintained. When a screener's behaviour changes
 * on purpose, change the copy here the same way (or delete the copy and the test).
 */
package org.consulta.core.moderation.screeners.reference;
