package org.consulta.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.UniqueElements;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.event.ConsultaEvent;

/** Sets have no order of their own; their canonical JSON must not depend on how they were built. */
class CanonicalSetOrderTest {
  @Property(tries = 50)
  void setsAreWrittenInTheSameOrderWhateverTheirIterationOrder(
      @ForAll @UniqueElements List<ContributionKind> kinds, @ForAll @UniqueElements List<Channel> channels) {
    ConsultaEvent fromHashSets = new ConsultaEvent.ConsultationCreated(Samples.CONSULTATION, InfluenceLevel.CONSULT,
        new HashSet<>(kinds), new HashSet<>(channels));
    ConsultaEvent fromEnumSets = new ConsultaEvent.ConsultationCreated(Samples.CONSULTATION, InfluenceLevel.CONSULT,
        kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds), channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels));

    String text = ConsultaJson.canonical(CanonicalFormTest.recorded(fromHashSets));

    assertThat(text).isEqualTo(ConsultaJson.canonical(CanonicalFormTest.recorded(fromEnumSets)));
    assertThat(text).contains("\"acceptedKinds\":" + jsonArray(new TreeSet<>(kinds)));
  }

  private static String jsonArray(Set<? extends Enum<?>> sorted) {
    List<String> quoted = new ArrayList<>();
    sorted.forEach(e -> quoted.add("\"" + e.name() + "\""));
    return "[" + String.join(",", quoted) + "]";
  }
}
