package org.consulta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding example compiling, running and identical to the README's text. */
class ReadmeExampleTest {

  static void example(PrintStream out) {
    // README:start
    Consulta consulta = Consulta.builder().build(); // in-memory store, system clock
    TenantId city = TenantId.of("lisbon");
    Actor manager = Actor.of(city, "staff-17", Role.MANAGER);

    Consultation park = consulta.consultations().create(manager, new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park"))
        .purpose(LocalizedText.of("en", "Decide what the new park should offer"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.COMMENT)
        .build());
    consulta.consultations().transition(manager, PhaseTransition.to(park.id(), Phase.OPEN));

    Participant ana = consulta.participants().register(Actor.anonymous(city), NewParticipant.anonymous());
    consulta.contributions().submit(Actor.participant(city, ana.id()), new NewContributionBuilder()
        .consultation(park.id()).kind(ContributionKind.IDEA).channel(Channel.ONLINE)
        .language("en").body("Shade trees along the river path")
        .build());

    out.println(consulta.contributions().counts(manager, park.id()).total()); // 1
    // README:end
  }

  @Test
  void theExampleRunsAndCountsOneContribution() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).trim()).isEqualTo("1");
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/test/java/org/consulta/core/ReadmeExampleTest.java"));
    String code = between(source, "    // README:start", "    // README:end").stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line)
        .map(line -> line.replace("out.println", "System.out.println"))
        .collect(Collectors.joining("\n"));
    List<String> readme = Files.readAllLines(Path.of("../README.md"));
    String shown = String.join("\n", between(readme, "<!-- embedding-example:start -->", "<!-- embedding-example:end -->"));

    assertThat(shown).isEqualTo("```java\n" + code + "\n```");
  }

  private static List<String> between(List<String> lines, String start, String end) {
    int from = lines.indexOf(start);
    int to = lines.indexOf(end);
    assertThat(from).as("marker %s", start).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return lines.subList(from + 1, to);
  }
}
