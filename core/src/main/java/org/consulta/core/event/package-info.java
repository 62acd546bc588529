/**
 * Domain events: the sealed {@link org.consulta.core.event.ConsultaEvent} hierarchy, as recorded
 * in each tenant's log, and in-process listeners. Sits above the feature packages whose ids and
 * states its records carry.
 */
package org.consulta.core.event;
