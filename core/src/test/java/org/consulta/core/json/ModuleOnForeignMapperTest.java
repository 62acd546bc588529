package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.junit.jupiter.api.Test;

class ModuleOnForeignMapperTest {
  @Test
  void theModuleAloneGivesTheSameFormEvenWithTimestampDates() throws Exception {
    ObjectMapper theirs = JsonMapper.builder()
        .addModule(ConsultaJson.module())
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();

    String text = theirs.writeValueAsString(Samples.recordedEvent());

    assertThat(text).isEqualTo(ConsultaJson.canonical(Samples.recordedEvent()));
    assertThat(theirs.readValue(text, RecordedEvent.class)).isEqualTo(Samples.recordedEvent());
  }

  @Test
  void registeringTheModuleTwiceIsHarmless() throws Exception {
    ObjectMapper theirs = JsonMapper.builder().addModule(ConsultaJson.module()).addModule(ConsultaJson.module()).build();
    ConsultaEvent event = Samples.eventSamples().get(0);

    assertThat(theirs.readValue(theirs.writeValueAsString(event), ConsultaEvent.class)).isEqualTo(event);
  }

  @Test
  void eachCallGivesAFreshMapper() {
    assertThat(ConsultaJson.mapper()).isNotSameAs(ConsultaJson.mapper());
  }
}
