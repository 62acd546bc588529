package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ResponseScope;
import org.consulta.core.expectation.TimeAllowance;
import org.consulta.core.simulation.Campaign;
import org.consulta.core.simulation.CampaignKind;
import org.consulta.core.simulation.ChannelFactors;
import org.consulta.core.simulation.Scenario;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("scenario files: defaults, overrides, sweeps and errors by path")
class ScenarioJsonTest {
  @Test
  void anEmptyObjectIsTheDefaultScenario() {
    assertThat(ScenarioJson.read("{}")).isEqualTo(Scenario.defaults());
  }

  @Test
  void aFileStatesOnlyWhatDiffersAndTheDefaultsFillInTheRest() {
    Scenario s = ScenarioJson.read("""
        {"name": "pre-moderation", "population": {"size": 50000}, "consultation": {"moderation": {"mode": "PRE"}},
         "institution": {"sessions": [{"day": 10, "capacity": 40}]}}
        """);

    Scenario expected = Scenario.builder().name("pre-moderation").residents(50_000).moderationMode(ModerationMode.PRE)
        .institution(i -> i.withSession(10, 40)).build();
    assertThat(s).isEqualTo(expected);
    assertThat(s.population().initialTrust()).isEqualTo(Scenario.defaults().population().initialTrust());
    assertThat(s.consultation().moderation().orElseThrow().houseRules())
        .isEqualTo(Scenario.defaults().consultation().moderation().orElseThrow().houseRules());
  }

  @Test
  void mapsOfFactorsMergeAndArraysReplace() {
    Scenario s = ScenarioJson.read("""
        {"population": {"internetAccessBy": {"age_band": {"65_plus": 0.7}},
                        "propensity": {"age_band": {"65_plus": {"online": 0.6, "offline": 1.8}}}},
         "commitments": [{"type": "respond_within", "scope": {"type": "all_contributions"},
                          "allowance": {"amount": 5, "unit": "WORKING_DAYS"}}],
         "campaigns": [{"name": "posters", "kind": "POSTERS", "firstDay": 7, "lastDay": 13, "dailyReach": 0.03,
                        "reachBy": {"district": {"north": 3.0}}}]}
        """);

    assertThat(s.population().internetAccessBy()).isEqualTo(Map.of("age_band", Map.of("65_plus", 0.7)));
    assertThat(s.population().propensity()).isEqualTo(Map.of("age_band", Map.of("65_plus", new ChannelFactors(0.6, 1.8))));
    assertThat(s.commitments()).containsExactly(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)));
    assertThat(s.campaigns()).containsExactly(Campaign.of("posters", CampaignKind.POSTERS, 7, 13, 0.03).withReach("district", "north", 3.0));
  }

  @Test
  void aLocalizedTextInTheFileReplacesTheDefaultInsteadOfJoiningIt() {
    Scenario s = ScenarioJson.read("{\"consultation\": {\"title\": {\"fr\": \"Que doit faire la ville ?\"}}}");

    assertThat(s.consultation().title()).isEqualTo(LocalizedText.of("fr", "Que doit faire la ville ?"));
  }

  @Test
  void aNewSchemaBringsItsOwnSharesInsteadOfMergingTheDefaultCensus() {
    Scenario s = ScenarioJson.read("""
        {"population": {"schema": {"dimensions": [{"key": "ward", "label": {"en": "Ward"}, "options": ["a", "b"], "ordered": false}]},
                        "shares": {"shares": {"ward": {"a": 0.4, "b": 0.6}}}}}
        """);

    assertThat(s.population().shares().shares()).containsOnlyKeys("ward");
  }

  @Test
  void everyUnknownPropertyIsNamedByItsPath() {
    InvalidInputException e = catchThrowableOfType(() -> ScenarioJson.read("""
        {"population": {"sise": 3},
         "behavior": {},
         "campaigns": [{"name": "posters", "nmae": "x", "kind": "POSTERS", "firstDay": 0, "lastDay": 1, "dailyReach": 0.1}],
         "commitments": [{"scope": {"foo": 1, "type": "all_contributions"}, "type": "respond_within",
                          "allowance": {"amount": 5, "unit": "WORKING_DAYS"}}]}
        """), InvalidInputException.class);

    assertThat(e.violations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("population.sise", "behavior", "campaigns[0].nmae", "commitments[0].scope.foo");
    assertThat(e.violations()).filteredOn(v -> v.field().equals("population.sise")).singleElement()
        .satisfies(v -> assertThat(v.reason()).contains("unknown property").contains("size"));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsPath() {
    assertThat(violations("{\"population\": {\"size\": \"many\"}}")).containsExactly(new Violation("population.size", "is not a valid int: many"));
    assertThat(violations("{\"institution\": {\"order\": \"RANDOM\"}}")).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("institution.order"))
        .satisfies(v -> assertThat(v.reason()).contains("OLDEST_FIRST").contains("RANDOM"));
  }

  @Test
  void aMissingRequiredValueIsNamedByItsPath() {
    assertThat(violations("{\"campaigns\": [{\"name\": \"p\", \"lastDay\": 3, \"dailyReach\": 0.1, \"kind\": \"POSTERS\"}]}"))
        .extracting(Violation::field).containsExactly("campaigns[0].firstDay");
    assertThat(violations("{\"campaigns\": [{\"name\": \"p\", \"firstDay\": 0, \"lastDay\": 3, \"dailyReach\": 0.1}]}"))
        .containsExactly(new Violation("campaigns[0].kind", "is required"));
  }

  @Test
  void valuesTheScenarioRejectsAreNamedByPath() {
    assertThat(violations("{\"behaviour\": {\"contributeRate\": 2}, \"population\": {\"size\": 0}}")).extracting(Violation::field)
        .containsExactlyInAnyOrder("behaviour.contributeRate", "population.size");
  }

  @Test
  void aSweepGivesTheCartesianGridFirstPathSlowest() {
    List<Scenario> grid = ScenarioJson.readAll("""
        {"name": "capacity", "sweep": {"institution.responsesPerDay": [10, 50], "behaviour.trustGainOnAnswer": [0.02, 0.06]}}
        """);

    assertThat(grid).extracting(Scenario::name).containsExactly(
        "capacity [institution.responsesPerDay=10, behaviour.trustGainOnAnswer=0.02]",
        "capacity [institution.responsesPerDay=10, behaviour.trustGainOnAnswer=0.06]",
        "capacity [institution.responsesPerDay=50, behaviour.trustGainOnAnswer=0.02]",
        "capacity [institution.responsesPerDay=50, behaviour.trustGainOnAnswer=0.06]");
    assertThat(grid).extracting(s -> s.institution().responsesPerDay()).containsExactly(10, 10, 50, 50);
    assertThat(grid).extracting(s -> s.behaviour().trustGainOnAnswer()).containsExactly(0.02, 0.06, 0.02, 0.06);
  }

  @Test
  void aSweepReachesIntoArraysAndMergesObjects() {
    List<Scenario> grid = ScenarioJson.readAll("""
        {"campaigns": [{"name": "posters", "kind": "POSTERS", "firstDay": 0, "lastDay": 6, "dailyReach": 0.03}],
         "sweep": {"campaigns[0].dailyReach": [0.01, 0.05], "consultation.moderation": [{"mode": "PRE"}]}}
        """);

    assertThat(grid).extracting(s -> s.campaigns().get(0).dailyReach()).containsExactly(0.01, 0.05);
    assertThat(grid).extracting(Scenario::moderationMode).containsOnly(ModerationMode.PRE);
    assertThat(grid.get(0).consultation().moderation().orElseThrow().houseRules()).isNotEmpty();
  }

  @Test
  void aBadSweepPathIsNamed() {
    assertThat(violations("{\"sweep\": {\"institution.responsesPerDya\": [1], \"campaigns[0].dailyReach\": [0.1], \"seed\": 3}}"))
        .extracting(Violation::field)
        .containsExactly("sweep.institution.responsesPerDya", "sweep.campaigns[0].dailyReach", "sweep.seed");
  }

  @Test
  void aSweepValueTheScenarioRejectsNamesThePathAndTheGridPoint() {
    assertThat(violations("{\"sweep\": {\"institution.responsesPerDay\": [10, -1]}}")).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("institution.responsesPerDay"))
        .satisfies(v -> assertThat(v.reason()).contains("institution.responsesPerDay=-1"));
  }

  @Test
  void readingOneScenarioRefusesASweep() {
    assertThat(catchThrowableOfType(() -> ScenarioJson.read("{\"sweep\": {\"seed\": [1, 2]}}"), InvalidInputException.class).violations())
        .extracting(Violation::field).containsExactly("sweep");
  }

  @Test
  void theWrittenEffectiveScenarioReadsBackEqual() {
    Scenario s = Scenario.builder().name("answer within 5 days")
        .population(p -> p.withSize(2_000).withInternetAccess("age_band", "65_plus", 0.7)
            .withPropensity("age_band", "65_plus", new ChannelFactors(0.6, 1.8)))
        .moderationMode(ModerationMode.PRE)
        .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)))
        .campaign(Campaign.of("posters", CampaignKind.POSTERS, 7, 13, 0.03).withReach("district", "north", 3.0))
        .institution(i -> i.withResponsesPerDay(80).withSession(10, 40))
        .days(30).openDays(21).seed(7)
        .build();

    assertThat(ScenarioJson.read(ScenarioJson.write(s))).isEqualTo(s);
    assertThat(ScenarioJson.readAll(ScenarioJson.write(List.of(s, Scenario.defaults())))).containsExactly(s, Scenario.defaults());
  }

  @Test
  void textThatIsNotJsonIsAnInvalidInput() {
    assertThat(violations("{\"days\": ")).singleElement().satisfies(v -> assertThat(v.reason()).contains("not valid JSON"));
  }

  private static List<Violation> violations(String json) {
    return catchThrowableOfType(() -> ScenarioJson.readAll(json), InvalidInputException.class).violations();
  }

  @Test
  void aSweepNeedsOnlyItsCombinationsToBeValid() {
    List<Scenario> all = ScenarioJson.readAll("""
        {"name": "late decision", "days": 30, "openDays": 20, "institution": {"decisionDay": 45},
         "sweep": {"days": [50, 60]}}
        """);

    assertThat(all).extracting(Scenario::days).containsExactly(50, 60);
  }

  @Test
  void aSweepPathThatAnEarlierLevelRemovedIsNamed() {
    assertThatThrownBy(() -> ScenarioJson.readAll("""
        {"campaigns": [{"name": "posters", "kind": "POSTERS", "firstDay": 0, "lastDay": 5, "dailyReach": 0.03}],
         "sweep": {"campaigns": [[]], "campaigns[0].dailyReach": [0.01, 0.05]}}
        """)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.field()).isEqualTo("sweep.campaigns[0].dailyReach")));
  }

  @Test
  void everyScenarioOfAListIsCheckedAndNamedByPosition() {
    assertThatThrownBy(() -> ScenarioJson.readAll("""
        [{"name": "fine"}, {"days": 0}, {"population": {"sise": 5}}]
        """)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(org.consulta.core.error.Violation::field).anyMatch(f -> f.startsWith("[1].days"))
            .anyMatch(f -> f.startsWith("[2].population.sise")).noneMatch(f -> f.startsWith("[0]")));
  }
}
