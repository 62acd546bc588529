package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.json.Samples.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("every public value, command and event survives a JSON round trip")
class RoundTripTest {
  private final ObjectMapper json = ConsultaJson.mapper();

  static List<Sample> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsBackWhatItWrote(Sample sample) throws Exception {
    String text = json.writerFor(sample.type()).writeValueAsString(sample.value());

    Object back = json.readValue(text, sample.type());

    assertThat(back).as(text).isEqualTo(sample.value());
    assertThat(json.writerFor(sample.type()).writeValueAsString(back)).as("written again").isEqualTo(text);
  }

  @Test
  void everyEventRecordHasASample() {
    Set<Class<?>> sampled = Samples.eventSamples().stream().map(Object::getClass).collect(Collectors.toSet());

    assertThat(TypeNames.leaves(ConsultaEvent.class))
        .as("add a sample of each new event to Samples.eventSamples()")
        .allSatisfy(type -> assertThat(sampled).contains(type));
  }

  @Test
  void everyAnswerAndEligibilityRuleHasASample() {
    Set<Class<?>> sampled =
        Samples.all().stream().map(s -> s.value().getClass()).collect(Collectors.toSet());

    assertThat(Arrays.asList(Answer.class.getPermittedSubclasses())).allSatisfy(type -> assertThat(sampled).contains(type));
    assertThat(Arrays.asList(EligibilityRule.class.getPermittedSubclasses())).allSatisfy(type -> assertThat(sampled).contains(type));
  }
}
