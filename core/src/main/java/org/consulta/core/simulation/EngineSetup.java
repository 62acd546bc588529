package org.consulta.core.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.NewCommitment;
import org.consulta.core.expectation.NewOfflineSession;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;

/**
 * What a run sets up in its engine before day 0: the schema, calendar and census, the consultation
 * with its schedule, the commitments (declared while it is a draft), the sessions, then the move
 * to scheduled. The engine's own validation judges the consultation and the commitments; its
 * errors come back with the scenario's field paths ({@code consultation.title.en}, {@code
 * commitments[1].terms.date}). Stateless.
 */
final class EngineSetup {
  static final TenantId TENANT = TenantId.of("simulation");
  static final Actor ADMIN = Actor.of(TENANT, "sim-admin", Role.ADMIN);
  static final Actor MANAGER = Actor.of(TENANT, "sim-manager", Role.MANAGER);

  private EngineSetup() {}

  /** @return the instant day 0 starts (midnight UTC of the scenario's start) */
  static Instant day0(Scenario scenario) {
    return scenario.start().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Checks that the engine accepts the scenario's consultation, commitments and sessions, on a
   * throwaway engine, without drawing the population: a sweep finds a bad scenario before any run.
   *
   * @throws InvalidInputException naming every bad field with the scenario's paths
   */
  static void check(Scenario scenario) {
    SimulationClock clock = new SimulationClock(day0(scenario).minus(Duration.ofDays(2)));
    prepare(Consulta.builder().store(new InMemoryStore()).clock(clock).ids(IdGenerator.seeded(clock, 0)).build(), scenario);
  }

  /**
   * @return the consultation, scheduled to open on day 0 at 09:00 UTC
   * @throws InvalidInputException naming every bad field with the scenario's paths
   */
  static ConsultationId prepare(Consulta consulta, Scenario scenario) {
    Instant day0 = day0(scenario);
    consulta.participants().defineDemographicSchema(ADMIN, scenario.population().schema());
    consulta.expectations().defineCalendar(ADMIN, WorkingCalendar.standard());
    under("population.shares", () -> consulta.expectations().defineReference(ADMIN, scenario.population().shares()));
    PhaseSchedule schedule = PhaseSchedule.of(day0.plus(Duration.ofHours(9)), day0.plus(Duration.ofDays(scenario.openDays())));
    ConsultationId consultation = under("consultation",
        () -> consulta.consultations().create(MANAGER, scenario.consultation().withSchedule(schedule))).id();
    for (int i = 0; i < scenario.commitments().size(); i++) {
      NewCommitment commitment = NewCommitment.of(consultation, scenario.commitments().get(i));
      under("commitments[" + i + "]", () -> consulta.expectations().declare(MANAGER, commitment));
    }
    for (int i = 0; i < scenario.institution().sessions().size(); i++) {
      SessionPlan s = scenario.institution().sessions().get(i);
      NewOfflineSession session = NewOfflineSession.of(consultation, Channel.IN_PERSON,
          day0.plus(Duration.ofDays(s.day())).plus(Duration.ofHours(14)), LocalizedText.of("en", "Session on day " + s.day()));
      under("institution.sessions[" + i + "]", () -> consulta.expectations().scheduleSession(MANAGER, session));
    }
    consulta.consultations().transition(MANAGER, PhaseTransition.to(consultation, Phase.SCHEDULED));
    return consultation;
  }

  /** Runs {@code step}, giving any field it names the prefix {@code path}. */
  private static <T> T under(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInputException e) {
      List<Violation> prefixed = new ArrayList<>();
      for (Violation v : e.violations()) {
        prefixed.add(new Violation(v.field().isEmpty() ? path : path + "." + v.field(), v.reason()));
      }
      throw new InvalidInputException(prefixed);
    }
  }
}
