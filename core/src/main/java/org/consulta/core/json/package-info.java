/**
 * JSON mapping of every public Consulta value, command and event, with Jackson. This is the only
 * package of core that uses Jackson; the domain types carry no Jackson annotation.
 *
 * <p>{@link org.consulta.core.json.ConsultaJson#mapper()} gives a ready, thread-safe mapper;
 * {@link org.consulta.core.json.ConsultaJson#module()} the {@link org.consulta.core.json.ConsultaModule}
 * for an embedder's own mapper; {@link org.consulta.core.json.ConsultaJson#canonical(org.consulta.core.event.RecordedEvent)}
 * the one canonical text of a logged event.
 *
 * <p>The JSON form, in brief: typed ids, idempotency keys and cursors are strings; localized texts
 * and demographics are plain objects; instants are ISO-8601 UTC strings; empty optionals are
 * omitted and missing ones read back empty; the sealed hierarchies carry a {@code "type"}
 * property; unknown properties are rejected. For example, a recorded event:
 *
 * <pre>{@code
 * {"tenant":"lisbon","position":7,"id":"...","recordedAt":"2026-11-23T05:00:00Z","actor":"staff-17",
 *  "event":{"type":"phase.changed","consultation":"...","from":"SCHEDULED","to":"OPEN",
 *           "effectiveAt":"2026-11-23T05:00:00Z","scheduled":true}}
 * }</pre>
 *
 * <p>Everything not public here is an implementation detail.
 */
package org.consulta.core.json;
