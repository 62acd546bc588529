package org.consulta.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.consulta.core.Consulta;
import org.consulta.core.moderation.screeners.Screeners;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.Store;
import org.consulta.core.store.memory.InMemoryStore;

/**
 * One whole consultation on a store (the in-memory one unless told otherwise) in virtual time: schema, creation, scheduling,
 * opening by the clock, registration, contributions, closing by the clock, analysis. Reports its
 * steps to {@code progress} and returns the summary. Single-thread; each run builds its own engine.
 */
final class DemoScenario {
  static final TenantId TENANT = TenantId.of("demo-city");
  static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  private static final Duration SCHEDULED_FOR = Duration.ofDays(7);
  private static final Duration REGISTRATION_WINDOW = Duration.ofDays(2);
  /** The last contribution lands this long before closing, so reactions after it stay inside. */
  private static final Duration CLOSING_MARGIN = Duration.ofHours(1);

  /**
   * @param seed the random seed: same seed, same run
   * @param participants how many participants register, at least 1
   * @param contributions how many contributions are taken, at least 0
   * @param tenant the tenant the run acts in
   */
  record Settings(long seed, int participants, int contributions, TenantId tenant) {
    Settings(long seed, int participants, int contributions) {
      this(seed, participants, contributions, TENANT);
    }
  }

  private final Settings settings;
  private final Consumer<String> progress;
  private final VirtualClock clock = new VirtualClock(START);
  private final Random random;
  private final Consulta consulta;
  private final Actor admin;
  private final Actor manager;

  private DemoScenario(Settings settings, Store store, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
    this.random = new Random(settings.seed());
    this.admin = Actor.of(settings.tenant(), "admin-1", Role.ADMIN);
    this.manager = Actor.of(settings.tenant(), "manager-1", Role.MANAGER);
    this.consulta = Consulta.builder()
        .store(store)
        .clock(clock)
        .ids(IdGenerator.seeded(clock, settings.seed()))
        .screeners(Screeners.standard())
        .build();
  }

  static DemoSummary run(Settings settings, Consumer<String> progress) {
    return run(settings, new InMemoryStore(), progress);
  }

  static DemoSummary run(Settings settings, Store store, Consumer<String> progress) {
    return new DemoScenario(settings, store, progress).run();
  }

  private DemoSummary run() {
    consulta.participants().defineDemographicSchema(admin, DemoConsultation.schema());
    clock.advance(Duration.ofHours(1));
    Consultation draft = consulta.consultations().create(manager, DemoConsultation.definition(START.plus(SCHEDULED_FOR)));
    say("created '" + draft.title().best("en") + "' (" + draft.id() + ") in " + draft.phase());
    DemoExpectations promises = new DemoExpectations(consulta, settings.tenant());
    promises.promise(draft, this::say);

    clock.advance(Duration.ofHours(2));
    Consultation c = consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.SCHEDULED));
    say("scheduled: opens " + c.schedule().opensAt().orElseThrow() + ", closes " + c.schedule().closesAt().orElseThrow());

    clock.advanceTo(c.schedule().opensAt().orElseThrow().plus(Duration.ofMinutes(5)));
    c = consulta.consultations().get(manager, c.id());
    sayMove("opened", c);

    DemoPopulation population = DemoPopulation.register(
        consulta, Actor.anonymous(settings.tenant()), clock, random, settings.participants(), REGISTRATION_WINDOW);
    say("registered " + population.ids().size() + " participants");
    promises.expect(c.id(), population.ids(), random, this::say);

    Instant closesAt = c.schedule().closesAt().orElseThrow();
    DemoActivity activity = new DemoActivity(consulta, settings.tenant(), c.id(), clock, random, population.ids());
    activity.run(settings.contributions(), closesAt.minus(CLOSING_MARGIN), this::say);
    new DemoModeration(consulta, settings.tenant(), c.id(), clock, random, population.ids()).run(this::say);

    clock.advanceTo(closesAt.plus(Duration.ofMinutes(10)));
    c = consulta.consultations().get(manager, c.id());
    sayMove("closed", c);

    clock.advance(Duration.ofDays(2));
    c = consulta.consultations().transition(manager, PhaseTransition.to(c.id(), Phase.ANALYSIS));
    sayMove("moved to analysis", c);
    new DemoOutcomes(consulta, settings.tenant(), c.id(), clock).run(this::say);
    promises.review(c.id(), population.ids(), random, this::say);

    return DemoReport.gather(consulta, manager, c.id(), settings.seed(), population, activity.supportLimitRefusals());
  }

  private void sayMove(String what, Consultation c) {
    List<PhaseChange> history = c.history();
    PhaseChange last = history.get(history.size() - 1);
    say(what + ": " + last.from() + " -> " + last.to() + " at " + last.at() + " (scheduled=" + last.scheduled() + ")");
  }

  private void say(String message) {
    progress.accept(clock.instant() + " " + message);
  }
}
