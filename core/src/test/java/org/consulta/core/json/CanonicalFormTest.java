package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.Phase;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
  private static final Pattern INSTANT = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T[^\"]*)\"");

  @Test
  void recordedEventHasOneFixedText() {
    assertThat(ConsultaJson.canonical(Samples.recordedEvent()))
        .isEqualTo(
            "{\"tenant\":\"lisbon\",\"position\":7,\"id\":\"01890a5d-ac96-774b-bcce-b302099a9000\","
                + "\"recordedAt\":\"2026-11-23T05:00:00Z\",\"actor\":\"staff-17\","
                + "\"event\":{\"type\":\"phase.changed\",\"consultation\":\"01890a5d-ac96-774b-bcce-b302099a8057\","
                + "\"from\":\"SCHEDULED\",\"to\":\"OPEN\",\"effectiveAt\":\"2026-11-23T05:00:00Z\",\"scheduled\":true}}");
  }

  @Test
  void canonicalTextIsTheSameOnEveryCallAndFromEveryMapper() throws Exception {
    for (RecordedEvent event : recordedSamples()) {
      String first = ConsultaJson.canonical(event);

      assertThat(ConsultaJson.canonical(event)).isEqualTo(first);
      assertThat(ConsultaJson.mapper().writeValueAsString(event)).isEqualTo(first);
    }
  }

  @Test
  void canonicalTextReadsBackToTheSameEvent() throws Exception {
    ObjectMapper json = ConsultaJson.mapper();
    for (RecordedEvent event : recordedSamples()) {
      assertThat(json.readValue(ConsultaJson.canonical(event), RecordedEvent.class)).isEqualTo(event);
    }
  }

  @Test
  void instantsAreWrittenInUtcWithZ() {
    Instant fromLisbonSummer = OffsetDateTime.of(2026, 7, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1)).toInstant();
    RecordedEvent event = new RecordedEvent(Samples.TENANT, 1, UUID.randomUUID(), fromLisbonSummer, "system",
        new ConsultaEvent.PhaseChanged(Samples.CONSULTATION, Phase.OPEN, Phase.CLOSED, fromLisbonSummer, true));

    String text = ConsultaJson.canonical(event);

    assertThat(text).contains("\"recordedAt\":\"2026-07-01T08:30:00Z\"", "\"effectiveAt\":\"2026-07-01T08:30:00Z\"");
    for (RecordedEvent sample : recordedSamples()) {
      Matcher instants = INSTANT.matcher(ConsultaJson.canonical(sample));
      while (instants.find()) {
        assertThat(instants.group(1)).endsWith("Z").doesNotContain("+");
      }
    }
  }

  @Test
  void eventsCarryNoPersonalDataFields() throws Exception {
    Set<String> personal = Set.of("email", "phone", "postalAddress", "contact", "displayName", "externalRef",
        "demographics", "body", "answers", "location");
    ObjectMapper json = ConsultaJson.mapper();
    for (RecordedEvent event : recordedSamples()) {
      List<String> names = new ArrayList<>();
      collectFieldNames(json.readTree(ConsultaJson.canonical(event)), names);

      assertThat(names).as(event.event().type()).doesNotContainAnyElementsOf(personal);
    }
  }

  @Test
  void localizedTextKeepsItsLanguageOrderWhileMapKeysAreSorted() throws Exception {
    ObjectMapper json = ConsultaJson.mapper();

    assertThat(json.writeValueAsString(Samples.TITLE)).isEqualTo("{\"pt\":\"Ciclovias na Avenida\",\"en\":\"Bike lanes\",\"es\":\"Carriles bici\"}");
    assertThat(json.writeValueAsString(new EligibilityRule.Custom("card", Map.of("zeta", "1", "alpha", "2", "mid", "3"))))
        .isEqualTo("{\"type\":\"custom\",\"name\":\"card\",\"parameters\":{\"alpha\":\"2\",\"mid\":\"3\",\"zeta\":\"1\"}}");
  }

  @Test
  void moderationIdsAreBareStringsLikeEveryTypedId() throws Exception {
    ObjectMapper json = ConsultaJson.mapper();
    JsonNode moderationCase = json.readTree(json.writeValueAsString(Samples.moderationCase()));

    assertThat(moderationCase.get("id").isTextual()).isTrue();
    assertThat(json.readTree(ConsultaJson.canonical(recorded(new ConsultaEvent.AppealFiled(Samples.CASE, Samples.CONTRIBUTION,
        Samples.CONSULTATION)))).get("event").get("moderationCase").asText()).isEqualTo(Samples.CASE.toString());
    assertThat(json.writeValueAsString(new org.consulta.core.contribution.CampaignId(Samples.CONTRIBUTION.value())))
        .isEqualTo("\"" + Samples.CONTRIBUTION + "\"");
  }

  @Test
  void outcomeIdsAreBareStringsAndSetsOfIdsAreSortedByText() throws Exception {
    ObjectMapper json = ConsultaJson.mapper();
    var request = new org.consulta.core.outcome.NoticeRequest(Samples.CONSULTATION, org.consulta.core.outcome.NoticeKind.RESPONDED,
        OutcomeSamples.RESPONSE.toString(), java.util.Set.of(Samples.PARENT, Samples.CONTRIBUTION),
        java.util.Set.of(OutcomeSamples.OTHER_THEME, OutcomeSamples.THEME), Samples.T1);

    JsonNode written = json.readTree(json.writeValueAsString(request));

    assertThat(written.get("themes").get(0).asText()).isEqualTo(OutcomeSamples.THEME.toString());
    assertThat(written.get("themes").get(1).asText()).isEqualTo(OutcomeSamples.OTHER_THEME.toString());
    assertThat(written.get("contributions").get(0).asText()).isEqualTo(Samples.CONTRIBUTION.toString());
    assertThat(json.writeValueAsString(OutcomeSamples.DECISION)).isEqualTo("\"" + OutcomeSamples.DECISION + "\"");
    assertThat(json.writeValueAsString(OutcomeSamples.RESULT)).isEqualTo("\"" + OutcomeSamples.RESULT + "\"");
  }

  private static void collectFieldNames(JsonNode node, List<String> names) {
    node.fieldNames().forEachRemaining(names::add);
    node.elements().forEachRemaining(child -> collectFieldNames(child, names));
  }

  static RecordedEvent recorded(ConsultaEvent event) {
    return new RecordedEvent(Samples.TENANT, 42, UUID.fromString("01890a5d-ac96-774b-bcce-b302099a9001"), Samples.T1, "system", event);
  }

  private static List<RecordedEvent> recordedSamples() {
    return Samples.eventSamples().stream().map(CanonicalFormTest::recorded).toList();
  }

}
