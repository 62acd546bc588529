package org.consulta.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.relay.AggregateKey;

/**
 * A recorded event as a CloudEvents 1.0 structured-mode JSON document: {@code id} the event's id,
 * {@code source} {@code /consulta/tenants/<tenant>}, {@code type} {@code org.consulta.<event
 * type>}, {@code subject} the aggregate's id, {@code data} the event's canonical JSON, plus the
 * extension {@code sequence} (the log position). Thread-safe.
 */
final class CloudEvents {
  static final String MEDIA_TYPE = "application/cloudevents+json; charset=utf-8";

  private final ObjectMapper mapper = ConsultaJson.mapper();

  byte[] body(RecordedEvent e) {
    try {
      JsonNode recorded = mapper.readTree(ConsultaJson.canonical(e));
      ObjectNode ce = mapper.createObjectNode();
      ce.put("specversion", "1.0");
      ce.put("id", e.id().toString());
      ce.put("source", "/consulta/tenants/" + e.tenant().value());
      ce.put("type", "org.consulta." + e.event().type());
      ce.put("time", DateTimeFormatter.ISO_INSTANT.format(e.recordedAt()));
      ce.put("subject", AggregateKey.of(e.event()));
      ce.put("datacontenttype", "application/json");
      ce.put("sequence", Long.toString(e.position()));
      ce.set("data", recorded.get("event"));
      return mapper.writeValueAsBytes(ce);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write event " + e.position() + " of tenant " + e.tenant() + " as a CloudEvent", ex);
    }
  }
}
