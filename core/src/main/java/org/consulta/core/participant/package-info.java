/**
 * Participants: pseudonymous ids, self-declared demographics against a tenant's schema, consents,
 * and contact details kept apart so they can be erased. Depends on {@code access}, {@code value},
 * {@code error}.
 */
package org.consulta.core.participant;
