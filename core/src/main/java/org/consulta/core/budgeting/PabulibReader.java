package org.consulta.core.budgeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one pabulib file's text into an {@link Election}; see {@link Pabulib} for the mapping. */
final class PabulibReader {
  private static final List<String> SECTIONS = List.of("META", "PROJECTS", "VOTES");

  /** One non-blank CSV record and the line it starts on. */
  private record Row(int line, List<String> cells) {
    String cell(int i) {
      return cells.get(i);
    }
  }

  /** A section: the line of its name, its header and its rows. */
  private record Section(String name, int line, Row header, List<Row> rows) {
    int column(String name) {
      return header.cells().indexOf(name);
    }

    int required(String column) {
      int i = column(column);
      if (i < 0) {
        throw new PabulibFormatException(name, header.line(), "the header has no " + column + " column");
      }
      return i;
    }
  }

  private final String text;
  private final int[] lineStarts;

  private PabulibReader(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static Election read(String text) {
    return new PabulibReader(text.startsWith("\uFEFF") ? text.substring(1) : text).election();
  }

  private Election election() {
    Map<String, Section> sections = sections(rows());
    PabulibMeta.Source meta = meta(sections.get("META"));
    BigDecimal budget = PabulibMeta.budget(meta);
    BallotRules rules = PabulibMeta.rules(meta);
    List<ProjectOnBallot> projects = projects(sections.get("PROJECTS"));
    List<CastBallot> ballots = votes(sections.get("VOTES"), rules.kind(), projects);
    return new Election(PabulibMeta.name(meta.values()), budget, rules, projects, ballots, meta.values());
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, Pabulib.FORMAT)) {
      long linesRead = 0;
      try {
        for (CSVRecord record : parser) {
          linesRead = parser.getCurrentLineNumber();
          List<String> cells = record.toList();
          if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line(record.getCharacterPosition()), cells));
          }
        }
      } catch (UncheckedIOException e) {
        // the record that failed starts after the last one read
        throw new PabulibFormatException(sectionOf(rows), (int) linesRead + 1,
            "unreadable, an opening \" without its closing \"? (" + e.getCause().getMessage() + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private int line(long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static String sectionOf(List<Row> rows) {
    String section = "META";
    for (Row r : rows) {
      section = marker(r).orElse(section);
    }
    return section;
  }

  private static Optional<String> marker(Row r) {
    if (r.cells().size() != 1) {
      return Optional.empty();
    }
    String name = r.cell(0).strip().toUpperCase(Locale.ROOT);
    return SECTIONS.contains(name) ? Optional.of(name) : Optional.empty();
  }

  /** Splits the rows at the section lines, which must come once each, in the order META, PROJECTS, VOTES. */
  private static Map<String, Section> sections(List<Row> rows) {
    Map<String, Section> sections = new LinkedHashMap<>();
    int i = 0;
    for (String expected : SECTIONS) {
      int line = i < rows.size() ? rows.get(i).line() : rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
      Optional<String> found = i < rows.size() ? marker(rows.get(i)) : Optional.empty();
      if (found.isEmpty() || !found.get().equals(expected)) {
        String what = i >= rows.size() ? "the file ends without a " + expected + " section"
            : found.map(f -> "expected the " + expected + " section before " + f).orElse(
                sections.isEmpty() ? "the file must start with a line META" : "expected a line " + expected + " here");
        throw new PabulibFormatException(expected, line, what);
      }
      i++;
      if (i >= rows.size() || marker(rows.get(i)).isPresent()) {
        throw new PabulibFormatException(expected, line, "the section has no header line");
      }
      Row header = rows.get(i++);
      List<Row> body = new ArrayList<>();
      while (i < rows.size() && marker(rows.get(i)).isEmpty()) {
        body.add(rows.get(i++));
      }
      Section s = new Section(expected, line, new Row(header.line(), header.cells().stream().map(String::strip).toList()), body);
      checkHeader(s);
      sections.put(expected, s);
    }
    if (i < rows.size()) {
      Row extra = rows.get(i);
      throw new PabulibFormatException(marker(extra).orElse("VOTES"), extra.line(), "a section repeats: each of META, PROJECTS and "
          + "VOTES comes once");
    }
    return sections;
  }

  private static void checkHeader(Section s) {
    Map<String, Integer> seen = new HashMap<>();
    for (String column : s.header().cells()) {
      if (seen.put(column, 1) != null) {
        throw new PabulibFormatException(s.name(), s.header().line(), "the header names column '" + column + "' twice");
      }
    }
    for (Row r : s.rows()) {
      if (r.cells().size() != s.header().cells().size()) {
        throw new PabulibFormatException(s.name(), r.line(), "has " + r.cells().size() + " fields but the header has "
            + s.header().cells().size() + " (quote a value that contains ;)");
      }
    }
  }

  private static PabulibMeta.Source meta(Section s) {
    if (s.header().cells().size() != 2) {
      throw new PabulibFormatException("META", s.header().line(), "the header must have 2 fields, key;value");
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row r : s.rows()) {
      String key = r.cell(0).strip();
      if (key.isEmpty()) {
        throw new PabulibFormatException("META", r.line(), "a key is empty");
      }
      if (values.containsKey(key)) {
        throw new PabulibFormatException("META", r.line(), "key " + key + " repeats (first on line " + lines.get(key) + ")");
      }
      values.put(key, r.cell(1));
      lines.put(key, r.line());
    }
    return new PabulibMeta.Source(values, lines, s.line());
  }

  private static List<ProjectOnBallot> projects(Section s) {
    int idColumn = s.required("project_id");
    int costColumn = s.required("cost");
    int name = s.column("name");
    int category = s.column("category") >= 0 ? s.column("category") : s.column("categories");
    int district = s.column("district");
    Map<String, Integer> lines = new HashMap<>();
    List<ProjectOnBallot> projects = new ArrayList<>();
    for (Row r : s.rows()) {
      String id = r.cell(idColumn).strip();
      if (id.isEmpty()) {
        throw new PabulibFormatException("PROJECTS", r.line(), "project_id is empty");
      }
      if (lines.putIfAbsent(id, r.line()) != null) {
        throw new PabulibFormatException("PROJECTS", r.line(), "project " + id + " repeats (first on line " + lines.get(id) + ")");
      }
      BigDecimal cost = PabulibMeta.decimal(r.cell(costColumn), "cost of project " + id, "PROJECTS", r.line());
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int c = 0; c < r.cells().size(); c++) {
        if (c != idColumn && c != costColumn && c != name && c != category && c != district && !r.cell(c).isEmpty()) {
          attributes.put(s.header().cells().get(c), r.cell(c));
        }
      }
      projects.add(new ProjectOnBallot(id, name < 0 ? "" : r.cell(name), cost,
          district < 0 || r.cell(district).isEmpty() ? Optional.empty() : Optional.of(r.cell(district)),
          category < 0 ? List.of() : list(r.cell(category)).stream().filter(c -> !c.isEmpty()).toList(), attributes));
    }
    return projects;
  }

  private static List<CastBallot> votes(Section s, String kind, List<ProjectOnBallot> projects) {
    int voterColumn = s.required("voter_id");
    int voteColumn = s.required("vote");
    boolean withPoints = kind.equals("cumulative") || kind.equals("plusminus");
    int pointsColumn = withPoints ? s.required("points") : -1;
    Map<String, Integer> known = new HashMap<>();
    projects.forEach(p -> known.put(p.id(), 0));
    Map<String, Integer> voters = new HashMap<>();
    List<CastBallot> ballots = new ArrayList<>();
    for (Row r : s.rows()) {
      String voter = r.cell(voterColumn).strip();
      if (voter.isEmpty()) {
        throw new PabulibFormatException("VOTES", r.line(), "voter_id is empty");
      }
      if (voters.putIfAbsent(voter, r.line()) != null) {
        throw new PabulibFormatException("VOTES", r.line(), "voter " + voter + " repeats (first on line " + voters.get(voter) + ")");
      }
      List<String> vote = list(r.cell(voteColumn));
      List<String> seen = new ArrayList<>();
      for (String p : vote) {
        if (p.isEmpty()) {
          throw new PabulibFormatException("VOTES", r.line(), "vote has an empty entry between commas");
        }
        if (!known.containsKey(p)) {
          throw new PabulibFormatException("VOTES", r.line(), "vote names project " + p + ", which is not in PROJECTS");
        }
        if (seen.contains(p)) {
          throw new PabulibFormatException("VOTES", r.line(), "vote names project " + p + " twice");
        }
        seen.add(p);
      }
      List<Integer> points = withPoints ? points(r, pointsColumn, vote.size()) : List.of();
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int c = 0; c < r.cells().size(); c++) {
        if (c != voterColumn && c != voteColumn && c != pointsColumn && !r.cell(c).isEmpty()) {
          attributes.put(s.header().cells().get(c), r.cell(c));
        }
      }
      ballots.add(new CastBallot(voter, ballot(kind, vote, points, r), attributes));
    }
    return ballots;
  }

  private static List<Integer> points(Row r, int column, int votes) {
    List<String> texts = list(r.cell(column));
    if (texts.size() != votes) {
      throw new PabulibFormatException("VOTES", r.line(), "points has " + texts.size() + " values for the " + votes
          + " projects of vote; they must be aligned, one each");
    }
    List<Integer> points = new ArrayList<>();
    for (String t : texts) {
      Integer p = PabulibMeta.intValue(t);
      if (p == null) {
        throw new PabulibFormatException("VOTES", r.line(), "points value '" + t + "' is not a whole number");
      }
      points.add(p);
    }
    return points;
  }

  private static Ballot ballot(String kind, List<String> vote, List<Integer> points, Row r) {
    return switch (kind) {
      case "approval" -> new Ballot.Approval(vote);
      case "ordinal" -> new Ballot.Ordinal(vote);
      case "cumulative" -> {
        Map<String, Integer> byProject = new LinkedHashMap<>();
        for (int i = 0; i < vote.size(); i++) {
          byProject.put(vote.get(i), points.get(i));
        }
        yield new Ballot.Cumulative(byProject);
      }
      default -> {
        List<String> plus = new ArrayList<>();
        List<String> minus = new ArrayList<>();
        for (int i = 0; i < vote.size(); i++) {
          int p = points.get(i);
          if (p != 1 && p != -1) {
            throw new PabulibFormatException("VOTES", r.line(), "a plusminus vote gives each project 1 (plus) or -1 (minus), not " + p);
          }
          (p == 1 ? plus : minus).add(vote.get(i));
        }
        yield new Ballot.PlusMinus(plus, minus);
      }
    };
  }

  /** @return the comma-separated items of {@code cell}, stripped; none for a blank cell */
  private static List<String> list(String cell) {
    if (cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(",", -1)).map(String::strip).toList();
  }
}
