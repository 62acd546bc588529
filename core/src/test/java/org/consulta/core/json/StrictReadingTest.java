package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.Map;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class StrictReadingTest {
  private final ObjectMapper json = ConsultaJson.mapper();

  @Test
  void aMisspeltOptionalPropertyIsRejectedNamingItAndItsType() {
    // without the check, "sumary" would be dropped and the consultation created without a summary
    assertThatThrownBy(() -> json.readValue(
            "{\"title\":{\"en\":\"T\"},\"sumary\":{\"en\":\"S\"},\"purpose\":{\"en\":\"P\"},"
                + "\"influence\":{\"level\":\"CONSULT\"}}",
            NewConsultation.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"sumary\"")
        .hasMessageContaining("NewConsultation")
        .satisfies(e -> assertThat(((UnrecognizedPropertyException) e).getPropertyName()).isEqualTo("sumary"));
  }

  @Test
  void aMisspeltRequiredPropertyIsReportedAsTheMissingOne() {
    // records are built before unknown properties are reported, so the missing property wins
    assertThatThrownBy(() -> json.readValue(
            "{\"titel\":{\"en\":\"T\"},\"purpose\":{\"en\":\"P\"},\"influence\":{\"level\":\"CONSULT\"}}", NewConsultation.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("NewConsultation")
        .hasMessageContaining("title");
  }

  @Test
  void anUnknownPropertyInsideAnEventIsRejected() {
    assertThatThrownBy(() -> json.readValue(
            "{\"type\":\"participant.registered\",\"participant\":\"" + Samples.PARTICIPANT + "\",\"email\":\"a@b.c\"}", ConsultaEvent.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"email\"");
  }

  @Test
  void anUnknownTypeNameIsRejected() {
    assertThatThrownBy(() -> json.readValue("{\"type\":\"contribution.exploded\"}", ConsultaEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("contribution.exploded");
    assertThatThrownBy(() -> json.readValue("{\"value\":\"x\"}", Answer.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("type");
  }

  @Test
  void aMalformedIdIsRejectedNamingItsType() {
    assertThatThrownBy(() -> json.readValue("{\"contribution\":\"not-a-uuid\"}", Withdrawal.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("ContributionId")
        .hasMessageContaining("not-a-uuid");
  }

  @Test
  void anIdMustBeAString() {
    assertThatThrownBy(() -> json.readValue("{\"contribution\":42}", Withdrawal.class)).isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void anEmptyLocalizedTextIsRejected() {
    assertThatThrownBy(() -> json.readValue("{}", LocalizedText.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("LocalizedText")
        .hasMessageContaining("at least one language");
  }

  @Test
  void enumsAreNamesNotNumbers() {
    assertThatThrownBy(() -> json.readValue("{\"level\":1}", org.consulta.core.consultation.Influence.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void trailingContentIsRejected() {
    assertThatThrownBy(() -> json.readValue("\"lisbon\" \"porto\"", org.consulta.core.access.TenantId.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void decimalsKeepTheirPrecisionAndScale() throws Exception {
    for (String number : new String[] {"0.10", "1E+3", "-12345678901234567890.000000000000000000001"}) {
      Answer answer = json.readValue("{\"type\":\"number\",\"value\":" + number + "}", Answer.class);

      assertThat(answer).isEqualTo(new Answer.Number(new BigDecimal(number)));
      assertThat(json.writeValueAsString(answer)).isEqualTo("{\"type\":\"number\",\"value\":" + number + "}");
    }
  }

  @Test
  void typedIdsWorkAsMapKeys() throws Exception {
    ParticipantId other = ParticipantId.parse("00000000-0000-0000-0000-000000000001");
    Map<ParticipantId, Long> map = Map.of(Samples.PARTICIPANT, 3L, other, 1L);
    TypeReference<Map<ParticipantId, Long>> type = new TypeReference<>() {};
    String text = json.writerFor(type).writeValueAsString(map);

    assertThat(text).isEqualTo("{\"" + other + "\":1,\"" + Samples.PARTICIPANT + "\":3}");
    assertThat(json.readValue(text, type))
        .isEqualTo(map);
  }
}
