package org.consulta.core.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.Fixtures;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.PageRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Counts and tallies under random command sequences equal what a simple model of the same
 * commands predicts, and the event log stays gap-free.
 */
class CountProperties {
  sealed interface Cmd {}

  record Submit(int author, ContributionKind kind, Channel channel) implements Cmd {}

  record React(int participant, int target, Optional<Support> support, Optional<Integer> stanceMillis) implements Cmd {}

  record Withdraw(int target) implements Cmd {}

  @Provide
  Arbitrary<List<Cmd>> commands() {
    Arbitrary<Cmd> submit = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.of(ContributionKind.IDEA, ContributionKind.PROPOSAL), Arbitraries.of(Channel.ONLINE, Channel.PAPER, Channel.PHONE))
        .as(Submit::new);
    Arbitrary<Cmd> react = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 30),
        Arbitraries.of(Support.class).optional(), Arbitraries.integers().between(-1000, 1000).optional()).as(React::new);
    Arbitrary<Cmd> withdraw = Arbitraries.integers().between(0, 30).map(Withdraw::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, submit), net.jqwik.api.Tuple.of(6, react), net.jqwik.api.Tuple.of(1, withdraw)).list().ofMaxSize(80);
  }

  @Property(tries = 150)
  void countsAndTalliesMatchAModelOfTheCommands(@ForAll("commands") List<Cmd> commands) {
    Fixtures f = new Fixtures();
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .supportRules(new SupportRules(OptionalInt.of(4), OptionalInt.empty(), true)).addChannels(Channel.PHONE).build()));
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(f.register());
    }
    List<Contribution> submitted = new ArrayList<>();
    Map<ContributionKind, Long> byKind = new EnumMap<>(ContributionKind.class);
    Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    Map<List<Object>, React> reactions = new HashMap<>();
    long withdrawn = 0;
    ContributionService service = f.consulta.contributions();

    for (Cmd cmd : commands) {
      f.advance(Duration.ofSeconds(1));
      if (cmd instanceof Submit s) {
        var draft = f.idea(c, "text").kind(s.kind()).channel(s.channel());
        Contribution x = s.channel() == Channel.ONLINE
            ? service.submit(f.actor(people.get(s.author())), draft.build())
            : service.submit(f.moderator, draft.onBehalfOf(people.get(s.author()).id()).build());
        submitted.add(x);
        byKind.merge(s.kind(), 1L, Long::sum);
        byChannel.merge(s.channel(), 1L, Long::sum);
      } else if (cmd instanceof React r && !submitted.isEmpty()) {
        Contribution target = submitted.get(r.target() % submitted.size());
        Participant who = people.get(r.participant());
        ReactionChange change = new ReactionChange(target.id(), r.support(), r.stanceMillis().map(m -> m / 1000.0), Optional.empty());
        try {
          service.react(f.actor(who), change);
          List<Object> key = List.of(target.id(), who.id());
          if (r.support().isEmpty() && r.stanceMillis().isEmpty()) {
            reactions.remove(key);
          } else {
            reactions.put(key, r);
          }
        } catch (ConsultaException refused) {
          // withdrawn targets (not found, or a conflict for their author) and reached support limits are refused
          assertThat(refused).isInstanceOfAny(org.consulta.core.error.NotFoundException.class, org.consulta.core.error.ConflictException.class);
        }
      } else if (cmd instanceof Withdraw w && !submitted.isEmpty()) {
        Contribution target = submitted.get(w.target() % submitted.size());
        Contribution current = service.get(f.moderator, target.id());
        if (current.state() != ContributionState.WITHDRAWN) {
          service.withdraw(f.admin, Withdrawal.of(target.id()));
          withdrawn++;
        }
      }
    }

    ContributionCounts counts = service.counts(f.visitor, c.id());
    assertThat(counts.total()).isEqualTo(submitted.size());
    assertThat(counts.byKind()).isEqualTo(byKind);
    assertThat(counts.byChannel()).isEqualTo(byChannel);
    assertThat(counts.of(ContributionState.WITHDRAWN)).isEqualTo(withdrawn);
    for (Contribution x : submitted) {
      List<React> on = reactions.entrySet().stream().filter(e -> e.getKey().get(0).equals(x.id())).map(Map.Entry::getValue).toList();
      ReactionTally tally = service.get(f.moderator, x.id()).tally();
      assertThat(tally.supports()).isEqualTo(on.stream().filter(r -> r.support().equals(Optional.of(Support.SUPPORT))).count());
      assertThat(tally.opposes()).isEqualTo(on.stream().filter(r -> r.support().equals(Optional.of(Support.OPPOSE))).count());
      assertThat(tally.stances()).isEqualTo(on.stream().filter(r -> r.stanceMillis().isPresent()).count());
      assertThat(tally.stanceSumMillis()).isEqualTo(on.stream().mapToLong(r -> r.stanceMillis().orElse(0)).sum());
    }
    assertThat(service.list(f.moderator, ContributionQuery.of(c.id()), PageRequest.first(1000)).items()).hasSize(submitted.size());
    List<Long> positions = f.consulta.events().read(f.system, 0, 1000).stream().map(e -> e.position()).toList();
    assertThat(positions).isEqualTo(java.util.stream.LongStream.rangeClosed(1, positions.size()).boxed().toList());
  }
}
