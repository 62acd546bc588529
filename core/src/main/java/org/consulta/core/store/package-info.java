/**
 * Storage ports: the {@link org.consulta.core.store.Store} SPI and its {@link
 * org.consulta.core.store.UnitOfWork} (which hands out the feature packages' repositories), the
 * event log port, idempotency outcomes and id generation. Sits above the features and events it
 * gathers; store implementations sit above it.
 */
package org.consulta.core.store;
