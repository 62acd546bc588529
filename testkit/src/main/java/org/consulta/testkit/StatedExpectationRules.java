package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.expectation.DeliveryFacts;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.Fulfilment;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.expectation.TrackRecordVisibility;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.Theme;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules of the participants' side of {@link org.consulta.core.expectation.ExpectationRepository}:
 * stated expectations and ratings, what was delivered to whom ({@code deliveryFacts}), digests
 * heard, and the tenant's reference population and track-record visibility.
 */
abstract class StatedExpectationRules extends ExpectationRuleSupport {
  StatedExpectationRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  private StatedExpectation stated(Participant p, Consultation c, ExpectationKind kind) {
    return new StatedExpectation(p.id(), c.id(), kind, Channel.ONLINE, samples.nextInstant(), Optional.empty(), OptionalInt.empty(), Optional.empty());
  }

  private Participant person(String district) {
    Participant p = samples.participant(a).demographics(Map.of("district", district)).build();
    useA(uow -> uow.participants().insert(p));
    return p;
  }

  private Contribution by(Participant p, Consultation c) {
    return inserted(samples.contribution(c).author(p.id()).build());
  }

  private static Decision withEffect(Decision d, InfluenceEffect effect) {
    return new Decision(d.id(), d.tenant(), d.consultation(), d.version(), d.title(), d.text(), d.body(), d.meeting(), d.decidedOn(), d.influence(),
        effect, d.themes(), d.contributions(), d.recordedBy(), d.createdAt(), d.updatedAt());
  }

  private List<StatedExpectation> statedA(Consultation c, Participant p) {
    return expA(x -> x.stated(c.id(), p.id()));
  }

  private List<DeliveryFacts> factsA(Consultation c, Optional<ParticipantId> after, int limit) {
    return expA(x -> x.deliveryFacts(c.id(), after, limit));
  }

  private Optional<ReferencePopulation> referenceA() {
    return expA(x -> x.reference());
  }

  private TrackRecordVisibility visibilityA() {
    return expA(x -> x.trackRecordVisibility());
  }

  private Map<ParticipantId, DeliveryFacts> facts(Consultation c) {
    Map<ParticipantId, DeliveryFacts> out = new LinkedHashMap<>();
    expA(x -> x.deliveryFacts(c.id(), Optional.empty(), 100)).forEach(f -> out.put(f.participant(), f));
    return out;
  }

  @Test
  @DisplayName("saveStated keeps one statement per participant, consultation and kind (a rating replaces it); stated lists them in kind order")
  void statementsUpsertByKind() {
    Consultation c = consultation();
    Participant p = person("north");
    StatedExpectation outcome = stated(p, c, ExpectationKind.OUTCOME);
    StatedExpectation answer = stated(p, c, ExpectationKind.ANSWER);
    withA(x -> {
      x.saveStated(outcome);
      x.saveStated(answer);
    });
    StatedExpectation rated = answer.rated(Fulfilment.PARTLY, 3, samples.nextInstant());
    withA(x -> x.saveStated(rated));
    assertThat(statedA(c, p)).containsExactly(rated, outcome);
    assertThat(statedA(consultation(), p)).isEmpty();
  }

  @Test
  @DisplayName("deliveryFacts measures read, answered, influenced and heard from the consultation's records, per participant who stated anything")
  void deliveryFactsFromTheRecords() {
    Consultation c = consultation();
    Participant answeredOwn = person("north");
    Participant answeredByTheme = person("south");
    Participant inThemeOnly = person("north");
    Participant influenced = person("south");
    Participant notChanged = person("north");
    Participant elsewhere = person("south");
    List<Participant> all = List.of(answeredOwn, answeredByTheme, inThemeOnly, influenced, notChanged, elsewhere);
    withA(x -> all.forEach(p -> x.saveStated(stated(p, c, ExpectationKind.ANSWER))));
    Contribution own = by(answeredOwn, c);
    useA(uow -> uow.outcomes().insertResponse(samples.response(own, samples.nextInstant())));
    Theme answeredTheme = theme(c);
    add(answeredTheme, by(answeredByTheme, c));
    useA(uow -> uow.outcomes().insertResponse(samples.response(answeredTheme, samples.nextInstant())));
    Theme quiet = theme(c);
    add(quiet, by(inThemeOnly, c));
    Theme shaping = theme(c);
    add(shaping, by(influenced, c));
    useA(uow -> uow.outcomes().insertDecision(samples.decision(c, List.of(shaping.id()), List.of())));
    Contribution unchanged = by(notChanged, c);
    useA(uow -> uow.outcomes().insertDecision(withEffect(samples.decision(c, List.of(), List.of(unchanged.id())), InfluenceEffect.NOT_CHANGED)));
    Consultation other = consultation();
    Contribution away = by(elsewhere, other);
    useA(uow -> uow.outcomes().insertResponse(samples.response(away, samples.nextInstant())));
    withA(x -> x.markHeard(c.id(), influenced.id(), samples.nextInstant()));
    withA(x -> x.markHeard(c.id(), influenced.id(), samples.nextInstant()));

    Map<ParticipantId, DeliveryFacts> facts = facts(c);
    assertThat(facts).hasSize(6);
    assertThat(facts.get(answeredOwn.id())).satisfies(f -> assertThat(List.of(f.read(), f.answered(), f.influenced(), f.heard()))
        .containsExactly(true, true, false, false));
    assertThat(facts.get(answeredByTheme.id()).answered()).isTrue();
    assertThat(facts.get(inThemeOnly.id())).satisfies(f -> assertThat(List.of(f.read(), f.answered())).containsExactly(true, false));
    assertThat(facts.get(influenced.id())).satisfies(f -> assertThat(List.of(f.read(), f.answered(), f.influenced(), f.heard()))
        .containsExactly(true, false, true, true));
    assertThat(facts.get(notChanged.id())).satisfies(f -> assertThat(List.of(f.read(), f.influenced())).containsExactly(true, false));
    assertThat(facts.get(elsewhere.id())).as("input to another consultation does not count")
        .satisfies(f -> assertThat(List.of(f.read(), f.answered(), f.influenced(), f.heard())).containsExactly(false, false, false, false));
    assertThat(facts.get(influenced.id()).declared()).containsEntry("district", "south");
    assertThat(facts.get(influenced.id()).stated()).extracting(StatedExpectation::kind).containsExactly(ExpectationKind.ANSWER);
  }

  @Test
  @DisplayName("deliveryFacts pages by participant id as an unsigned number, after the last one of the previous page")
  void deliveryFactsPages() {
    Consultation c = consultation();
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person("north"));
    }
    withA(x -> people.forEach(p -> x.saveStated(stated(p, c, ExpectationKind.READ))));
    List<ParticipantId> ordered = people.stream().map(Participant::id).sorted(Comparator.comparing(ParticipantId::value, SortKey.uuidOrder())).toList();
    List<DeliveryFacts> first = factsA(c, Optional.empty(), 2);
    List<DeliveryFacts> rest = factsA(c, Optional.of(first.get(1).participant()), 10);
    assertThat(first).extracting(DeliveryFacts::participant).containsExactlyElementsOf(ordered.subList(0, 2));
    assertThat(rest).extracting(DeliveryFacts::participant).containsExactlyElementsOf(ordered.subList(2, 5));
  }

  @Test
  @DisplayName("the reference population and the track record's visibility are absent or public until saved, and a save replaces them")
  void settingsRoundTrip() {
    assertThat(referenceA()).isEmpty();
    assertThat(visibilityA()).isEqualTo(TrackRecordVisibility.PUBLIC);
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("south", 0.4);
    shares.put("north", 0.6);
    ReferencePopulation census = ReferencePopulation.of("district", shares).withSource("Census");
    withA(x -> {
      x.saveReference(ReferencePopulation.of("district", Map.of("north", 1.0)));
      x.saveReference(census);
      x.saveTrackRecordVisibility(TrackRecordVisibility.INTERNAL);
    });
    assertThat(referenceA()).contains(census);
    assertThat(visibilityA()).isEqualTo(TrackRecordVisibility.INTERNAL);
  }

  @Test
  @DisplayName("another tenant sees none of this tenant's statements, facts, heard digests or settings")
  void isolatedByTenant() {
    Consultation c = consultation();
    Participant p = person("north");
    withA(x -> {
      x.saveStated(stated(p, c, ExpectationKind.ANSWER));
      x.markHeard(c.id(), p.id(), samples.nextInstant());
      x.saveReference(ReferencePopulation.of("district", Map.of("north", 1.0)));
      x.saveTrackRecordVisibility(TrackRecordVisibility.INTERNAL);
    });
    useB(uow -> {
      assertThat(uow.expectations().stated(c.id(), p.id())).isEmpty();
      assertThat(uow.expectations().deliveryFacts(c.id(), Optional.empty(), 10)).isEmpty();
      assertThat(uow.expectations().reference()).isEmpty();
      assertThat(uow.expectations().trackRecordVisibility()).isEqualTo(TrackRecordVisibility.PUBLIC);
    });
  }

  @Test
  @DisplayName("a rolled-back unit of work leaves no trace of its statements, heard digests or settings")
  void rollbackLeavesNoTrace() {
    Consultation c = consultation();
    Participant p = person("north");
    assertThatThrownBy(() -> useA(uow -> {
      uow.expectations().saveStated(stated(p, c, ExpectationKind.ANSWER));
      uow.expectations().markHeard(c.id(), p.id(), samples.nextInstant());
      uow.expectations().saveReference(ReferencePopulation.of("district", Map.of("north", 1.0)));
      uow.expectations().saveTrackRecordVisibility(TrackRecordVisibility.INTERNAL);
      throw new Boom();
    })).isInstanceOf(Boom.class);
    assertThat(statedA(c, p)).isEmpty();
    assertThat(factsA(c, Optional.empty(), 10)).isEmpty();
    assertThat(referenceA()).isEmpty();
    assertThat(visibilityA()).isEqualTo(TrackRecordVisibility.PUBLIC);
  }
}
