package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("consulta-examples demo --json")
class DemoJsonTest {
  private static CliRun run;
  private static JsonNode summary;

  @BeforeAll
  static void runOnce() throws Exception {
    run = CliRun.of("demo", "--json", "--seed", "3", "--participants", "120", "--contributions", "250");
    summary = new ObjectMapper().readTree(run.out());
  }

  @Test
  void exitsZeroWithTheTopLevelFields() {
    assertThat(run.exitCode()).isZero();
    assertThat(names(summary)).containsExactly(
        "seed", "tenant", "consultation", "participants", "contributions", "reactions", "topProposals", "moderation", "events");
    assertThat(summary.get("seed").asLong()).isEqualTo(3);
    assertThat(summary.get("tenant").asText()).isEqualTo("demo-city");
  }

  @Test
  void consultationEndsInAnalysisAfterTheClockOpenedAndClosedIt() {
    JsonNode consultation = summary.get("consultation");
    assertThat(consultation.get("phase").asText()).isEqualTo("ANALYSIS");
    assertThat(consultation.get("title").asText()).isEqualTo("Riverside park redesign");
    List<String> moves = new ArrayList<>();
    for (JsonNode move : consultation.get("history")) {
      moves.add(move.get("from").asText() + ">" + move.get("to").asText() + ":" + move.get("scheduled").asBoolean());
    }
    assertThat(moves).containsExactly("DRAFT>SCHEDULED:false", "SCHEDULED>OPEN:true", "OPEN>CLOSED:true", "CLOSED>ANALYSIS:false");
    assertThat(consultation.get("history").get(1).get("at").asText()).isEqualTo(consultation.get("opensAt").asText());
    assertThat(consultation.get("history").get(2).get("at").asText()).isEqualTo(consultation.get("closesAt").asText());
  }

  @Test
  void contributionCountsAddUpByKindByChannelAndByState() {
    JsonNode contributions = summary.get("contributions");
    long total = contributions.get("total").asLong();
    assertThat(total).isEqualTo(250);
    assertThat(sum(contributions.get("byKind"))).isEqualTo(total);
    assertThat(sum(contributions.get("byChannel"))).isEqualTo(total);
    assertThat(sum(contributions.get("byState"))).isEqualTo(total);
    assertThat(names(contributions.get("byChannel"))).containsExactly("ONLINE", "IN_PERSON", "PAPER");
    contributions.get("byChannel").forEach(n -> assertThat(n.asLong()).isPositive());
  }

  @Test
  void participantsAndDemographicsCoverEveryone() {
    JsonNode participants = summary.get("participants");
    assertThat(participants.get("registered").asInt()).isEqualTo(120);
    assertThat(names(participants.get("demographics"))).containsExactly("age_band", "district");
    participants.get("demographics").forEach(dimension -> {
      assertThat(sum(dimension)).isEqualTo(120);
      assertThat(names(dimension)).contains("prefer_not_to_say");
    });
  }

  @Test
  void topProposalsAreOrderedBySupportsAndMarkedQualifiedAtTheThreshold() {
    int threshold = summary.get("reactions").get("qualificationThreshold").asInt();
    long previous = Long.MAX_VALUE;
    assertThat(summary.get("topProposals")).isNotEmpty();
    for (JsonNode proposal : summary.get("topProposals")) {
      long supports = proposal.get("supports").asLong();
      assertThat(supports).isLessThanOrEqualTo(previous);
      assertThat(proposal.get("qualified").asBoolean()).isEqualTo(supports >= threshold);
      previous = supports;
    }
  }

  @Test
  void meanStanceIsWithinRangeAndEventsAddUp() {
    JsonNode reactions = summary.get("reactions");
    assertThat(reactions.get("meanStance").asDouble()).isBetween(-1.0, 1.0);
    assertThat(reactions.get("stances").asLong()).isPositive();
    JsonNode events = summary.get("events");
    assertThat(sum(events.get("byType"))).isEqualTo(events.get("total").asLong());
    assertThat(events.get("byType").get("contribution.submitted").asLong()).isEqualTo(250);
    assertThat(events.get("byType").get("contribution.qualified").asLong())
        .isEqualTo(reactions.get("qualifiedProposals").asLong());
  }

  @Test
  void moderationShowsTheFlaggedHiddenAppealedAndRedactedItems() {
    JsonNode moderation = summary.get("moderation");
    JsonNode totals = moderation.get("totals");
    assertThat(totals.get("FLAGGED").asLong()).isEqualTo(3);
    assertThat(totals.get("HIDDEN").asLong()).isEqualTo(2); // by the third flag, then by the moderator
    assertThat(totals.get("APPEALED").asLong()).isEqualTo(1);
    assertThat(totals.get("OVERTURNED").asLong()).isEqualTo(1);
    assertThat(totals.get("REDACTED").asLong()).isEqualTo(1);
    assertThat(totals.get("SCREENED").asLong()).isEqualTo(251); // every contribution and the one edit
    assertThat(moderation.get("overturnRate").asDouble()).isEqualTo(1.0);
    assertThat(summary.get("events").get("byType").get("contribution.screened").asLong()).isEqualTo(251);
  }

  @Test
  void sameSeedPrintsTheSameJson() {
    CliRun again = CliRun.of("demo", "--json", "--seed", "3", "--participants", "120", "--contributions", "250");

    assertThat(again.out()).isEqualTo(run.out());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static long sum(JsonNode object) {
    return StreamSupport.stream(object.spliterator(), false).mapToLong(JsonNode::asLong).sum();
  }
}
