package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.outcome.NewResponse;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;

/**
 * The incremental evaluation (the ledger the engine keeps in step with every command) always
 * equals a from-scratch recomputation over the whole event log, for random sequences of
 * submissions, answers, theme answers, withdrawals and clock moves (forward, and now and then
 * back, which makes the in-memory ledger recount).
 */
class MonitoringProperties {
  sealed interface Cmd {}

  record Submit(int author, boolean proposal, boolean comment) implements Cmd {}

  record Answer(int target) implements Cmd {}

  record Join(int target, int theme) implements Cmd {}

  record AnswerTheme(int theme) implements Cmd {}

  record Withdraw(int target) implements Cmd {}

  record Advance(int minutes) implements Cmd {}

  @Provide
  Arbitrary<List<Cmd>> commands() {
    Arbitrary<Cmd> submit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.of(false, false, false, true)).as(Submit::new);
    Arbitrary<Cmd> answer = Arbitraries.integers().between(0, 40).map(Answer::new);
    Arbitrary<Cmd> join = Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 1)).as(Join::new);
    Arbitrary<Cmd> answerTheme = Arbitraries.integers().between(0, 1).map(AnswerTheme::new);
    Arbitrary<Cmd> withdraw = Arbitraries.integers().between(0, 40).map(Withdraw::new);
    Arbitrary<Cmd> advance = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 2_000)),
        Tuple.of(1, Arbitraries.integers().between(-600, -1))).map(Advance::new);
    return Arbitraries.frequencyOf(Tuple.of(5, submit), Tuple.of(3, answer), Tuple.of(2, join), Tuple.of(1, answerTheme), Tuple.of(1, withdraw),
        Tuple.of(5, advance)).list().ofMaxSize(60);
  }

  @Property(tries = 120)
  void theIncrementalTallyEqualsARecomputationFromTheEventLog(@ForAll("commands") List<Cmd> commands,
      @ForAll("hours") int hours, @ForAll("shares") double riskShare) {
    Fixtures f = new Fixtures();
    Actor responder = Actor.of(f.tenant, "staff-responder", Role.RESPONDER);
    Consultation c = f.consulta.consultations().create(f.manager, f.consultationDraft().build());
    ExpectationService expectations = f.consulta.expectations();
    List<Commitment> commitments = List.of(
        expectations.declare(f.manager, NewCommitment.of(c.id(), CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.hours(hours)))
            .withRiskShare(riskShare)),
        expectations.declare(f.manager, NewCommitment.of(c.id(),
            CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.PROPOSAL), TimeAllowance.workingDays(1 + hours % 3)))));
    f.open(c);
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(f.register());
    }
    List<Theme> themes = List.of(f.consulta.outcomes().createTheme(responder, NewTheme.of(c.id(), LocalizedText.of("en", "A"))),
        f.consulta.outcomes().createTheme(responder, NewTheme.of(c.id(), LocalizedText.of("en", "B"))));
    List<Contribution> submitted = new ArrayList<>();

    for (Cmd cmd : commands) {
      try {
        if (cmd instanceof Submit s) {
          var draft = f.idea(c, "text").kind(s.proposal() ? ContributionKind.PROPOSAL : ContributionKind.IDEA);
          if (s.comment() && !submitted.isEmpty()) {
            draft.kind(ContributionKind.COMMENT).parent(submitted.get(0).id());
          }
          submitted.add(f.consulta.contributions().submit(f.actor(people.get(s.author())), draft.build()));
        } else if (cmd instanceof Answer a && !submitted.isEmpty()) {
          f.consulta.outcomes().respond(responder, NewResponse.toContribution(submitted.get(a.target() % submitted.size()).id(),
              ResponseStatus.ACCEPTED, null));
        } else if (cmd instanceof Join j && !submitted.isEmpty()) {
          f.consulta.outcomes().addToTheme(responder, new ThemeMembers(themes.get(j.theme()).id(),
              List.of(submitted.get(j.target() % submitted.size()).id()), Optional.empty()));
        } else if (cmd instanceof AnswerTheme t) {
          f.consulta.outcomes().respond(responder, NewResponse.toTheme(themes.get(t.theme()).id(), ResponseStatus.ACCEPTED, null));
        } else if (cmd instanceof Withdraw w && !submitted.isEmpty()) {
          f.consulta.contributions().withdraw(f.admin, Withdrawal.of(submitted.get(w.target() % submitted.size()).id()));
        } else if (cmd instanceof Advance a) {
          f.advance(Duration.ofMinutes(a.minutes()));
        }
      } catch (ConsultaException refused) {
        // a second answer to the same target, a member added twice, a withdrawn target: refused, nothing changed
      }
      List<Evaluation> evaluated = expectations.evaluate(f.manager, c.id());
      List<RecordedEvent> log = f.consulta.events().read(f.system, 0, 1_000);
      assertThat(log).as("the whole log fits one read").hasSizeLessThan(1_000);
      for (int i = 0; i < commitments.size(); i++) {
        Commitment k = commitments.get(i);
        DeadlineTally incremental = (DeadlineTally) evaluated.get(i).evidence();
        DeadlineTally recomputed = recompute(k, log, f.clock.instant());
        assertThat(incremental).isEqualTo(recomputed);
        assertThat(evaluated.get(i).status()).isEqualTo(statusOf(recomputed));
      }
    }
  }

  @Provide
  Arbitrary<Integer> hours() {
    return Arbitraries.integers().between(1, 72);
  }

  @Provide
  Arbitrary<Double> shares() {
    return Arbitraries.of(0.5, 0.75, 0.9);
  }

  /** The same rules as the engine, from the tally: the consultation stays open in this property. */
  private static CommitmentStatus statusOf(DeadlineTally t) {
    if (t.late() + t.overdue() > 0) {
      return CommitmentStatus.BREACHED;
    }
    if (t.total() == 0) {
      return CommitmentStatus.PENDING;
    }
    return t.atRisk() > 0 ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
  }

  private record Item(UUID id, Instant start, Instant risk, Instant due) {}

  /** Replays the whole log into a fresh model of the commitment's items and counts them at {@code now}. */
  private static DeadlineTally recompute(Commitment k, List<RecordedEvent> log, Instant now) {
    CommitmentTerms.RespondWithin terms = (CommitmentTerms.RespondWithin) k.terms();
    Map<UUID, Item> open = new LinkedHashMap<>();
    Set<UUID> known = new HashSet<>();
    long onTime = 0;
    long late = 0;
    Map<ThemeId, Set<UUID>> members = new HashMap<>();
    Set<ThemeId> answered = new HashSet<>();
    List<UUID> settle = new ArrayList<>();
    for (RecordedEvent e : log) {
      settle.clear();
      ConsultaEvent event = e.event();
      if (event instanceof ConsultaEvent.ContributionSubmitted s && s.parent().isEmpty() && s.state() != ContributionState.REJECTED
          && (terms.scope() instanceof ResponseScope.AllContributions
              || ((ResponseScope.OfKinds) terms.scope()).kinds().contains(s.kind()))) {
        Instant due = terms.allowance().dueAfter(e.recordedAt(), WorkingCalendar.standard());
        UUID id = s.contribution().value();
        if (known.add(id)) {
          open.put(id, new Item(id, e.recordedAt(), TimeAllowance.riskAt(e.recordedAt(), due, k.riskShare()), due));
        }
      } else if (event instanceof OutcomeEvent.ResponseGiven r) {
        r.contribution().ifPresent(x -> settle.add(x.value()));
        r.theme().ifPresent(t -> {
          answered.add(t);
          settle.addAll(members.getOrDefault(t, Set.of()));
        });
      } else if (event instanceof OutcomeEvent.ThemeMembersChanged t) {
        Set<UUID> of = members.computeIfAbsent(t.theme(), x -> new HashSet<>());
        t.added().forEach(x -> of.add(x.value()));
        t.removed().forEach(x -> of.remove(x.value()));
        if (answered.contains(t.theme())) {
          t.added().forEach(x -> settle.add(x.value()));
        }
      } else if (event instanceof ConsultaEvent.ContributionWithdrawn w) {
        open.remove(w.contribution().value());
      }
      for (UUID id : settle) {
        Item item = open.remove(id);
        if (item != null) {
          if (e.recordedAt().isAfter(item.due())) {
            late++;
          } else {
            onTime++;
          }
        }
      }
    }
    List<Item> byDue = new ArrayList<>(open.values());
    Comparator<UUID> unsigned = org.consulta.core.value.SortKey.uuidOrder();
    byDue.sort(Comparator.comparing(Item::due).thenComparing(Item::id, unsigned));
    long overdue = byDue.stream().filter(i -> i.due().isBefore(now)).count();
    long riskPassed = byDue.stream().filter(i -> !i.risk().isAfter(now)).count();
    List<TrackedItem> examples = byDue.stream().filter(i -> i.due().isBefore(now)).limit(20)
        .map(i -> new TrackedItem(k.id(), TrackedItemKind.CONTRIBUTION, i.id(), i.start(), i.risk(), i.due())).toList();
    Optional<Instant> nextDue = byDue.stream().map(Item::due).filter(d -> !d.isBefore(now)).findFirst();
    return new DeadlineTally(now, onTime + late + open.size(), onTime, late, open.size(), riskPassed - overdue, overdue, examples, nextDue);
  }
}
