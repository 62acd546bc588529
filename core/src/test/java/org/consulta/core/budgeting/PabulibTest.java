package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consulta.core.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Pabulib .pb files")
class PabulibTest {
  static Path resource(String name) {
    try {
      return Path.of(PabulibTest.class.getResource("/pabulib/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Election read(String name) throws IOException {
    return Pabulib.read(resource(name));
  }

  static String write(Election e) throws IOException {
    StringWriter out = new StringWriter();
    Pabulib.write(e, out);
    return out.toString();
  }

  static Election reread(Election e) throws IOException {
    return Pabulib.read(new StringReader(write(e)));
  }

  @Nested
  @DisplayName("reading")
  class Reading {
    @Test
    void approvalFileGivesMetaInOrderBudgetRulesAndName() throws IOException {
      Election e = read("warszawa-ursynow-approval.pb");

      assertThat(e.name()).isEqualTo("Budżet obywatelski Ursynów 2024 (przykład)");
      assertThat(e.budget()).isEqualTo(new BigDecimal("1000000"));
      assertThat(e.rules()).isEqualTo(new BallotRules.Approval(1, 3, Optional.empty()));
      assertThat(e.meta().keySet()).containsExactly("description", "country", "unit", "subunit", "instance", "num_projects",
          "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "min_length", "max_length", "currency", "comment");
      assertThat(e.meta()).containsEntry("subunit", "Ursynów").containsEntry("rule", "greedy")
          .containsEntry("comment", "Fikcyjne dane; do testów \"Consulty\"");
    }

    @Test
    void approvalFileKeepsQuotedNamesCategoriesAndOtherColumns() throws IOException {
      Election e = read("warszawa-ursynow-approval.pb");

      assertThat(e.projects()).hasSize(5);
      assertThat(e.projects().get(0)).isEqualTo(new ProjectOnBallot("1", "Zielone podwórko; ławki i drzewa", new BigDecimal("400000"),
          Optional.empty(), List.of("zieleń", "rekreacja"),
          Map.of("votes", "7", "target", "seniorzy,rodziny z dziećmi", "selected", "1")));
      assertThat(e.projects().get(1).name()).isEqualTo("Plac zabaw \"Żyrafa\"");
      assertThat(e.projects().get(0).attributes().keySet()).containsExactly("votes", "target", "selected");
      assertThat(e.projects()).extracting(ProjectOnBallot::id).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void approvalFileGivesEveryBallotWithVoterAttributes() throws IOException {
      Election e = read("warszawa-ursynow-approval.pb");

      assertThat(e.ballots()).hasSize(10);
      assertThat(e.ballots().get(0)).isEqualTo(new CastBallot("1", new Ballot.Approval(List.of("1", "2", "3")),
          Map.of("age", "34", "sex", "F", "voting_method", "internet")));
      assertThat(e.ballots().get(0).attributes().keySet()).containsExactly("age", "sex", "voting_method");
      assertThat(e.ballots().get(9)).isEqualTo(new CastBallot("10", new Ballot.Approval(List.of("5")),
          Map.of("sex", "M", "voting_method", "paper")));
      assertThat(e.validate()).isSameAs(e);
    }

    @Test
    void cumulativeFileGivesPointsInBallotOrderAndDecimalCosts() throws IOException {
      Election e = read("gdansk-cumulative.pb");

      assertThat(e.budget()).isEqualTo(new BigDecimal("100000.50"));
      assertThat(e.rules()).isEqualTo(new BallotRules.Cumulative(1, 10, 5));
      assertThat(e.projects()).extracting(ProjectOnBallot::cost)
          .containsExactly(new BigDecimal("60000"), new BigDecimal("45000.50"), new BigDecimal("30000"));
      Ballot.Cumulative v2 = (Ballot.Cumulative) e.ballots().get(1).ballot();
      assertThat(v2.points()).containsExactly(Map.entry("C", 3), Map.entry("A", 2));
      assertThat(e.ballots().get(3).ballot()).isEqualTo(new Ballot.Cumulative(orderedPoints("C", 1, "B", 1, "A", 1)));
      assertThat(e.validate()).isSameAs(e);
    }

    @Test
    void ordinalFileGivesRankingsMostPreferredFirst() throws IOException {
      Election e = read("ordinal.pb");

      assertThat(e.rules()).isEqualTo(new BallotRules.Ordinal(1, 3));
      assertThat(e.ballots()).extracting(CastBallot::ballot).containsExactly(
          new Ballot.Ordinal(List.of("p2", "p1", "p3")), new Ballot.Ordinal(List.of("p3")), new Ballot.Ordinal(List.of("p1", "p3")));
    }

    @Test
    void plusMinusExtensionGivesPlusAndMinusVotesAndItsLimits() throws IOException {
      Election e = read("plusminus.pb");

      assertThat(e.rules()).isEqualTo(new BallotRules.PlusMinus(3, 1, 2));
      assertThat(e.ballots().get(0).ballot()).isEqualTo(new Ballot.PlusMinus(List.of("a", "b"), List.of("c")));
      assertThat(e.projects()).extracting(ProjectOnBallot::name).containsOnly("");
      assertThat(e.validate()).isSameAs(e);
    }

    @Test
    void byteOrderMarkCrlfBlankLinesDecimalCommaSpacesAndAnyColumnOrderAreRead() throws IOException {
      Election e = read("tolerant.pb");

      assertThat(e.name()).isEqualTo("Tolerant");
      assertThat(e.meta()).containsExactly(Map.entry("description", "Tolerant"), Map.entry("budget", "1500,75"),
          Map.entry("vote_type", "approval"));
      assertThat(e.budget()).isEqualTo(new BigDecimal("1500.75"));
      assertThat(e.rules()).isEqualTo(BallotRules.Approval.unlimited());
      assertThat(e.projects()).containsExactly(
          new ProjectOnBallot("1", "Park", new BigDecimal("1000.5"), Optional.empty(), List.of("a", "b"), Map.of()),
          new ProjectOnBallot("2", "Droga", new BigDecimal("700"), Optional.empty(), List.of(), Map.of()));
      assertThat(e.ballots()).containsExactly(
          new CastBallot("x", new Ballot.Approval(List.of("1", "2")), Map.of("age", "30")),
          new CastBallot("y", new Ballot.Approval(List.of()), Map.of()));
    }

    @Test
    void publishedSelectionIsTheProjectsWhoseSelectedIsOne() throws IOException {
      assertThat(Pabulib.publishedSelection(read("warszawa-ursynow-approval.pb"))).contains(Set.of("1", "2", "4"));
      assertThat(Pabulib.publishedSelection(read("ordinal.pb"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("bad files")
  class BadFiles {
    @ParameterizedTest(name = "{0}: {1} line {2}")
    @CsvSource(delimiter = '|', textBlock = """
        bad-no-votes-section.pb  | VOTES    | 12 | the file ends without a VOTES section
        bad-sections-out-of-order.pb | PROJECTS | 8 | expected the PROJECTS section before VOTES
        bad-unknown-vote-type.pb | META     | 7  | unknown vote_type 'borda'; known: approval
        bad-budget.pb            | META     | 6  | budget '1 000 000' is not a number
        bad-no-budget.pb         | META     | 1  | no budget line
        bad-cost.pb              | PROJECTS | 11 | cost of project 2 '12k' is not a number
        bad-duplicate-project.pb | PROJECTS | 12 | project 1 repeats (first on line 10)
        bad-column-count.pb      | PROJECTS | 11 | has 4 fields but the header has 3
        bad-unclosed-quote.pb    | PROJECTS | 11 | unreadable, an opening " without its closing "?
        bad-unknown-project.pb   | VOTES    | 15 | vote names project 9, which is not in PROJECTS
        bad-duplicate-voter.pb   | VOTES    | 16 | voter a repeats (first on line 14)
        bad-points-not-aligned.pb | VOTES   | 15 | points has 1 values for the 2 projects of vote
        """)
    void anErrorNamesTheSectionAndLine(String file, String section, int line, String problem) {
      assertThatThrownBy(() -> read(file))
          .isInstanceOfSatisfying(PabulibFormatException.class, e -> {
            assertThat(e.section()).isEqualTo(section);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage()).startsWith("pabulib " + section + " section, line " + line + ": ");
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo(section + " line " + line));
          })
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEmptyFileLacksItsMetaSection() {
      assertThatThrownBy(() -> Pabulib.read(new StringReader("")))
          .isInstanceOfSatisfying(PabulibFormatException.class, e -> assertThat(e.getMessage())
              .isEqualTo("pabulib META section, line 1: the file ends without a META section"));
    }
  }

  @Nested
  @DisplayName("writing")
  class Writing {
    @ParameterizedTest
    @ValueSource(strings = {"warszawa-ursynow-approval.pb", "gdansk-cumulative.pb", "ordinal.pb", "plusminus.pb"})
    void writingAFileThisClassWroteReproducesItByteForByte(String name) throws IOException {
      String original = Files.readString(resource(name), StandardCharsets.UTF_8);

      assertThat(write(Pabulib.read(new StringReader(original)))).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warszawa-ursynow-approval.pb", "gdansk-cumulative.pb", "ordinal.pb", "plusminus.pb"})
    void readWriteReadGivesAnEqualElection(String name) throws IOException {
      Election e = read(name);

      assertThat(reread(e)).isEqualTo(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warszawa-ursynow-approval.pb", "gdansk-cumulative.pb", "ordinal.pb", "plusminus.pb"})
    void readWriteReadGivesTheSameOutcomeWithEveryRule(String name) throws IOException {
      Election e = read(name);
      Election again = reread(e);
      int counted = 0;

      for (CountingRule rule : CountingRule.values()) {
        CountResult first;
        try {
          first = Count.count(e, rule);
        } catch (InvalidInputException cannotCountThisKind) {
          assertThatThrownBy(() -> Count.count(again, rule)).isInstanceOf(InvalidInputException.class);
          continue;
        }
        assertThat(Count.count(again, rule)).as(rule.wireName()).isEqualTo(first);
        counted++;
      }
      assertThat(counted).as("rules that count this file").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTolerantFileComesBackEqualWithTheCountsPabulibRequires(@TempDir Path dir) throws IOException {
      Election e = read("tolerant.pb");
      Pabulib.write(e, dir.resolve("copy.pb"));

      Election again = Pabulib.read(dir.resolve("copy.pb"));

      assertThat(again.projects()).isEqualTo(e.projects());
      assertThat(again.ballots()).isEqualTo(e.ballots());
      assertThat(again.budget()).isEqualTo(e.budget());
      assertThat(again.meta()).containsExactly(Map.entry("description", "Tolerant"), Map.entry("budget", "1500,75"),
          Map.entry("vote_type", "approval"), Map.entry("num_projects", "2"), Map.entry("num_votes", "2"));
      assertThat(Files.readString(dir.resolve("copy.pb"))).startsWith("META\nkey;value\n")
          .contains("PROJECTS\nproject_id;cost;name;category\n1;1000.5;Park;a,b\n2;700;Droga;\n")
          .endsWith("VOTES\nvoter_id;vote;age\nx;1,2;30\ny;;\n");
    }

    @Test
    void metaTheElectionDeterminesIsCorrectedInPlaceAndDefaultsDropped() throws IOException {
      Election read = read("warszawa-ursynow-approval.pb");
      Election changed = new Election("Nowa nazwa", new BigDecimal("2000000"), new BallotRules.Approval(0, 4, Optional.of(new BigDecimal("900000"))),
          read.projects().subList(0, 4), read.ballots().subList(0, 2), read.meta());

      Election again = reread(changed);

      assertThat(again).isEqualTo(new Election("Nowa nazwa", new BigDecimal("2000000"), changed.rules(), changed.projects(),
          changed.ballots(), again.meta()));
      assertThat(again.meta().keySet()).containsExactly("description", "country", "unit", "subunit", "instance", "num_projects",
          "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "max_length", "currency", "comment", "max_sum_cost");
      assertThat(again.meta()).containsEntry("description", "Nowa nazwa").containsEntry("num_projects", "4")
          .containsEntry("num_votes", "2").containsEntry("budget", "2000000").containsEntry("max_length", "4")
          .containsEntry("max_sum_cost", "900000");
    }

    @Test
    void whatTheFileCannotHoldIsRefusedNamingEveryProblem() {
      Election bad = new Election("x", BigDecimal.TEN, BallotRules.Approval.unlimited(),
          List.of(ProjectOnBallot.of("a,b", "A", BigDecimal.ONE), ProjectOnBallot.of(" c", "C", BigDecimal.ONE)),
          List.of(CastBallot.of("v", new Ballot.Ordinal(List.of())), CastBallot.of("v", new Ballot.Approval(List.of()))), Map.of());

      assertThatThrownBy(() -> write(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
          assertThat(e.violations()).extracting(v -> v.field()).containsExactly("projects[0].id", "projects[1].id",
              "ballots[0].ballot", "ballots[1].voter"));
    }
  }

  @Property(tries = 300)
  void anyElectionWithItsFileMetaSurvivesWriteThenReadEqual(@ForAll("elections") Election e) throws IOException {
    assertThat(reread(e)).isEqualTo(e);
  }

  @Provide
  Arbitrary<Election> elections() {
    return Arbitraries.randomValue(RandomElection::of);
  }

  /** Builds elections of every ballot kind with awkward text: quotes, ;, commas, line breaks, spaces, Polish letters. */
  static final class RandomElection {
    private static final String TEXT = "abcżółćęśąźńŻÓŁ;\",# \n'1";
    private static final String ID = "abcxyzżółć0123456789_-.";

    static Election of(Random r) {
      int n = 1 + r.nextInt(6);
      List<ProjectOnBallot> projects = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : List.of("votes", "target", "selected", "latitude", "note")) {
          if (r.nextInt(3) == 0) {
            attributes.put(key, "v" + text(r, 5));
          }
        }
        List<String> categories = new ArrayList<>();
        for (int c = r.nextInt(3); c > 0; c--) {
          categories.add(id(r));
        }
        projects.add(new ProjectOnBallot("P" + i + id(r), text(r, 12), amount(r),
            r.nextBoolean() ? Optional.empty() : Optional.of("d" + text(r, 6)), categories, attributes));
      }
      String kind = List.of("approval", "cumulative", "ordinal", "plusminus").get(r.nextInt(4));
      List<CastBallot> ballots = new ArrayList<>();
      for (int v = r.nextInt(8); v > 0; v--) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : List.of("age", "sex", "voting_method")) {
          if (r.nextBoolean()) {
            attributes.put(key, "a" + text(r, 4));
          }
        }
        ballots.add(new CastBallot("v" + v + text(r, 3).replace(" ", "").replace("\n", ""), ballot(kind, projects, r), attributes));
      }
      Map<String, String> meta = new LinkedHashMap<>();
      for (String key : List.of("country", "unit", "rule", "currency", "comment")) {
        if (r.nextBoolean()) {
          meta.put(key, text(r, 10));
        }
      }
      Election e = new Election(text(r, 15), amount(r), rules(kind, r), projects, ballots, meta);
      return new Election(e.name(), e.budget(), e.rules(), e.projects(), e.ballots(), PabulibMeta.forFile(e));
    }

    private static Ballot ballot(String kind, List<ProjectOnBallot> projects, Random r) {
      List<String> ids = new ArrayList<>(projects.stream().map(ProjectOnBallot::id).toList());
      Collections.shuffle(ids, r);
      List<String> chosen = ids.subList(0, r.nextInt(ids.size() + 1));
      return switch (kind) {
        case "approval" -> new Ballot.Approval(chosen);
        case "ordinal" -> new Ballot.Ordinal(chosen);
        case "cumulative" -> {
          Map<String, Integer> points = new LinkedHashMap<>();
          chosen.forEach(p -> points.put(p, 1 + r.nextInt(5)));
          yield new Ballot.Cumulative(points);
        }
        default -> {
          int plus = r.nextInt(chosen.size() + 1);
          yield new Ballot.PlusMinus(chosen.subList(0, plus), chosen.subList(plus, chosen.size()));
        }
      };
    }

    private static BallotRules rules(String kind, Random r) {
      int max = r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(10);
      return switch (kind) {
        case "approval" -> new BallotRules.Approval(r.nextInt(3), max, r.nextBoolean() ? Optional.empty() : Optional.of(amount(r)));
        case "cumulative" -> new BallotRules.Cumulative(r.nextInt(3), max, r.nextBoolean() ? max : 1 + r.nextInt(5));
        case "ordinal" -> new BallotRules.Ordinal(r.nextInt(3), max);
        default -> new BallotRules.PlusMinus(max, r.nextInt(3), r.nextInt(3));
      };
    }

    private static BigDecimal amount(Random r) {
      return BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(3));
    }

    private static String text(Random r, int maxLength) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
        b.append(TEXT.charAt(r.nextInt(TEXT.length())));
      }
      return b.toString();
    }

    private static String id(Random r) {
      StringBuilder b = new StringBuilder();
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        b.append(ID.charAt(r.nextInt(ID.length())));
      }
      return b.toString();
    }
  }

  static Map<String, Integer> orderedPoints(String p1, int v1, String p2, int v2, String p3, int v3) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(p1, v1);
    m.put(p2, v2);
    m.put(p3, v3);
    return m;
  }
}
