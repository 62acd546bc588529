package org.consulta.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.Fixtures;
import org.consulta.core.error.ConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The phase machine under random sequences of manual moves and clock advances. */
class PhaseMachineProperties {

  /** One step: either ask for a phase by hand or let time pass. */
  record Step(Optional<Phase> target, Duration pause) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> move = Arbitraries.of(Phase.class).map(p -> new Step(Optional.of(p), Duration.ZERO));
    Arbitrary<Step> pause = Arbitraries.integers().between(1, 20).map(days -> new Step(Optional.empty(), Duration.ofDays(days)));
    return Arbitraries.oneOf(move, pause).list().ofMaxSize(25);
  }

  @Property(tries = 200)
  void onlyLegalMovesEverHappenAndRefusedOnesChangeNothing(
      @ForAll("steps") List<Step> steps, @ForAll("offsets") Optional<Duration> opensIn, @ForAll("offsets") Optional<Duration> closesAfter) {
    Fixtures f = new Fixtures();
    Optional<Instant> opensAt = opensIn.map(Fixtures.START::plus);
    Optional<Instant> closesAt = closesAfter.map(d -> opensAt.orElse(Fixtures.START).plus(d));
    Consultation c = f.consulta.consultations().create(f.manager, f.consultationDraft()
        .schedule(new PhaseSchedule(opensAt, closesAt, Optional.empty(), Optional.empty())).build());

    for (Step step : steps) {
      if (step.target().isPresent()) {
        Consultation before = f.consulta.consultations().get(f.manager, c.id());
        long position = f.lastPosition();
        try {
          Consultation after = f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), step.target().get()));
          assertThat(before.phase().canMoveTo(step.target().get())).isTrue();
          assertThat(after.phase()).isEqualTo(step.target().get());
          assertThat(after.version()).isEqualTo(before.version() + 1);
        } catch (ConflictException refused) {
          assertThat(f.consulta.consultations().get(f.manager, c.id())).isEqualTo(before);
          assertThat(f.lastPosition()).isEqualTo(position);
        }
      } else {
        f.advance(step.pause());
      }
      Consultation now = f.consulta.consultations().get(f.manager, c.id());
      assertThat(now.dueMoves(f.clock.instant())).isEmpty();
    }

    Consultation end = f.consulta.consultations().get(f.manager, c.id());
    Phase phase = Phase.DRAFT;
    for (PhaseChange change : end.history()) {
      assertThat(change.from()).isEqualTo(phase);
      assertThat(phase.canMoveTo(change.to())).as("%s -> %s", phase, change.to()).isTrue();
      phase = change.to();
    }
    assertThat(phase).isEqualTo(end.phase());
    List<ConsultaEvent.PhaseChanged> events = f.consulta.events().read(f.system, 0, 1000).stream().map(RecordedEvent::event)
        .filter(ConsultaEvent.PhaseChanged.class::isInstance).map(ConsultaEvent.PhaseChanged.class::cast).toList();
    assertThat(events).extracting(ConsultaEvent.PhaseChanged::to).containsExactlyElementsOf(end.history().stream().map(PhaseChange::to).toList());
    assertThat(events).extracting(ConsultaEvent.PhaseChanged::scheduled)
        .containsExactlyElementsOf(end.history().stream().map(PhaseChange::scheduled).toList());
  }

  @Provide
  Arbitrary<Optional<Duration>> offsets() {
    return Arbitraries.integers().between(1, 40).map(Duration::ofDays).optional();
  }

  @Property(tries = 100)
  void scheduledMovesNeverSkipAPhase(@ForAll("offsetPairs") List<Integer> days) {
    Fixtures f = new Fixtures();
    Instant opens = Fixtures.START.plus(Duration.ofDays(days.get(0)));
    Instant closes = opens.plus(Duration.ofDays(days.get(1)));
    Consultation c = f.consulta.consultations().create(f.manager, f.consultationDraft().schedule(PhaseSchedule.of(opens, closes)).build());
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), Phase.SCHEDULED));
    f.advance(Duration.ofDays(days.get(2)));

    Consultation now = f.consulta.consultations().get(f.manager, c.id());
    Instant t = f.clock.instant();
    Phase expected = t.isBefore(opens) ? Phase.SCHEDULED : t.isBefore(closes) ? Phase.OPEN : Phase.CLOSED;
    assertThat(now.phase()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Integer>> offsetPairs() {
    return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 90))
        .as(List::of);
  }
}
