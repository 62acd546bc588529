package org.consulta.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.screeners.BlocklistScreener;
import org.consulta.core.moderation.screeners.LinkSpamScreener;
import org.consulta.core.moderation.screeners.PersonalDataScreener;
import org.consulta.core.participant.ParticipantId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The built-in text screeners: contributions screened per second, one thread.
 *
 * <p>1,000 contribution bodies of about 200 to 1,500 characters in English, French and German, built
 * from sentence templates with a seeded {@link Random}: about one in five carries personal data
 * (e-mail, phone, IBAN or card), one in six links (one in twenty more than three), one in ten an
 * insult (some obfuscated), one in twenty shouting with repeated punctuation. Each op takes the
 * next contribution in turn.
 *
 * <ul>
 *   <li>{@code allThree}: one contribution through {@link BlocklistScreener#defaults()}, {@link
 *       PersonalDataScreener#defaults()} and a {@link LinkSpamScreener} with two blocked domains,
 *       in that order (as a pipeline would).
 *   <li>{@code blocklist}, {@code personalData}, {@code linkSpam}: each screener alone.
 * </ul>
 *
 * <p>The screeners have many code paths (a text with a card number takes others than one with a
 * link), so warm-up is 25 s (it was 6 s, and the error bars came out wider than the scores,
 * though on a loaded machine). Each op's verdicts go to the {@link Blackhole} or are
 * returned, so nothing is dead code; the cursor is the thread's own state.
 *
 * <p>Run (from the repository root; {@code -prof gc} adds allocation per op as {@code
 * gc.alloc.rate.norm}):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark -f 1 -wi 5 -w 5s -i 5 -r 5s -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ScreeningBenchmark {
  static final int TEXTS = 1_000;

  /** The screeners and the inputs, shared read-only; the cursor is the one thread's. */
  @State(Scope.Thread)
  public static class Workload {
    BlocklistScreener blocklist;
    PersonalDataScreener personalData;
    LinkSpamScreener linkSpam;
    ScreeningInput[] inputs;
    int next;

    /** Builds the screeners and the 1,000 inputs (seed 42). */
    @Setup
    public void setUp() {
      blocklist = BlocklistScreener.defaults();
      personalData = PersonalDataScreener.defaults();
      linkSpam = LinkSpamScreener.builder().blockedDomains("casino.example", "cheap-pills.example").build();
      inputs = ContributionTexts.inputs(TEXTS, new Random(42));
    }

    ScreeningInput nextInput() {
      ScreeningInput input = inputs[next];
      next = next + 1 == inputs.length ? 0 : next + 1;
      return input;
    }
  }

  /**
   * @param w the workload
   * @param sink consumes the three verdicts
   */
  @Benchmark
  public void allThree(Workload w, Blackhole sink) {
    ScreeningInput input = w.nextInput();
    sink.consume(w.blocklist.screen(input, null));
    sink.consume(w.personalData.screen(input, null));
    sink.consume(w.linkSpam.screen(input, null));
  }

  /**
   * @param w the workload
   * @return the verdict
   */
  @Benchmark
  public Verdict blocklist(Workload w) {
    return w.blocklist.screen(w.nextInput(), null);
  }

  /**
   * @param w the workload
   * @return the verdict
   */
  @Benchmark
  public Verdict personalData(Workload w) {
    return w.personalData.screen(w.nextInput(), null);
  }

  /**
   * @param w the workload
   * @return the verdict
   */
  @Benchmark
  public Verdict linkSpam(Workload w) {
    return w.linkSpam.screen(w.nextInput(), null);
  }

  /** Realistic contribution bodies from sentence templates. Not thread-safe (uses the caller's Random). */
  static final class ContributionTexts {
    private static final Map<String, List<String>> SENTENCES = Map.of(
        "en", List.of("The new bike lane on Market Street would make the school run much safer for our children.",
            "I support the proposal, but the budget of €1,250,000 seems high for a 2024 project.",
            "Please consider more trees along the avenue; in summer the pavement gets far too hot.",
            "The consultation document (version 1.2.3) does not say how deliveries will reach the shops.",
            "Buses should run every 10 minutes at peak times, not every 20 as they do now.",
            "Residents of the north estate were not told about the meeting on 12.03.2024 at 18:30.",
            "A population of 1 234 567 deserves a tram line, not another ring road.",
            "Parking on both sides narrows the street so much that fire engines cannot pass."),
        "fr", List.of("La piste cyclable proposée rendrait le trajet vers l'école bien plus sûr pour nos enfants.",
            "Je soutiens le projet, mais le budget de 1 250 000 € me paraît élevé pour 2024.",
            "Il faudrait planter davantage d'arbres le long de l'avenue ; l'été, le trottoir est brûlant.",
            "Le document de consultation ne dit pas comment les livraisons atteindront les commerces.",
            "Les bus devraient passer toutes les 10 minutes aux heures de pointe.",
            "Les habitants du quartier nord n'ont pas été prévenus de la réunion du 12/03/2024.",
            "Le député a disputé ce chiffre lors de la séance, à juste titre selon moi."),
        "de", List.of("Der neue Radweg in der Marktstraße würde den Schulweg für unsere Kinder viel sicherer machen.",
            "Ich unterstütze den Vorschlag, aber 1.250.000 Euro scheinen mir für 2024 zu hoch.",
            "Bitte mehr Bäume entlang der Allee pflanzen, im Sommer wird der Gehweg viel zu heiß.",
            "Die Unterlagen (Version 1.2.3) erklären nicht, wie Lieferungen die Geschäfte erreichen.",
            "Busse sollten zur Hauptverkehrszeit alle 10 Minuten fahren, nicht alle 20.",
            "Die Anwohner im Norden wurden über die Sitzung am 12.03.2024 um 18.30 Uhr nicht informiert."));
    private static final Map<String, List<String>> PERSONAL = Map.of(
        "en", List.of("Call me on +44 20 7946 0958 if you need details.", "You can reach me at jane.doe@example.co.uk.",
            "My number is (212) 555-0147.", "Refund to GB82 WEST 1234 5698 7654 32 please."),
        "fr", List.of("Appelez-moi au 06 12 34 56 78.", "Écrivez à marie.dupont@exemple.fr pour en parler.",
            "Remboursement sur FR14 2004 1010 0505 0001 3M02 606.", "J'ai payé avec la carte 4111 1111 1111 1111."),
        "de", List.of("Rufen Sie mich unter 0151 12345678 an.", "Schreiben Sie an j.mueller@stadt-koeln.de.",
            "Bitte auf DE89 3704 0044 0532 0130 00 überweisen.", "Meine Karte 5555-5555-5555-4444 wurde belastet."));
    private static final Map<String, List<String>> INSULTS = Map.of(
        "en", List.of("Whoever planned this is an idiot.", "What a m0r0n idea.", "The councillor is an a s s h o l e."),
        "fr", List.of("Le maire est un connard.", "Quel cr3tin a dessiné ça ?", "Ces abrutis ne lisent rien."),
        "de", List.of("Der Planer ist ein Vollidiot.", "So ein 4rschl0ch.", "Wer hat das entworfen, ein I-d-i-o-t?"));
    private static final List<String> LINKS = List.of("https://city.example.gov/plans/2024", "www.maps.example.org",
        "see transport.example.com/report", "https://casino.example/bonus", "cheap-pills.example/buy");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de");

    private ContributionTexts() {}

    static ScreeningInput[] inputs(int count, Random random) {
      ScreeningInput[] inputs = new ScreeningInput[count];
      for (int i = 0; i < count; i++) {
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        inputs[i] = input(language, body(language, random));
      }
      return inputs;
    }

    static String body(String language, Random random) {
      int target = 200 + random.nextInt(1_301);
      List<String> parts = new ArrayList<>();
      if (random.nextInt(5) == 0) {
        parts.add(pick(PERSONAL.get(language), random));
      }
      if (random.nextInt(10) == 0) {
        parts.add(pick(INSULTS.get(language), random));
      }
      if (random.nextInt(6) == 0) {
        int links = random.nextInt(20) == 0 ? 4 + random.nextInt(3) : 1;
        for (int k = 0; k < links; k++) {
          parts.add("More: " + pick(LINKS.subList(0, random.nextInt(50) == 0 ? LINKS.size() : 3), random) + ".");
        }
      }
      if (random.nextInt(20) == 0) {
        parts.add("THIS IS UNACCEPTABLE AND EVERYONE IN THE DISTRICT AGREES WITH ME!!!!!!!!!!!!");
      }
      StringBuilder text = new StringBuilder();
      while (text.length() < target || !parts.isEmpty()) {
        if (!parts.isEmpty() && (text.length() >= target || random.nextInt(3) == 0)) {
          text.append(parts.remove(parts.size() - 1)).append(' ');
        } else {
          text.append(pick(SENTENCES.get(language), random)).append(' ');
        }
      }
      return text.toString().strip();
    }

    private static String pick(List<String> items, Random random) {
      return items.get(random.nextInt(items.size()));
    }

    private static ScreeningInput input(String language, String body) {
      return new ScreeningInput(TenantId.of("bench"), ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057"),
          ContributionId.parse("01890a5d-ac96-774b-bcce-b302099a8059"), Optional.of(ParticipantId.parse("01890a5d-ac96-774b-bcce-b302099a8058")),
          ContributionKind.IDEA, Channel.ONLINE, language, Map.of(TextSpan.BODY, body), Instant.parse("2026-11-23T05:00:00Z"), false);
    }
  }
}
