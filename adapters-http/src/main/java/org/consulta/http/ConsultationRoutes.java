package org.consulta.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.consulta.core.Consulta;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationUpdate;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;

/** {@code /v1/consultations}: create, read, list, update, move through phases, counts. */
final class ConsultationRoutes {
  private ConsultationRoutes() {}

  static void register(Router router, Consulta consulta) {
    router.add("POST", "/v1/consultations", x -> {
      Consultation c = consulta.consultations().create(x.actor, x.command(x.body(), NewConsultation.class));
      x.etag(c.version());
      x.created("/v1/consultations/" + c.id(), c);
    });
    router.add("GET", "/v1/consultations", x -> {
      Optional<Phase> phase = x.query("phase").map(p -> enumValue(Phase.class, "phase", p));
      x.json(200, consulta.consultations().list(x.actor, phase, x.page()));
    });
    router.add("GET", "/v1/consultations/{id}", x -> {
      Consultation c = consulta.consultations().get(x.actor, id(x));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("PATCH", "/v1/consultations/{id}", x -> {
      ObjectNode body = x.body();
      body.put("consultation", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Consultation c = consulta.consultations().update(x.actor, x.command(body, ConsultationUpdate.class));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("POST", "/v1/consultations/{id}/transitions", x -> {
      ObjectNode body = x.body();
      body.put("consultation", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      Consultation c = consulta.consultations().transition(x.actor, x.command(body, PhaseTransition.class));
      x.etag(c.version());
      x.json(200, c);
    });
    router.add("GET", "/v1/consultations/{id}/counts", x -> x.json(200, consulta.contributions().counts(x.actor, id(x))));
  }

  static ConsultationId id(Exchange x) {
    return Ids.parse(x.path("id"), "consultation", ConsultationId::new);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
    try {
      return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(java.util.List.of(new Violation(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()))));
    }
  }
}
