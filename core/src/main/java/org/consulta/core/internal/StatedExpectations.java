package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ExpectationEvent;
import org.consulta.core.expectation.DeliveryFacts;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.ExpectationRating;
import org.consulta.core.expectation.Fulfilment;
import org.consulta.core.expectation.GapCounts;
import org.consulta.core.expectation.GapLine;
import org.consulta.core.expectation.GapReport;
import org.consulta.core.expectation.NewExpectations;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.ParticipantId;

/** Participants' own expectations, their ratings and the gap report, for {@link Expectations}. */
final class StatedExpectations {
  private static final int PAGE = 1_000;

  private final Engine engine;

  StatedExpectations(Engine engine) {
    this.engine = engine;
  }

  List<StatedExpectation> expect(Actor actor, NewExpectations cmd) {
    return engine.command(actor, cmd, tx -> {
      Consultation c = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      v.check(!cmd.kinds().isEmpty(), "kinds", "name at least one expectation");
      ParticipantId who = who(tx, v, cmd.onBehalfOf(), cmd.channel());
      v.throwIfAny();
      if (c.phase().compareTo(Phase.OPEN) > 0) {
        throw new IllegalTransitionException("consultation " + c.id() + " is closed: expectations are stated while it is open", c.phase(), c.phase());
      }
      Channel channel = cmd.channel().orElse(Channel.ONLINE);
      List<StatedExpectation> before = tx.uow.expectations().stated(c.id(), who);
      java.util.Set<ExpectationKind> added = java.util.EnumSet.noneOf(ExpectationKind.class);
      for (ExpectationKind kind : cmd.kinds()) {
        if (before.stream().noneMatch(s -> s.kind() == kind)) {
          tx.uow.expectations().saveStated(new StatedExpectation(who, c.id(), kind, channel, tx.now, Optional.empty(), OptionalInt.empty(),
              Optional.empty()));
          added.add(kind);
        }
      }
      if (!added.isEmpty()) {
        tx.record(new ExpectationEvent.ExpectationsStated(who, c.id(), added, channel));
      }
      return tx.uow.expectations().stated(c.id(), who);
    });
  }

  /** The participant a statement or rating is for: the actor, or whom staff record it for (offline). */
  private static ParticipantId who(Tx tx, Violations v, Optional<ParticipantId> onBehalfOf, Optional<Channel> channel) {
    if (onBehalfOf.isPresent()) {
      tx.require(Operation.RECORD_OFFLINE_CONTRIBUTION, AccessTarget.tenantWide());
      channel.ifPresent(ch -> v.check(ch != Channel.ONLINE, "channel", "staff record offline statements: in person, paper or phone"));
      if (tx.uow.participants().find(onBehalfOf.get()).isEmpty()) {
        throw new NotFoundException("participant", onBehalfOf.get());
      }
      return onBehalfOf.get();
    }
    channel.ifPresent(ch -> v.check(false, "channel", "only staff recording for a participant (onBehalfOf) give a channel"));
    if (!tx.actor.has(Role.PARTICIPANT)) {
      throw new AccessDeniedException(tx.actor.subject() + " is not a participant: staff record expectations with onBehalfOf");
    }
    return ParticipantId.parse(tx.actor.subject());
  }

  StatedExpectation rate(Actor actor, ExpectationRating cmd) {
    return engine.command(actor, cmd, tx -> {
      Consultation c = Consultations.readable(tx, cmd.consultation());
      Violations v = new Violations();
      v.check(cmd.score() >= 1 && cmd.score() <= 5, "score", "must be 1..5");
      ParticipantId who = who(tx, v, cmd.onBehalfOf(), Optional.empty());
      Optional<StatedExpectation> stated = tx.uow.expectations().stated(c.id(), who).stream().filter(s -> s.kind() == cmd.kind()).findFirst();
      v.check(stated.isPresent(), "kind", "the participant did not state this expectation");
      v.throwIfAny();
      StatedExpectation rated = stated.get().rated(cmd.fulfilment(), cmd.score(), tx.now);
      tx.uow.expectations().saveStated(rated);
      tx.record(new ExpectationEvent.ExpectationRated(who, c.id(), cmd.kind(), cmd.fulfilment(), cmd.score()));
      return rated;
    });
  }

  List<StatedExpectation> stated(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      if (!tx.actor.has(Role.PARTICIPANT)) {
        return List.<StatedExpectation>of();
      }
      return tx.uow.expectations().stated(consultation, ParticipantId.parse(tx.actor.subject()));
    });
  }

  GapReport gapReport(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> gap(tx, Consultations.readable(tx, consultation).id()));
  }

  /** Folds the store's delivery facts, a page at a time, into the counts of every slice. */
  static GapReport gap(Tx tx, ConsultationId consultation) {
    List<String> dimensions = tx.uow.participants().demographicSchema().map(s -> s.dimensions().stream().map(DemographicDimension::key).toList())
        .orElse(List.of());
    Map<ExpectationKind, Tally> all = new EnumMap<>(ExpectationKind.class);
    Map<ExpectationKind, Map<Channel, Tally>> byChannel = new EnumMap<>(ExpectationKind.class);
    Map<ExpectationKind, Map<String, Map<String, Tally>>> byGroup = new EnumMap<>(ExpectationKind.class);
    long participants = 0;
    Optional<ParticipantId> after = Optional.empty();
    while (true) {
      List<DeliveryFacts> page = tx.uow.expectations().deliveryFacts(consultation, after, PAGE);
      for (DeliveryFacts f : page) {
        participants++;
        for (StatedExpectation s : f.stated()) {
          boolean delivered = f.delivered(s.kind());
          all.computeIfAbsent(s.kind(), k -> new Tally()).add(s, delivered);
          byChannel.computeIfAbsent(s.kind(), k -> new EnumMap<>(Channel.class)).computeIfAbsent(s.channel(), k -> new Tally()).add(s, delivered);
          for (String d : dimensions) {
            byGroup.computeIfAbsent(s.kind(), k -> new HashMap<>()).computeIfAbsent(d, k -> new HashMap<>())
                .computeIfAbsent(f.declared().getOrDefault(d, GapLine.UNDECLARED), k -> new Tally()).add(s, delivered);
          }
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).participant());
    }
    // outside staff, a channel or group of fewer than GapReport.MIN_CELL people is left out: its ratings could name them
    int min = tx.actor.isStaff() ? 1 : GapReport.MIN_CELL;
    List<GapLine> lines = new ArrayList<>();
    for (ExpectationKind kind : ExpectationKind.values()) {
      Map<Channel, GapCounts> channels = new EnumMap<>(Channel.class);
      byChannel.getOrDefault(kind, Map.of()).forEach((ch, t) -> {
        if (t.expected >= min) {
          channels.put(ch, t.counts());
        }
      });
      Map<String, Map<String, GapCounts>> groups = new HashMap<>();
      byGroup.getOrDefault(kind, Map.of()).forEach((d, values) -> {
        Map<String, GapCounts> out = new HashMap<>();
        values.forEach((value, t) -> {
          if (t.expected >= min) {
            out.put(value, t.counts());
          }
        });
        groups.put(d, out);
      });
      lines.add(new GapLine(kind, all.getOrDefault(kind, new Tally()).counts(), channels, groups));
    }
    return new GapReport(consultation, tx.now, participants, lines);
  }

  /** Running counts of one slice. */
  private static final class Tally {
    long expected;
    long delivered;
    long rated;
    long yes;
    long partly;
    long no;
    long scoreSum;

    void add(StatedExpectation s, boolean wasDelivered) {
      expected++;
      if (wasDelivered) {
        delivered++;
      }
      if (s.fulfilment().isPresent()) {
        rated++;
        Fulfilment f = s.fulfilment().get();
        if (f == Fulfilment.YES) {
          yes++;
        } else if (f == Fulfilment.PARTLY) {
          partly++;
        } else {
          no++;
        }
        scoreSum += s.score().orElse(0);
      }
    }

    GapCounts counts() {
      return new GapCounts(expected, delivered, rated, yes, partly, no, rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / rated));
    }
  }
}
