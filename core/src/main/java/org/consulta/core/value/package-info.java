/**
 * Small values shared by every feature: localized texts, pages and cursors, idempotency keys, the
 * {@link org.consulta.core.value.Command} marker. Depends on nothing else in Consulta but {@code error}.
 */
package org.consulta.core.value;
