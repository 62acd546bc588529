package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consulta.core.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-checked cases in {@code src/test/resources/pabulib/cases}: small {@code .pb} files, each
 * stating the outcome of every rule that applies in META keys {@code expected_<rule>} (a comma-separated
 * list of project ids), worked out by hand in that directory's {@code README.md}. Any other tool that
 * reads pabulib files can count them and compare.
 */
@DisplayName("Hand-checked .pb cases")
class CountingCasesTest {
  private static final String EXPECTED = "expected_";

  static Path directory() {
    try {
      return Path.of(CountingCasesTest.class.getResource("/pabulib/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files() {
    try (Stream<Path> listing = Files.list(directory())) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".pb")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Election read(Path file) {
    try {
      return Pabulib.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the file's expected outcomes: rule to the project ids it funds */
  static Map<CountingRule, Set<String>> expected(Election e) {
    Map<CountingRule, Set<String>> expected = new TreeMap<>();
    e.meta().forEach((key, value) -> {
      if (key.startsWith(EXPECTED)) {
        Set<String> ids = value.isBlank() ? Set.of()
            : Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
        expected.put(CountingRule.fromWireName(key.substring(EXPECTED.length())), ids);
      }
    });
    return expected;
  }

  static Stream<Arguments> expectations() {
    List<Arguments> all = new ArrayList<>();
    for (Path file : files()) {
      expected(read(file)).forEach((rule, ids) -> all.add(Arguments.of(file.getFileName().toString(), rule, ids)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} counted with {1}")
  @MethodSource("expectations")
  void eachRuleFundsTheHandCheckedProjects(String file, CountingRule rule, Set<String> expected) {
    CountResult r = Count.count(read(directory().resolve(file)), rule);

    assertThat(r.selected()).as("%s, %s", file, rule.wireName()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(r.spent()).isLessThanOrEqualTo(r.budget());
  }

  @Test
  void everyCaseHasADescriptionAndAtLeastOneExpectedOutcome() {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files()) {
      Election e = read(file);
      assertThat(e.name()).as("description of %s", file.getFileName()).isNotBlank();
      assertThat(expected(e)).as("expected_ keys of %s", file.getFileName()).isNotEmpty();
    }
  }

  @Test
  void everyRuleAndEveryBallotKindHasACase() {
    Set<CountingRule> rules = EnumSet.noneOf(CountingRule.class);
    Set<String> kinds = new TreeSet<>();
    for (Path file : files()) {
      Election e = read(file);
      rules.addAll(expected(e).keySet());
      kinds.add(e.rules().kind());
    }

    assertThat(rules).containsExactlyInAnyOrder(CountingRule.values());
    assertThat(kinds).containsExactlyInAnyOrder("approval", "cumulative", "ordinal", "plusminus");
  }

  @Test
  void equalSharesRefusesTheOrdinalAndPlusMinusCases() {
    List<Election> refused = files().stream().map(CountingCasesTest::read)
        .filter(e -> e.rules() instanceof BallotRules.Ordinal || e.rules() instanceof BallotRules.PlusMinus).toList();

    assertThat(refused).hasSizeGreaterThanOrEqualTo(2);
    for (Election e : refused) {
      for (CountingRule rule : List.of(CountingRule.EQUAL_SHARES, CountingRule.EQUAL_SHARES_ADD1,
          CountingRule.EQUAL_SHARES_ADD1_COMPARISON)) {
        assertThatThrownBy(() -> Count.count(e, rule)).as("%s, %s", e.name(), rule.wireName())
            .isInstanceOf(InvalidInputException.class);
      }
    }
  }

  @Test
  void expectedOutcomesSurviveARoundTrip() throws IOException {
    for (Path file : files()) {
      Election e = read(file);
      StringWriter out = new StringWriter();
      Pabulib.write(e, out);

      Election again = Pabulib.read(new StringReader(out.toString()));

      assertThat(expected(again)).as("%s", file.getFileName()).isEqualTo(expected(e));
      assertThat(again.meta()).as("%s", file.getFileName()).containsAllEntriesOf(e.meta());
    }
  }
}
