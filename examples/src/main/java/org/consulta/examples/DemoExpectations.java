package org.consulta.examples;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.ExpectationDashboard;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.ExpectationRating;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.Fulfilment;
import org.consulta.core.expectation.GapLine;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.NewExpectations;
import org.consulta.core.expectation.ReachMetric;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;

/**
 * The demo's promises: before opening, the city defines its working calendar and census shares and
 * declares what participants can expect; some participants say what they expect; after the
 * outcomes, every commitment is evaluated and the gap between expected and delivered is shown.
 */
final class DemoExpectations {
  private final Consulta consulta;
  private final TenantId tenant;
  private final ExpectationService expectations;
  private final Actor manager;

  DemoExpectations(Consulta consulta, TenantId tenant) {
    this.consulta = consulta;
    this.tenant = tenant;
    this.expectations = consulta.expectations();
    this.manager = Actor.of(tenant, "manager-1", Role.MANAGER);
  }

  /** Calendar, census shares and the commitments of a draft; prints the promise statement. */
  void promise(Consultation draft, Consumer<String> say) {
    Actor admin = Actor.of(tenant, "admin-1", Role.ADMIN);
    expectations.defineCalendar(admin, WorkingCalendar.of(ZoneOffset.UTC).withHolidays(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21)));
    Map<String, Double> districts = new LinkedHashMap<>();
    DemoConsultation.DISTRICTS.forEach(d -> districts.put(d, 1.0 / DemoConsultation.DISTRICTS.size()));
    expectations.defineReference(admin, ReferencePopulation.of(DemoConsultation.DISTRICT, districts).withSource("Demo census"));
    LocalDate closes = LocalDate.ofInstant(draft.schedule().closesAt().orElseThrow(), ZoneOffset.UTC);
    List<CommitmentTerms> terms = List.of(
        CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(30)),
        CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 50, closes),
        new CommitmentTerms.Represent(DemoConsultation.DISTRICT, 0.1, 20),
        CommitmentTerms.decideBy(closes.plusDays(30)),
        CommitmentTerms.publishReportBy(closes.plusDays(45)),
        new CommitmentTerms.InfluenceStatement(LocalizedText.of("en", "what the park offers and where"), Optional.of(LocalizedText.of("en",
            "its budget")), LocalizedText.of("en", "the city council")));
    terms.forEach(t -> expectations.declare(manager, NewCommitment.of(draft.id(), t)));
    say.accept("promised (" + terms.size() + " commitments): " + expectations.promise(manager, draft.id(), "en").text());
  }

  /** A few participants say what they expect (the first tenth of them). */
  void expect(ConsultationId consultation, List<ParticipantId> people, Random random, Consumer<String> say) {
    int n = Math.max(1, people.size() / 10);
    for (ParticipantId p : people.subList(0, n)) {
      expectations.expect(Actor.participant(tenant, p), NewExpectations.of(consultation, ExpectationKind.ANSWER,
          random.nextBoolean() ? ExpectationKind.OUTCOME : ExpectationKind.INFLUENCE));
    }
    say.accept(n + " participants said what they expect");
  }

  /** Ratings, then the dashboard: every commitment's status and the gap per kind of expectation. */
  void review(ConsultationId consultation, List<ParticipantId> people, Random random, Consumer<String> say) {
    int n = Math.max(1, people.size() / 10);
    for (ParticipantId p : people.subList(0, n / 2)) {
      expectations.rate(Actor.participant(tenant, p), ExpectationRating.of(consultation, ExpectationKind.ANSWER,
          Fulfilment.values()[random.nextInt(3)], 1 + random.nextInt(5)));
    }
    ExpectationDashboard d = expectations.dashboard(manager, consultation);
    for (Evaluation e : d.evaluations()) {
      say.accept("commitment " + e.terms().kind().wireName() + ": " + e.status() + " (measured " + round(e.value()) + " of " + round(e.target()) + ")");
    }
    for (GapLine line : d.gap().lines()) {
      if (line.all().expected() > 0) {
        say.accept("expected " + line.kind() + ": " + line.all().expected() + ", delivered " + line.all().delivered() + ", rated "
            + line.all().rated());
      }
    }
  }

  private static String round(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
