package org.consulta.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.consulta.core.Consulta;
import org.consulta.core.access.Role;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.participant.ContactChange;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantUpdate;
import org.consulta.core.participant.SchemaDefinition;

/** {@code /v1/participants} and {@code /v1/demographic-schema}. */
final class ParticipantRoutes {
  private ParticipantRoutes() {}

  static void register(Router router, Consulta consulta) {
    router.add("POST", "/v1/participants", x -> {
      Participant p = consulta.participants().register(x.actor, x.command(bindExternalRef(x, x.body()), NewParticipant.class));
      x.etag(p.version());
      x.created("/v1/participants/" + p.id(), p);
    });
    router.add("GET", "/v1/participants/me", x -> {
      Participant p = consulta.participants().get(x.actor, self(x));
      x.etag(p.version());
      x.json(200, p);
    });
    router.add("GET", "/v1/participants/{id}", x -> {
      Participant p = consulta.participants().get(x.actor, id(x));
      x.etag(p.version());
      x.json(200, p);
    });
    router.add("PATCH", "/v1/participants/{id}", x -> {
      ObjectNode body = x.body();
      body.put("participant", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Participant p = consulta.participants().update(x.actor, x.command(body, ParticipantUpdate.class));
      x.etag(p.version());
      x.json(200, p);
    });
    router.add("GET", "/v1/participants/{id}/contact", x -> {
      ParticipantId id = id(x);
      var contact = consulta.participants().contact(x.actor, id)
          .orElseThrow(() -> new org.consulta.core.error.NotFoundException("contact details of participant", id));
      x.json(200, contact);
    });
    router.add("PUT", "/v1/participants/{id}/contact", x -> {
      ObjectNode body = x.body();
      ObjectNode change = body.objectNode();
      change.put("participant", id(x).toString());
      change.set("contact", body);
      consulta.participants().changeContact(x.actor, x.command(change, ContactChange.class));
      x.json(200, body);
    });
    router.add("DELETE", "/v1/participants/{id}/contact", x -> {
      ObjectNode change = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      change.put("participant", id(x).toString());
      boolean erased = consulta.participants().changeContact(x.actor, x.command(change, ContactChange.class));
      x.json(200, Map.of("erased", erased));
    });
    router.add("GET", "/v1/demographic-schema", x -> x.json(200, consulta.participants().demographicSchema(x.actor)));
    router.add("PUT", "/v1/demographic-schema", x -> {
      ObjectNode definition = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      definition.set("schema", x.body());
      SchemaDefinition command = x.command(definition, SchemaDefinition.class);
      consulta.participants().defineDemographicSchema(x.actor, command);
      x.json(200, command.schema());
    });
  }

  /** A participant credential registers its own subject; the body may repeat it, not change it. */
  private static ObjectNode bindExternalRef(Exchange x, ObjectNode body) {
    if (!(x.request.getAttribute(Authenticator.EXTERNAL_REF_ATTRIBUTE) instanceof String ref)) {
      return body;
    }
    com.fasterxml.jackson.databind.JsonNode given = body.get("externalRef");
    if (given != null && !given.isNull() && !ref.equals(given.asText())) {
      throw new org.consulta.core.error.InvalidInputException(java.util.List.of(
          new org.consulta.core.error.Violation("externalRef", "must be absent or the subject of the credential")));
    }
    body.put("externalRef", ref);
    return body;
  }

  static ParticipantId id(Exchange x) {
    return Ids.parse(x.path("id"), "participant", ParticipantId::new);
  }

  static ParticipantId self(Exchange x) {
    if (!x.actor.has(Role.PARTICIPANT)) {
      throw new AccessDeniedException("only participants have a record of their own");
    }
    try {
      return ParticipantId.parse(x.actor.subject());
    } catch (IllegalArgumentException e) {
      throw new AccessDeniedException("this actor is not a registered participant");
    }
  }
}
