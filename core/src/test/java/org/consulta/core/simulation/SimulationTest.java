package org.consulta.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a simulation on the real engine")
class SimulationTest {
  /** A small town: enough residents for clear effects, small enough to run in a fraction of a second. */
  private static Scenario.Builder town() {
    return Scenario.builder().name("town").residents(4_000).days(40).openDays(30)
        .campaign(Campaign.of("posters", CampaignKind.POSTERS, 2, 8, 0.04));
  }

  private static String csv(SimulationResult r) {
    StringBuilder out = new StringBuilder();
    SimulationCsv.timeSeries(r.days(), out);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameResultBitForBit() {
    Scenario s = town().moderationMode(ModerationMode.POST)
        .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)))
        .institution(i -> i.withSession(4, 30)).build();

    SimulationResult a = Simulation.run(s, 11);
    SimulationResult b = Simulation.run(s, 11);
    SimulationResult c = Simulation.run(s, 12);

    assertThat(a).isEqualTo(b);
    assertThat(csv(a)).isEqualTo(csv(b));
    assertThat(a.last().metric("contributions.total")).isPositive();
    assertThat(csv(c)).isNotEqualTo(csv(a));
  }

  @Test
  void everyDayHasTheSameMetricsInTheSameOrder() {
    SimulationResult r = Simulation.run(town().days(10).openDays(10).build());

    assertThat(r.days()).hasSize(10).extracting(DayRecord::day).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(r.days()).allSatisfy(d -> assertThat(List.copyOf(d.metrics().keySet())).isEqualTo(List.copyOf(r.last().metrics().keySet())));
    assertThat(r.last().metrics()).containsKeys("aware", "participants", "participants.online", "participants.in_person",
        "contributions.district.north", "representation.age_band.distance", "backlog.moderation", "backlog.responses", "trust.mean");
    assertThat(r.series("contributions.total")).isSorted();
    assertThat(r.last().metric("participants.online")).isEqualTo(r.last().metric("participants")).isPositive();
    assertThat(r.last().metric("contributors")).isLessThanOrEqualTo(r.last().metric("participants")).isPositive();
    assertThatThrownBy(() -> r.last().metric("nonsense")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
  }

  @Test
  void aTargetedCampaignRaisesAwarenessInItsTargetGroup() {
    Scenario without = town().campaigns(List.of()).behaviour(b -> b.withWordOfMouth(0)).days(12).openDays(12).build();
    Scenario with = without.toBuilder()
        .campaign(Campaign.of("posters in the north", CampaignKind.POSTERS, 3, 9, 0.02).withReach("district", "north", 5.0)).build();

    DayRecord before = Simulation.run(without, 3).last();
    DayRecord after = Simulation.run(with, 3).last();

    assertThat(after.metric("aware.district.north")).isGreaterThan(before.metric("aware.district.north") + 0.3);
    assertThat(after.metric("aware.district.north")).isGreaterThan(2 * after.metric("aware.district.south"));
    assertThat(after.metric("participants.district.north")).isGreaterThan(before.metric("participants.district.north"));
  }

  @Test
  void anOnlineOnlyCampaignReachesNoOneWithoutInternet() {
    Scenario s = town().campaigns(List.of(Campaign.of("social", CampaignKind.SOCIAL_MEDIA, 0, 5, 0.5)))
        .population(p -> p.withInternetAccess(0.5)).behaviour(b -> b.withWordOfMouth(0).withInitialAwareness(0)).days(6).openDays(6)
        .build();

    DayRecord last = Simulation.run(s, 5).last();

    assertThat(last.metric("aware.share")).isBetween(0.4, 0.52);
    assertThat(last.metric("participants.without_internet")).isZero();
  }

  @Test
  void unansweredInputLowersTrustAndAnsweredInputRaisesIt() {
    Scenario answered = town().behaviour(b -> b.withPatienceDays(7)).institution(i -> i.withResponsesPerDay(500).withResponseDelayDays(1))
        .build();
    Scenario ignored = answered.toBuilder().institution(i -> i.withResponsesPerDay(0)).build();

    SimulationResult yes = Simulation.run(answered, 8);
    SimulationResult no = Simulation.run(ignored, 8);

    double initial = yes.days().get(0).metric("trust.mean");
    assertThat(no.last().metric("answered")).isZero();
    assertThat(no.last().metric("overdue")).isPositive();
    assertThat(no.last().metric("trust.contributors")).isLessThan(yes.last().metric("trust.contributors") - 0.05);
    assertThat(no.last().metric("trust.mean")).isLessThan(initial);
    assertThat(yes.last().metric("trust.mean")).isGreaterThan(initial);
  }

  @Test
  void closingTheLoopSustainsParticipationInsteadOfAnEarlyPeak() {
    Scenario answered = town().residents(10_000).days(45).openDays(45).institution(i -> i.withResponsesPerDay(500).withResponseDelayDays(1))
        .build();
    Scenario ignored = answered.toBuilder().institution(i -> i.withResponsesPerDay(0)).build();

    SimulationResult yes = Simulation.run(answered, 21);
    SimulationResult no = Simulation.run(ignored, 21);

    assertThat(activity(yes, 25, 45)).isGreaterThan(1.2 * activity(no, 25, 45));
    assertThat(activity(yes, 25, 45) / activity(yes, 0, 25)).isGreaterThan(activity(no, 25, 45) / activity(no, 0, 25));
  }

  private static double activity(SimulationResult r, int from, int to) {
    double sum = 0;
    for (DayRecord d : r.days().subList(from, to)) {
      sum += d.metric("contributions") + d.metric("reactions");
    }
    return sum;
  }

  @Test
  void offlineSessionsBringInResidentsWithoutInternet() {
    Scenario without = town().population(p -> p.withInternetAccess(0.6)).build();
    Scenario with = without.toBuilder().institution(i -> i.withSession(5, 60).withSession(12, 60)).build();

    DayRecord none = Simulation.run(without, 4).last();
    DayRecord sessions = Simulation.run(with, 4).last();

    assertThat(none.metric("participants.without_internet")).isZero();
    assertThat(none.metric("contributions.in_person")).isZero();
    assertThat(sessions.metric("participants.without_internet")).isPositive();
    assertThat(sessions.metric("participants.in_person")).isGreaterThan(sessions.metric("participants.without_internet") - 1)
        .isLessThanOrEqualTo(120);
  }

  @Test
  void preModerationHoldsContributionsUntilModeratorsGetToThem() {
    Scenario pre = town().moderationMode(ModerationMode.PRE).institution(i -> i.withModerationPerDay(1)).build();
    Scenario reactive = pre.toBuilder().moderationMode(ModerationMode.REACTIVE).build();

    DayRecord held = Simulation.run(pre, 6).days().get(29);
    DayRecord flagged = Simulation.run(reactive, 6).days().get(29);

    assertThat(held.metric("backlog.moderation")).isGreaterThan(20);
    assertThat(flagged.metric("backlog.moderation")).isLessThan(5);
    assertThat(held.metric("answered")).isLessThan(flagged.metric("answered"));
    assertThat(held.metric("reactions")).isLessThanOrEqualTo(flagged.metric("reactions"));
  }

  @Test
  void aPromiseWithoutStaffToKeepItIsBreachedAndOneWithStaffIsKept() {
    Scenario kept = town().commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)))
        .institution(i -> i.withResponsesPerDay(500).withResponseDelayDays(1)).build();
    Scenario broken = kept.toBuilder().institution(i -> i.withResponsesPerDay(0)).build();

    DayRecord good = Simulation.run(kept, 2).last();
    DayRecord bad = Simulation.run(broken, 2).last();

    assertThat(good.commitments()).singleElement().satisfies(c -> {
      assertThat(c.label()).isEqualTo("respond_within#1");
      assertThat(c.status()).isIn(CommitmentStatus.MET, CommitmentStatus.ON_TRACK);
    });
    assertThat(bad.commitments()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentStatus.BREACHED));
    assertThat(bad.metric("trust.contributors")).isLessThan(good.metric("trust.contributors"));
  }

  @Test
  void aBreachedPublicPromiseCostsEveryContributorTrust() {
    Scenario plain = town().build();
    Scenario promised = plain.toBuilder().commitment(CommitmentTerms.decideBy(plain.start().plusDays(20))).build();

    SimulationResult kept = Simulation.run(plain, 5);
    SimulationResult broken = Simulation.run(promised, 5);

    assertThat(broken.days().get(19).commitments()).singleElement().satisfies(c -> assertThat(c.status()).isNotEqualTo(CommitmentStatus.BREACHED));
    assertThat(broken.last().commitments()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentStatus.BREACHED));
    assertThat(broken.days().get(19).metric("trust.contributors")).isEqualTo(kept.days().get(19).metric("trust.contributors"));
    assertThat(broken.last().metric("trust.contributors")).isLessThan(kept.last().metric("trust.contributors") - 0.03);
  }

  @Test
  void aDecisionAndAReportOnTimeKeepThoseCommitments() {
    Scenario plain = town().build();
    Scenario s = plain.toBuilder().commitment(CommitmentTerms.decideBy(plain.start().plusDays(35)))
        .commitment(CommitmentTerms.publishReportBy(plain.start().plusDays(38)))
        .institution(i -> i.withDecisionOn(32).withReportOn(34)).build();

    SimulationResult r = Simulation.run(s, 5);

    assertThat(r.last().commitments()).extracting(CommitmentState::label, CommitmentState::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("decide_by#1", CommitmentStatus.MET),
        org.assertj.core.groups.Tuple.tuple("publish_report_by#1", CommitmentStatus.MET));
    assertThat(r.days().get(31).commitments()).extracting(CommitmentState::status).doesNotContain(CommitmentStatus.MET);
    assertThat(r.days().get(32).metric("trust.contributors")).isGreaterThan(r.days().get(31).metric("trust.contributors"));
  }

  @Test
  void theDecisionAndReportMustComeAfterClosing() {
    assertThatThrownBy(() -> town().institution(i -> i.withDecisionOn(5).withReportOn(3)).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactly("institution.decisionDay", "institution.reportDay"));
  }

  @Test
  void representationMeasuresTheDistanceToTheCensus() {
    Scenario skewed = town().population(p -> p.withPropensity("age_band", "65_plus", ChannelFactors.both(4))
        .withPropensity("age_band", "16-29", ChannelFactors.both(0.25))).build();

    DayRecord even = Simulation.run(town().build(), 9).last();
    DayRecord skew = Simulation.run(skewed, 9).last();

    assertThat(skew.metric("representation.age_band.65_plus")).isGreaterThan(0.4);
    assertThat(skew.metric("representation.age_band.distance")).isGreaterThan(even.metric("representation.age_band.distance") + 0.15);
    double shares = 0;
    for (String band : List.of("16-29", "30-44", "45-64", "65_plus")) {
      shares += skew.metric("representation.age_band." + band);
    }
    assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aJointDistributionKeepsItsCorrelation() {
    List<PopulationCell> cells = new java.util.ArrayList<>();
    for (String d : List.of("centre", "north", "south", "east")) {
      for (String a : List.of("16-29", "30-44", "45-64", "65_plus")) {
        boolean north = d.equals("north");
        boolean old = a.equals("65_plus");
        double share = north && old ? 0.16 : north ? 0.03 : old ? 0.01 : 0.08;
        cells.add(new PopulationCell(java.util.Map.of("district", d, "age_band", a), share));
      }
    }
    Scenario s = town().population(p -> p.withCells(cells).withPropensity("age_band", "65_plus", ChannelFactors.both(5))).build();

    DayRecord last = Simulation.run(s, 3).last();

    // 84% of the 65+ live in the north, a quarter of the city, so their zeal shows there
    assertThat(last.metric("representation.district.north")).isGreaterThan(0.4);
  }

  @Test
  void aTenantSimulatesItsOwnPopulation() {
    org.consulta.core.Consulta city = org.consulta.core.Consulta.builder().build();
    org.consulta.core.access.Actor admin = org.consulta.core.access.Actor.of(org.consulta.core.access.TenantId.of("city"), "admin",
        org.consulta.core.access.Role.ADMIN);
    Scenario defaults = Scenario.defaults();
    city.participants().defineDemographicSchema(admin, defaults.population().schema());
    assertThatThrownBy(() -> PopulationSpec.fromTenant(city, admin, 100)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("defineReference");
    city.expectations().defineReference(admin, defaults.population().shares());

    PopulationSpec p = PopulationSpec.fromTenant(city, admin, 3_000);

    assertThat(p.schema()).isEqualTo(defaults.population().schema());
    assertThat(p.shares()).isEqualTo(defaults.population().shares());
    assertThat(p.size()).isEqualTo(3_000);
  }

  @Test
  void anOptionMayNotTakeTheNameOfTheDistanceMetric() {
    org.consulta.core.participant.DemographicSchema schema = new org.consulta.core.participant.DemographicSchema(List.of(
        new org.consulta.core.participant.DemographicDimension("commute", org.consulta.core.value.LocalizedText.of("en", "Commute"),
            List.of("short", "distance"), false)));
    org.consulta.core.expectation.ReferencePopulation census = org.consulta.core.expectation.ReferencePopulation.of("commute",
        java.util.Map.of("short", 0.5, "distance", 0.5));

    assertThatThrownBy(() -> town().population(PopulationSpec.of(100, schema, census)).campaigns(List.of()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactly("population.schema.commute"));
  }

  @Test
  void theEngineJudgesTheConsultationBeforeTheRunAndNamesTheScenariosFields() {
    org.consulta.core.consultation.NewConsultation c = Scenario.defaultConsultation();
    org.consulta.core.consultation.NewConsultation untitled = new org.consulta.core.consultation.NewConsultation(
        org.consulta.core.value.LocalizedText.of("en", " "), c.summary(), c.description(), c.purpose(), c.questions(), c.influence(),
        c.schedule(), c.channels(), c.eligibility(), c.acceptedKinds(), c.forms(), c.categories(), c.supportRules(), c.moderation(),
        c.idempotencyKey());
    Scenario bad = new Scenario("untitled", Scenario.defaults().start(), 10, 10, untitled, List.of(), Scenario.defaults().population(),
        Behaviour.defaults(), Institution.defaults(), List.of(), 1);
    List<String> heard = new java.util.ArrayList<>();

    assertThatThrownBy(() -> Simulation.run(bad, 1, (run, day, days, record) -> heard.add(run)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .allMatch(f -> f.startsWith("consultation.title")).isNotEmpty());
    assertThat(heard).isEmpty();
    assertThatThrownBy(() -> Sweep.run(List.of(town().days(5).openDays(5).build(), bad), 2, 2, SweepListener.NONE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .allMatch(f -> f.startsWith("scenarios[1](untitled).consultation.title")));
  }

  @Test
  void aBadScenarioIsRefusedNamingEveryBadField() {
    assertThatThrownBy(() -> Scenario.builder().name(" ").days(0).residents(0)
            .behaviour(b -> b.withContributeRate(1.5))
            .commitment(new CommitmentTerms.Custom("my-rule", java.util.Map.of(), org.consulta.core.value.LocalizedText.of("en", "Mine")))
            .population(p -> p.withCells(List.of(new PopulationCell(java.util.Map.of("district", "mars"), 0.5))))
            .campaign(Campaign.of("c", CampaignKind.POSTERS, 5, 2, 2.0).withReach("shoe_size", "42", 2.0).withReach("district", "mars", 2))
            .population(p -> p.withInternetAccess("age_band", "65plus", 0.5).withPropensity("hair", "red", ChannelFactors.both(2)))
            .build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .contains("name", "days", "population.size", "behaviour.contributeRate", "campaigns[0].lastDay", "campaigns[0].dailyReach",
                "campaigns[0].reachBy.shoe_size", "campaigns[0].reachBy.district.mars", "population.internetAccessBy.age_band.65plus",
                "population.propensity.hair", "population.cells[0].values.district", "population.cells[0].values.age_band",
                "population.cells", "commitments[0]"));
  }
}
