package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.ConsultationUpdate;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class MissingPropertiesTest {
  private final ObjectMapper json = ConsultaJson.mapper();

  @Test
  void missingOptionalsAndCollectionsReadAsEmpty() throws Exception {
    NewConsultation cmd = json.readValue(
        "{\"title\":{\"en\":\"T\"},\"purpose\":{\"en\":\"P\"},\"influence\":{\"level\":\"CONSULT\"},\"acceptedKinds\":[\"IDEA\"]}",
        NewConsultation.class);

    assertThat(cmd.title()).isEqualTo(LocalizedText.of("en", "T"));
    assertThat(cmd.purpose()).isEqualTo(LocalizedText.of("en", "P"));
    assertThat(cmd.influence()).isEqualTo(Influence.of(InfluenceLevel.CONSULT));
    assertThat(cmd.acceptedKinds()).containsExactly(ContributionKind.IDEA);
    assertThat(cmd.summary()).isEmpty();
    assertThat(cmd.description()).isEmpty();
    assertThat(cmd.schedule()).isEmpty();
    assertThat(cmd.eligibility()).isEmpty();
    assertThat(cmd.supportRules()).isEmpty();
    assertThat(cmd.idempotencyKey()).isEmpty();
    assertThat(cmd.questions()).isEmpty();
    assertThat(cmd.channels()).isEmpty();
    assertThat(cmd.forms()).isEmpty();
    assertThat(cmd.categories()).isEmpty();
  }

  @Test
  void explicitNullsReadAsEmptyToo() throws Exception {
    NewConsultation cmd = json.readValue(
        "{\"title\":{\"en\":\"T\"},\"summary\":null,\"purpose\":{\"en\":\"P\"},\"questions\":null,"
            + "\"influence\":{\"level\":\"CONSULT\",\"decidedBy\":null},\"channels\":null,\"forms\":null,\"acceptedKinds\":[\"IDEA\"],"
            + "\"idempotencyKey\":null}",
        NewConsultation.class);

    assertThat(cmd.summary()).isEmpty();
    assertThat(cmd.influence().decidedBy()).isEmpty();
    assertThat(cmd.idempotencyKey()).isEmpty();
    assertThat(cmd.questions()).isEmpty();
    assertThat(cmd.channels()).isEmpty();
    assertThat(cmd.forms()).isEmpty();
  }

  @Test
  void missingOptionalIntsReadAsEmpty() throws Exception {
    Reaction reaction = json.readValue(
        "{\"contribution\":\"" + Samples.CONTRIBUTION + "\",\"participant\":\"" + Samples.PARTICIPANT + "\",\"at\":\"2026-11-23T05:00:00Z\"}",
        Reaction.class);

    assertThat(reaction.support()).isEmpty();
    assertThat(reaction.stanceMillis()).isEmpty();
  }

  @Test
  void anUpdateNamingOnlyItsTargetChangesNothing() throws Exception {
    ConsultationUpdate update = json.readValue("{\"consultation\":\"" + Samples.CONSULTATION + "\"}", ConsultationUpdate.class);

    assertThat(update.changedFields()).isEmpty();
    assertThat(update.expectedVersion()).isEmpty();
  }

  @Test
  void aPresentEmptyListInAnUpdateIsAChangeNotAnAbsence() throws Exception {
    ConsultationUpdate update =
        json.readValue("{\"consultation\":\"" + Samples.CONSULTATION + "\",\"categories\":[]}", ConsultationUpdate.class);

    assertThat(update.categories()).contains(java.util.List.of());
    assertThat(update.changedFields()).containsExactly("categories");
  }

  @Test
  void anEmptyObjectIsAnAnonymousRegistration() throws Exception {
    assertThat(json.readValue("{}", NewParticipant.class)).isEqualTo(NewParticipant.anonymous());
  }

  @Test
  void mapsMissingFromStoredRecordsReadAsEmpty() throws Exception {
    String text = json.writeValueAsString(Samples.minimalContribution()).replace("\"answers\":{},", "").replace("\"confidentialTo\":[],", "");

    Contribution back = json.readValue(text, Contribution.class);

    assertThat(back).isEqualTo(Samples.minimalContribution());
  }

  @Test
  void aMissingRequiredPropertyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> json.readValue("{\"purpose\":{\"en\":\"P\"},\"influence\":{\"level\":\"CONSULT\"}}", NewConsultation.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("NewConsultation")
        .hasMessageContaining("title");
  }

  @Test
  void presentOptionalsArePresent() throws Exception {
    NewConsultation cmd = json.readValue(
        "{\"title\":{\"en\":\"T\"},\"summary\":{\"en\":\"S\"},\"purpose\":{\"en\":\"P\"},\"influence\":{\"level\":\"CONSULT\"},"
            + "\"channels\":[\"ONLINE\"],\"idempotencyKey\":\"k-1\"}",
        NewConsultation.class);

    assertThat(cmd.summary()).isEqualTo(Optional.of(LocalizedText.of("en", "S")));
    assertThat(cmd.channels()).isEqualTo(Set.of(org.consulta.core.consultation.Channel.ONLINE));
    assertThat(cmd.idempotencyKey()).map(k -> k.value()).contains("k-1");
  }
}
