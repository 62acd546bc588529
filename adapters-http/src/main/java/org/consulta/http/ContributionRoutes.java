package org.consulta.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.consulta.core.Consulta;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.ContributionEdit;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQueryBuilder;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.participant.ParticipantId;

/** Contributions: submit, batch import, read, edit, list with filters, replies, reactions, withdrawal. */
final class ContributionRoutes {
  private ContributionRoutes() {}

  static void register(Router router, Consulta consulta) {
    router.add("POST", "/v1/consultations/{id}/contributions", x -> {
      Exchange.Parsed body = x.parsed();
      NewContribution command = x.command(body, NewContribution.class, java.util.Map.of("consultation", ConsultationRoutes.id(x).toString()));
      Contribution c = consulta.contributions().submit(x.actor, command);
      x.etag(c.version());
      x.created("/v1/contributions/" + c.id(), c);
    });
    router.add("POST", "/v1/consultations/{id}/contribution-batches", x -> {
      ObjectNode body = x.body();
      String consultation = ConsultationRoutes.id(x).toString();
      if (body.get("items") instanceof com.fasterxml.jackson.databind.node.ArrayNode items) {
        items.forEach(item -> {
          if (item instanceof ObjectNode o) {
            o.put("consultation", consultation);
          }
        });
      }
      x.json(200, consulta.contributions().submitAll(x.actor, x.command(body, ContributionBatch.class)));
    });
    router.add("GET", "/v1/consultations/{id}/contributions", x -> {
      ContributionQueryBuilder q = new ContributionQueryBuilder().consultation(ConsultationRoutes.id(x));
      for (String kind : x.request.getParameterValues("kind") == null ? new String[0] : x.request.getParameterValues("kind")) {
        q.addKinds(ConsultationRoutes.enumValue(ContributionKind.class, "kind", kind));
      }
      for (String state : x.request.getParameterValues("state") == null ? new String[0] : x.request.getParameterValues("state")) {
        q.addStates(ConsultationRoutes.enumValue(ContributionState.class, "state", state));
      }
      x.query("category").ifPresent(q::category);
      x.query("author").ifPresent(a -> q.author(new ParticipantId(uuid("author", a))));
      x.query("parent").ifPresent(p -> q.parent(new ContributionId(uuid("parent", p))));
      x.query("from").ifPresent(t -> q.submittedFrom(instant("from", t)));
      x.query("before").ifPresent(t -> q.submittedBefore(instant("before", t)));
      x.json(200, consulta.contributions().list(x.actor, q.build(), x.page()));
    });
    router.add("GET", "/v1/contributions/{id}", x -> {
      Contribution c = consulta.contributions().get(x.actor, id(x));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("PATCH", "/v1/contributions/{id}", x -> {
      ObjectNode body = x.body();
      body.put("contribution", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Contribution c = consulta.contributions().edit(x.actor, x.command(body, ContributionEdit.class));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("POST", "/v1/contributions/{id}/replies", x -> {
      Contribution parent = consulta.contributions().get(x.actor, id(x));
      ObjectNode body = x.body();
      body.put("consultation", parent.consultation().toString());
      body.put("parent", parent.id().toString());
      if (!body.has("kind")) {
        body.put("kind", ContributionKind.COMMENT.name());
      }
      Contribution c = consulta.contributions().submit(x.actor, x.command(body, NewContribution.class));
      x.etag(c.version());
      x.created("/v1/contributions/" + c.id(), c);
    });
    router.add("PUT", "/v1/contributions/{id}/reaction", x -> {
      ObjectNode body = x.body();
      body.put("contribution", id(x).toString());
      Contribution c = consulta.contributions().react(x.actor, x.command(body, ReactionChange.class));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("DELETE", "/v1/contributions/{id}/reaction", x -> {
      Contribution c = consulta.contributions().react(x.actor, ReactionChange.clear(id(x)));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("POST", "/v1/contributions/{id}/withdrawal", x -> {
      ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      body.put("contribution", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Contribution c = consulta.contributions().withdraw(x.actor, x.command(body, Withdrawal.class));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("GET", "/v1/me/contributions", x -> x.json(200, consulta.contributions().mine(x.actor, x.page())));
  }

  static ContributionId id(Exchange x) {
    return Ids.parse(x.path("id"), "contribution", ContributionId::new);
  }

  /** A filter's id: malformed is invalid input (422), unlike a path's id, which names nothing (404). */
  private static UUID uuid(String field, String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(java.util.List.of(new Violation(field, "must be an id (a UUID)")));
    }
  }

  private static Instant instant(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(java.util.List.of(new Violation(field, "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z")));
    }
  }
}
