package org.consulta.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.Consulta;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.moderation.AppealDecision;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.NewAppeal;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.value.IdempotencyKey;

/**
 * Moderation: participants flag and authors appeal under {@code /v1/contributions/{id}}; staff work
 * the queue and its cases under {@code /v1/moderation}; campaigns and the transparency report hang
 * off their consultation. Who may do what is decided in core.
 *
 * <p>Claiming or releasing one case has no idempotency key in core and needs none: repeated by the
 * same moderator, a claim renews their lease and a release finds the case already released, so the
 * header is checked for syntax and otherwise ignored there.
 */
final class ModerationRoutes {
  private ModerationRoutes() {}

  /**
   * The body of {@code POST /v1/moderation/queue/claim}: the queue filter (unclaimed cases only)
   * and the lease as an ISO-8601 duration.
   */
  record ClaimBody(Optional<ConsultationId> consultation, Optional<String> reason, Optional<String> language, Optional<Duration> lease) {}

  static void register(Router router, Consulta consulta) {
    router.add("POST", "/v1/contributions/{id}/flags", x -> {
      ObjectNode body = x.body();
      body.put("contribution", ContributionRoutes.id(x).toString());
      Flag flag = consulta.moderation().flag(x.actor, x.command(body, NewFlag.class));
      x.json(201, flag);
    });
    router.add("POST", "/v1/contributions/{id}/appeal", x -> {
      ObjectNode body = x.body();
      body.put("contribution", ContributionRoutes.id(x).toString());
      // the author's receipt, without the case's staff-only parts
      x.json(201, consulta.moderation().appeal(x.actor, x.command(body, NewAppeal.class)));
    });
    router.add("GET", "/v1/contributions/{id}/moderation", x -> {
      ContributionId id = ContributionRoutes.id(x);
      ModerationCase k = consulta.moderation().caseOf(x.actor, id)
          .orElseThrow(() -> new NotFoundException("moderation case of contribution", id));
      x.etag(k.version());
      x.json(200, k);
    });
    router.add("GET", "/v1/moderation/queue", x -> {
      QueueFilter filter = new QueueFilter(x.query("consultation").map(c -> new ConsultationId(uuid("consultation", c))),
          x.query("reason"), x.query("language"), x.query("unclaimed").map(u -> bool("unclaimed", u)).orElse(false));
      x.json(200, consulta.moderation().queue(x.actor, filter, x.page()));
    });
    router.add("POST", "/v1/moderation/queue/claim", x -> {
      ClaimBody body = x.command(x.bodyOrEmpty(), ClaimBody.class);
      ClaimRequest request = new ClaimRequest(new QueueFilter(body.consultation(), body.reason(), body.language(), true), body.lease(),
          x.idempotencyKey().map(IdempotencyKey::new));
      Optional<ModerationCase> claimed = consulta.moderation().claimNext(x.actor, request);
      if (claimed.isEmpty()) {
        x.noContent();
        return;
      }
      x.etag(claimed.get().version());
      x.json(200, claimed.get());
    });
    router.add("GET", "/v1/moderation/cases/{id}", x -> caseResponse(x, consulta.moderation().get(x.actor, id(x))));
    router.add("POST", "/v1/moderation/cases/{id}/claim", x -> {
      x.idempotencyKey();
      caseResponse(x, consulta.moderation().claim(x.actor, id(x)));
    });
    router.add("POST", "/v1/moderation/cases/{id}/release", x -> {
      x.idempotencyKey();
      caseResponse(x, consulta.moderation().release(x.actor, id(x)));
    });
    router.add("POST", "/v1/moderation/cases/{id}/decision", x -> {
      ObjectNode body = x.body();
      body.put("moderationCase", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      caseResponse(x, consulta.moderation().decide(x.actor, x.command(body, CaseDecision.class)));
    });
    router.add("POST", "/v1/moderation/cases/{id}/appeal-decision", x -> {
      ObjectNode body = x.body();
      body.put("moderationCase", id(x).toString());
      x.ifMatch().ifPresent(v -> body.put("expectedVersion", v));
      caseResponse(x, consulta.moderation().decideAppeal(x.actor, x.command(body, AppealDecision.class)));
    });
    router.add("GET", "/v1/consultations/{id}/campaigns", x ->
        x.json(200, consulta.moderation().campaigns(x.actor, ConsultationRoutes.id(x), x.page())));
    router.add("GET", "/v1/consultations/{id}/transparency", x -> {
      ConsultationId consultation = ConsultationRoutes.id(x);
      LocalDate from = date(x, "from");
      LocalDate to = date(x, "to");
      x.json(200, consulta.moderation().transparencyReport(x.actor, consultation, from, to));
    });
  }

  private static void caseResponse(Exchange x, ModerationCase k) throws java.io.IOException {
    x.etag(k.version());
    x.json(200, k);
  }

  static ModerationCaseId id(Exchange x) {
    return Ids.parse(x.path("id"), "moderation case", ModerationCaseId::new);
  }

  /** A required query date: absent or not an ISO local date is invalid input (422). */
  private static LocalDate date(Exchange x, String field) {
    String text = x.query(field).orElseThrow(() -> invalid(field, "is required: an ISO-8601 date such as 2026-11-01 (a UTC day)"));
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(field, "must be an ISO-8601 date such as 2026-11-01 (a UTC day)");
    }
  }

  private static boolean bool(String field, String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(field, "must be true or false");
    };
  }

  private static UUID uuid(String field, String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "must be an id (a UUID)");
    }
  }

  private static InvalidInputException invalid(String field, String reason) {
    return new InvalidInputException(List.of(new Violation(field, reason)));
  }
}
