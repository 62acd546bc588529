package org.consulta.core.budgeting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.consulta.core.error.Violations;

/** Writes an {@link Election} as a pabulib file; see {@link Pabulib} for the mapping. */
final class PabulibWriter {
  /** Where known PROJECTS columns go, after project_id and cost; other columns follow in the order first seen. */
  private static final List<String> PROJECT_ORDER = List.of("votes", "score", "name", "category", "target", "district", "selected");
  private static final Set<String> PROJECT_TYPED = Set.of("project_id", "cost", "name", "category", "categories", "district");

  private PabulibWriter() {}

  static void write(Election e, Appendable out) throws IOException {
    check(e);
    try (CSVPrinter p = new CSVPrinter(out, Pabulib.FORMAT)) {
      p.printRecord("META");
      p.printRecord("key", "value");
      for (Map.Entry<String, String> m : PabulibMeta.forFile(e).entrySet()) {
        p.printRecord(m.getKey(), m.getValue());
      }
      projects(e, p);
      votes(e, p);
    }
  }

  private static void projects(Election e, CSVPrinter p) throws IOException {
    List<String> columns = new ArrayList<>();
    if (e.projects().stream().anyMatch(x -> !x.name().isEmpty())) {
      columns.add("name");
    }
    if (e.projects().stream().anyMatch(x -> !x.categories().isEmpty())) {
      columns.add("category");
    }
    if (e.projects().stream().anyMatch(x -> x.district().isPresent())) {
      columns.add("district");
    }
    columns.addAll(keys(e.projects(), ProjectOnBallot::attributes));
    columns.sort(Comparator.comparingInt(c -> PROJECT_ORDER.contains(c) ? PROJECT_ORDER.indexOf(c) : PROJECT_ORDER.size()));
    columns.add(0, "cost");
    columns.add(0, "project_id");
    p.printRecord("PROJECTS");
    p.printRecord(columns);
    for (ProjectOnBallot x : e.projects()) {
      List<String> row = new ArrayList<>();
      for (String c : columns) {
        row.add(switch (c) {
          case "project_id" -> x.id();
          case "cost" -> x.cost().toPlainString();
          case "name" -> x.name();
          case "category" -> String.join(",", x.categories());
          case "district" -> x.district().orElse("");
          default -> x.attributes().getOrDefault(c, "");
        });
      }
      p.printRecord(row);
    }
  }

  private static void votes(Election e, CSVPrinter p) throws IOException {
    boolean withPoints = withPoints(e.rules());
    List<String> columns = new ArrayList<>(List.of("voter_id", "vote"));
    if (withPoints) {
      columns.add("points");
    }
    columns.addAll(keys(e.ballots(), CastBallot::attributes));
    p.printRecord("VOTES");
    p.printRecord(columns);
    for (CastBallot b : e.ballots()) {
      List<String> row = new ArrayList<>(List.of(b.voter(), String.join(",", b.ballot().projects())));
      if (withPoints) {
        row.add(String.join(",", points(b.ballot())));
      }
      for (String c : columns.subList(row.size(), columns.size())) {
        row.add(b.attributes().getOrDefault(c, ""));
      }
      p.printRecord(row);
    }
  }

  private static List<String> points(Ballot ballot) {
    List<String> points = new ArrayList<>();
    if (ballot instanceof Ballot.Cumulative c) {
      c.points().values().forEach(v -> points.add(Integer.toString(v)));
    } else if (ballot instanceof Ballot.PlusMinus pm) {
      pm.plus().forEach(x -> points.add("1"));
      pm.minus().forEach(x -> points.add("-1"));
    }
    return points;
  }

  private static boolean withPoints(BallotRules rules) {
    return rules instanceof BallotRules.Cumulative || rules instanceof BallotRules.PlusMinus;
  }

  private static <T> Set<String> keys(List<T> items, Function<T, Map<String, String>> attributes) {
    Set<String> keys = new LinkedHashSet<>();
    items.forEach(i -> keys.addAll(attributes.apply(i).keySet()));
    return keys;
  }

  /** Refuses what the file could not hold or would read back differently, naming every problem. */
  private static void check(Election e) {
    Violations v = new Violations();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < e.projects().size(); i++) {
      ProjectOnBallot x = e.projects().get(i);
      String path = "projects[" + i + "]";
      id(x.id(), path + ".id", v);
      v.check(ids.add(x.id()), path + ".id", "repeats " + x.id());
      for (int c = 0; c < x.categories().size(); c++) {
        id(x.categories().get(c), path + ".categories[" + c + "]", v);
      }
      x.attributes().keySet().forEach(k -> v.check(!PROJECT_TYPED.contains(k), path + ".attributes." + k,
          "is a column the project's own fields fill"));
      x.attributes().keySet().forEach(k -> column(k, path + ".attributes." + k, v));
    }
    Set<String> voters = new HashSet<>();
    Set<String> ownColumns = withPoints(e.rules()) ? Set.of("voter_id", "vote", "points") : Set.of("voter_id", "vote");
    for (int i = 0; i < e.ballots().size(); i++) {
      CastBallot b = e.ballots().get(i);
      String path = "ballots[" + i + "]";
      v.check(!b.voter().isEmpty() && b.voter().equals(b.voter().strip()), path + ".voter", "must be non-empty, without surrounding spaces");
      v.check(voters.add(b.voter()), path + ".voter", "voted twice");
      v.check(kindOf(b.ballot()).equals(e.rules().kind()), path + ".ballot", "is " + kindOf(b.ballot()) + " but the election's "
          + "vote_type is " + e.rules().kind());
      v.check(!(b.ballot() instanceof Ballot.Cumulative c) || !c.points().containsValue(null), path + ".ballot.points",
          "must give every project a number");
      v.check(new HashSet<>(b.ballot().projects()).size() == b.ballot().projects().size(), path + ".ballot",
          "names a project twice");
      b.attributes().keySet().forEach(k -> v.check(!ownColumns.contains(k), path + ".attributes." + k,
          "is a column the ballot fills"));
      b.attributes().keySet().forEach(k -> column(k, path + ".attributes." + k, v));
    }
    e.meta().keySet().forEach(k -> v.check(!k.isBlank() && k.equals(k.strip()), "meta." + k, "must be non-empty, without surrounding spaces"));
    v.throwIfAny();
  }

  private static void column(String name, String path, Violations v) {
    v.check(!name.isEmpty() && name.equals(name.strip()), path, "must be a non-empty column name without surrounding spaces");
  }

  private static void id(String id, String path, Violations v) {
    v.check(!id.isEmpty() && id.equals(id.strip()) && id.indexOf(',') < 0, path,
        "must be non-empty, without surrounding spaces or commas (the file lists them separated by commas)");
  }

  private static String kindOf(Ballot b) {
    if (b instanceof Ballot.Approval) {
      return "approval";
    } else if (b instanceof Ballot.Cumulative) {
      return "cumulative";
    } else if (b instanceof Ballot.Ordinal) {
      return "ordinal";
    }
    return "plusminus";
  }
}
