package org.consulta.core.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.NewDecision;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * One run: its own engine on an in-memory store, a virtual clock and seeded ids, and one {@link
 * SplittableRandom} from which every choice is drawn in a fixed order, so the same scenario and
 * seed give the same result bit for bit. Single-thread; used once.
 *
 * <p>A day: 08:00 campaigns reach residents; 09:00 on, aware residents act (online, or at the
 * day's offline sessions), and each contributor tells others; 17:00 moderators and responders work
 * through their capacity; 23:00 contributions past their due time unanswered cost their authors
 * trust, commitments are evaluated and the day's figures taken.
 */
final class SimulationRun {
  private static final TenantId TENANT = EngineSetup.TENANT;
  private static final LocalizedText RATIONALE = LocalizedText.of("en", "Thank you: this is our answer to your contribution.");
  private static final ResponseStatus[] STATUSES = {
      ResponseStatus.ACCEPTED, ResponseStatus.PARTLY_ACCEPTED, ResponseStatus.UNDER_CONSIDERATION, ResponseStatus.ALREADY_PLANNED,
      ResponseStatus.NOT_ACCEPTED, ResponseStatus.NOT_ACCEPTED};

  private final Scenario scenario;
  private final long seed;
  private final SimulationListener listener;
  private final SplittableRandom random;
  private final SimulationClock clock;
  private final Consulta consulta;
  private final Actor manager = EngineSetup.MANAGER;
  private final Actor moderator = Actor.of(TENANT, "sim-moderator", Role.MODERATOR);
  private final Actor responder = Actor.of(TENANT, "sim-responder", Role.RESPONDER);
  private final Actor sessionStaff = Actor.of(TENANT, "sim-session-staff", Role.RESPONDER);
  private final Behaviour behaviour;
  private final Population pop;
  private final Metrics metrics;
  private final Optional<TimeAllowance> promisedTime;
  private final ResponseScope promisedScope;
  private final WorkingCalendar calendar = WorkingCalendar.standard();
  private final Instant day0;
  private ConsultationId consultation;
  /** The commitments (by position) whose breach residents have already felt. */
  private final java.util.Set<Integer> breachesFelt = new java.util.TreeSet<>();

  /** Resident to participant, null until they first act. */
  private final ParticipantId[] participantOf;
  /** Bits: 1 used online, 2 used in person, 4 contributed. */
  private final byte[] channelsUsed;
  /** The contributions this run made, what is owed on them and when. */
  private final ContributionLedger ledger;

  SimulationRun(Scenario scenario, long seed, SimulationListener listener) {
    this.scenario = scenario;
    this.seed = seed;
    this.listener = listener;
    this.behaviour = scenario.behaviour();
    this.random = new SplittableRandom(seed);
    this.day0 = EngineSetup.day0(scenario);
    this.clock = new SimulationClock(day0.minus(Duration.ofDays(2)));
    this.consulta = Consulta.builder().store(new InMemoryStore()).clock(clock).ids(IdGenerator.seeded(clock, seed)).build();
    this.pop = Population.draw(scenario.population(), random);
    this.participantOf = new ParticipantId[pop.size];
    this.channelsUsed = new byte[pop.size];
    this.metrics = new Metrics(scenario, pop);
    Optional<CommitmentTerms.RespondWithin> respond = scenario.commitments().stream()
        .filter(CommitmentTerms.RespondWithin.class::isInstance).map(CommitmentTerms.RespondWithin.class::cast).findFirst();
    this.promisedTime = respond.map(CommitmentTerms.RespondWithin::allowance);
    this.promisedScope = respond.map(CommitmentTerms.RespondWithin::scope).orElse(ResponseScope.all());
    this.ledger = new ContributionLedger(scenario.days() + (int) TimeAllowance.MAX + 1);
  }

  SimulationResult run() {
    prepare();
    String label = scenario.name() + " seed " + seed;
    List<DayRecord> days = new ArrayList<>(scenario.days());
    for (int day = 0; day < scenario.days(); day++) {
      DayRecord record = day(day);
      days.add(record);
      listener.dayEnded(label, day, scenario.days(), record);
    }
    return new SimulationResult(scenario.name(), seed, days);
  }

  private void prepare() {
    consultation = EngineSetup.prepare(consulta, scenario);
    for (int i = 0; i < pop.size; i++) {
      if (random.nextDouble() < behaviour.initialAwareness()) {
        becomeAware(i, 0);
      }
    }
  }

  private DayRecord day(int day) {
    Instant start = day0.plus(Duration.ofDays(day));
    clock.advanceTo(start.plus(Duration.ofHours(8)));
    consulta.consultations().applyScheduledMoves(manager);
    metrics.startDay();
    boolean open = day < scenario.openDays();
    if (open) {
      campaigns(day);
      clock.advanceTo(start.plus(Duration.ofHours(9)));
      IntList contributors = act(day, start);
      sessions(day, start, contributors);
      wordOfMouth(day, contributors);
    }
    if (scenario.isWorkingDay(day)) {
      clock.advanceTo(start.plus(Duration.ofHours(17)));
      moderate();
      if (open || scenario.institution().answerAfterClose()) {
        respond(day);
      }
    }
    if (scenario.institution().decisionDay().equals(java.util.OptionalInt.of(day))) {
      clock.advanceTo(start.plus(Duration.ofHours(18)));
      decide(day);
    }
    if (scenario.institution().reportDay().equals(java.util.OptionalInt.of(day))) {
      clock.advanceTo(start.plus(Duration.ofHours(19)));
      publishOutcome();
    }
    clock.advanceTo(start.plus(Duration.ofHours(23)));
    dueChecks(day);
    List<CommitmentState> states = commitments();
    return metrics.endDay(day, scenario.start().plusDays(day), moderationQueue(), ledger.responseBacklog(), participantOf, channelsUsed, states);
  }

  private void campaigns(int day) {
    for (Campaign campaign : scenario.campaigns()) {
      if (!campaign.runsOn(day)) {
        continue;
      }
      double[][] factor = metrics.factors(campaign.reachBy());
      for (int i = 0; i < pop.size; i++) {
        if (pop.aware(i) || (campaign.kind().onlineOnly() && !pop.online[i])) {
          continue;
        }
        double p = campaign.dailyReach();
        for (int d = 0; d < factor.length; d++) {
          p *= factor[d][pop.values[d][i]];
        }
        if (random.nextDouble() < p) {
          becomeAware(i, day);
        }
      }
    }
  }

  private void becomeAware(int i, int day) {
    if (!pop.aware(i)) {
      pop.touched[i] = day;
      metrics.aware(i);
    }
  }

  private double drive(int i, int day) {
    double interest = Math.pow(0.5, (day - pop.touched[i]) / behaviour.interestHalfLife());
    double trustFactor = 1 + behaviour.trustEffect() * (2 * pop.trust[i] - 1);
    return interest * trustFactor;
  }

  /** Online activity of aware residents with internet access; returns who contributed. */
  private IntList act(int day, Instant start) {
    IntList contributors = new IntList();
    int actions = 0;
    for (int i = 0; i < pop.size; i++) {
      if (!pop.aware(i) || !pop.online[i]) {
        continue;
      }
      double drive = drive(i, day) * pop.propensityOnline[i];
      if (random.nextDouble() < behaviour.contributeRate() * drive) {
        clock.advanceTo(start.plus(Duration.ofHours(9)).plusSeconds(Math.min(actions++, 8 * 3600)));
        if (contribute(i, day, Channel.ONLINE)) {
          contributors.add(i);
        }
      }
      if (random.nextDouble() < behaviour.reactRate() * drive) {
        clock.advanceTo(start.plus(Duration.ofHours(9)).plusSeconds(Math.min(actions++, 8 * 3600)));
        react(i);
      }
    }
    return contributors;
  }

  private void sessions(int day, Instant start, IntList contributors) {
    for (SessionPlan s : scenario.institution().sessions()) {
      if (s.day() != day) {
        continue;
      }
      clock.advanceTo(start.plus(Duration.ofHours(15)));
      IntList attendees = new IntList();
      for (int i = 0; i < pop.size; i++) {
        if (!pop.aware(i)) {
          continue;
        }
        double p = behaviour.sessionAttendance() * drive(i, day) * pop.propensityOffline[i]
            * (pop.online[i] ? behaviour.onlineAtSessions() : 1);
        if (random.nextDouble() < p) {
          attendees.add(i);
        }
      }
      int n = attendees.size();
      for (int k = 0; k < n && k < s.capacity(); k++) {
        int j = k + random.nextInt(n - k);
        int who = attendees.get(j);
        attendees.set(j, attendees.get(k));
        attendees.set(k, who);
        clock.advanceTo(clock.instant().plusSeconds(30));
        if (contribute(who, day, Channel.IN_PERSON)) {
          contributors.add(who);
        }
      }
    }
  }

  private void wordOfMouth(int day, IntList contributors) {
    for (int k = 0; k < contributors.size(); k++) {
      tell(contributors.get(k), day);
    }
  }

  /** Resident {@code who} tells {@code wordOfMouth} others on average, neighbours more likely. */
  private void tell(int who, int day) {
    double expected = behaviour.wordOfMouth();
    int contacts = (int) expected + (random.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
    for (int c = 0; c < contacts; c++) {
      int target;
      if (random.nextDouble() < behaviour.homophily()) {
        int[] group = pop.byFirst[pop.values[0][who]];
        target = group[random.nextInt(group.length)];
      } else {
        target = random.nextInt(pop.size);
      }
      becomeAware(target, day);
    }
  }

  private ParticipantId participant(int i) {
    ParticipantId id = participantOf[i];
    if (id == null) {
      NewParticipantBuilder registration = new NewParticipantBuilder().addConsents(ConsentKind.PROCESSING);
      if (random.nextDouble() < scenario.population().declarationRate()) {
        for (int d = 0; d < pop.dimensions.size(); d++) {
          registration.putDemographics(pop.dimensions.get(d).key(), pop.dimensions.get(d).options().get(pop.values[d][i]));
        }
      }
      id = consulta.participants().register(Actor.anonymous(TENANT), registration.build()).id();
      participantOf[i] = id;
      metrics.participant(i);
    }
    return id;
  }

  private boolean contribute(int i, int day, Channel channel) {
    ParticipantId author = participant(i);
    boolean reply = ledger.anyVisible() && random.nextDouble() < behaviour.replyShare();
    boolean problematic = random.nextDouble() < behaviour.problematicShare();
    NewContributionBuilder input = new NewContributionBuilder().consultation(consultation).channel(channel).language("en");
    Optional<Integer> parent = Optional.empty();
    if (reply) {
      parent = ledger.pickVisible(random);
    }
    if (parent.isPresent()) {
      input.kind(ContributionKind.COMMENT).parent(ledger.id(parent.get())).body("A reply from the simulation, number " + ledger.size() + ".");
    } else {
      boolean proposal = scenario.consultation().acceptedKinds().contains(ContributionKind.PROPOSAL)
          && random.nextDouble() < behaviour.proposalShare();
      input.kind(proposal ? ContributionKind.PROPOSAL : ContributionKind.IDEA)
          .body((proposal ? "A proposal" : "An idea") + " from the simulation, number " + ledger.size() + ".");
    }
    Actor actor = Actor.participant(TENANT, author);
    if (channel != Channel.ONLINE) {
      input.onBehalfOf(author);
      actor = sessionStaff;
    }
    Contribution c;
    try {
      c = consulta.contributions().submit(actor, input.build());
    } catch (ConsultaException e) {
      metrics.refused();
      return false;
    }
    int ordinal = ledger.add(c.id(), i, day, problematic, parent.isEmpty());
    if (c.state() == ContributionState.PUBLISHED) {
      ledger.publish(ordinal);
    }
    if (parent.isEmpty()) {
      scheduleDue(ordinal, c, day);
    }
    channelsUsed[i] |= (byte) (4 | (channel == Channel.ONLINE ? 1 : 2));
    metrics.contribution(i, channel);
    return true;
  }

  private void scheduleDue(int ordinal, Contribution c, int day) {
    boolean promised = promisedTime.isPresent() && inScope(c.kind());
    int due;
    if (promised) {
      Instant at = promisedTime.get().dueAfter(c.submittedAt(), calendar);
      due = (int) Math.max(day, Math.floorDiv(Duration.between(day0, at.minusNanos(1)).toSeconds(), 86_400L));
    } else {
      due = day + behaviour.patienceDays();
    }
    ledger.due(ordinal, due, promised);
  }

  private boolean inScope(ContributionKind kind) {
    if (promisedScope instanceof ResponseScope.OfKinds k) {
      return k.kinds().contains(kind);
    }
    return promisedScope instanceof ResponseScope.AllContributions;
  }

  private void react(int i) {
    for (int r = 0; r < behaviour.reactionsPerVisit(); r++) {
      Optional<Integer> target = ledger.pickVisible(random);
      if (target.isEmpty()) {
        return;
      }
      int ordinal = target.get();
      if (ledger.author(ordinal) == i) {
        continue;
      }
      boolean problematic = ledger.problematic(ordinal);
      double flag = problematic ? behaviour.flagRate() : behaviour.falseFlagRate();
      ParticipantId who = participant(i);
      try {
        if (random.nextDouble() < flag) {
          consulta.moderation().flag(Actor.participant(TENANT, who), NewFlag.of(ledger.id(ordinal), "offensive"));
          channelsUsed[i] |= 1;
          metrics.flag();
        } else {
          Support support = problematic || random.nextDouble() < 0.25 ? Support.OPPOSE : Support.SUPPORT;
          consulta.contributions().react(Actor.participant(TENANT, who), ReactionChange.of(ledger.id(ordinal), support));
          if (support == Support.SUPPORT) {
            ledger.supported(ordinal);
          }
          channelsUsed[i] |= 1;
          metrics.reaction();
        }
      } catch (ConsultaException e) {
        metrics.refused();
      }
    }
  }

  private void moderate() {
    QueueFilter filter = QueueFilter.all().withConsultation(consultation);
    for (int k = 0; k < scenario.institution().moderationPerDay(); k++) {
      Optional<ModerationCase> next = consulta.moderation().claimNext(moderator, ClaimRequest.of(filter));
      if (next.isEmpty()) {
        return;
      }
      ModerationCase mc = next.get();
      Optional<Integer> ordinal = ledger.ordinalOf(mc.contribution());
      boolean problematic = ordinal.isPresent() && ledger.problematic(ordinal.get());
      consulta.moderation().decide(moderator,
          problematic ? CaseDecision.of(mc.id(), DecisionAction.REJECT, "offensive") : CaseDecision.approve(mc.id()));
      ordinal.ifPresent(o -> {
        if (problematic) {
          ledger.reject(o);
        } else {
          ledger.publish(o);
        }
      });
      metrics.decided();
    }
  }

  /** The cases waiting in the engine's queue, counted page by page. */
  private int moderationQueue() {
    QueueFilter filter = QueueFilter.all().withConsultation(consultation);
    int count = 0;
    Page<ModerationCase> page = consulta.moderation().queue(moderator, filter, PageRequest.first(PageRequest.MAX_LIMIT));
    while (true) {
      count += page.items().size();
      if (page.next().isEmpty()) {
        return count;
      }
      page = consulta.moderation().queue(moderator, filter, PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
    }
  }

  private void respond(int day) {
    int capacity = scenario.institution().responsesPerDay();
    if (capacity == 0 || !ledger.anyWaiting()) {
      return;
    }
    int latest = day - scenario.institution().responseDelayDays();
    for (int ordinal : ledger.toAnswer(scenario.institution().order(), latest, capacity)) {
      clock.advanceTo(clock.instant().plusSeconds(20));
      try {
        consulta.outcomes().respond(responder,
            NewResponse.toContribution(ledger.id(ordinal), STATUSES[random.nextInt(STATUSES.length)], RATIONALE));
      } catch (ConsultaException e) {
        metrics.refused();
        continue;
      }
      ledger.answered(ordinal);
      int a = ledger.author(ordinal);
      heard(a, day);
      tell(a, day);
      metrics.answered();
    }
  }

  /** Resident {@code a}'s input was answered or shaped the decision: trust rises, interest is renewed. */
  private void heard(int a, int day) {
    pop.trust[a] = (float) Math.min(1, pop.trust[a] + behaviour.trustGainOnAnswer());
    pop.touched[a] = day;
  }

  /** Records the decision, linking the most supported visible contributions; their authors feel heard. */
  private void decide(int day) {
    List<Integer> linked = ledger.mostSupportedVisible(Institution.DECISION_LINKS);
    List<ContributionId> contributions = new ArrayList<>();
    linked.forEach(o -> contributions.add(ledger.id(o)));
    LocalizedText text = LocalizedText.of("en", "The city decided, informed by the consultation.");
    consulta.outcomes().recordDecision(manager, new NewDecision(consultation, LocalizedText.of("en", "The decision"), text,
        "Simulated decision.", Optional.empty(), scenario.start().plusDays(day), LocalizedText.of("en", "The most supported ideas shaped it."),
        InfluenceEffect.PARTLY_CHANGED, List.of(), contributions, Optional.empty()));
    for (int ordinal : linked) {
      heard(ledger.author(ordinal), day);
    }
  }

  /** Moves the consultation on to analysis and then to outcome published. */
  private void publishOutcome() {
    Phase phase = consulta.consultations().get(manager, consultation).phase();
    if (phase == Phase.CLOSED) {
      consulta.consultations().transition(manager, PhaseTransition.to(consultation, Phase.ANALYSIS));
    }
    consulta.consultations().transition(manager, PhaseTransition.to(consultation, Phase.OUTCOME_PUBLISHED));
  }

  private void dueChecks(int day) {
    IntList due = ledger.takeDue(day);
    for (int k = 0; k < due.size(); k++) {
      int ordinal = due.get(k);
      if (ledger.settled(ordinal)) {
        continue;
      }
      int a = ledger.author(ordinal);
      double loss = behaviour.trustLossOnSilence() + (ledger.promised(ordinal) ? behaviour.trustLossOnBreach() : 0);
      pop.trust[a] = (float) Math.max(0, pop.trust[a] - loss);
      metrics.overdue();
    }
  }

  private List<CommitmentState> commitments() {
    if (scenario.commitments().isEmpty()) {
      return List.of();
    }
    List<Evaluation> evaluations = consulta.expectations().evaluate(manager, consultation);
    List<CommitmentState> states = new ArrayList<>(evaluations.size());
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int k = 0; k < evaluations.size(); k++) {
      Evaluation e = evaluations.get(k);
      String kind = e.terms().kind().wireName();
      int n = seen.merge(kind, 1, Integer::sum);
      states.add(new CommitmentState(kind + "#" + n, e.status(), e.value(), e.target()));
      if (e.status() == CommitmentStatus.BREACHED && !(e.terms() instanceof CommitmentTerms.RespondWithin) && breachesFelt.add(k)) {
        publicBreach();
      }
    }
    return states;
  }

  /**
   * A commitment other than a response time (those are felt item by item) was breached: everyone
   * who contributed to the consultation loses {@code trustLossOnBreach}.
   */
  private void publicBreach() {
    float loss = (float) behaviour.trustLossOnBreach();
    for (int i = 0; i < pop.size; i++) {
      if ((channelsUsed[i] & 4) != 0) {
        pop.trust[i] = Math.max(0, pop.trust[i] - loss);
      }
    }
  }

  /** @return the UTC date of {@code instant} */
  static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
