package org.consulta.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.simulation.ReplayEvent;
import org.consulta.core.simulation.ReplaySource;

/**
 * A Polis open data export (the format of {@code github.com/compdemocracy/openData}) as a {@link
 * ReplaySource}: its {@code comments.csv} ({@code timestamp, datetime, comment-id, author-id,
 * agrees, disagrees, moderated, comment-body}) and {@code votes.csv} ({@code timestamp, datetime,
 * comment-id, voter-id, vote}), UTF-8, columns found by name in any order ({@code moderated} may be
 * missing: then no comment is moderated out). Read whole on {@link #read}; immutable after.
 *
 * <p>Timestamps are epoch numbers: above 10<sup>11</sup> milliseconds, else seconds (Polis exports
 * have both). {@code moderated = -1} marks a comment moderated out. A row that cannot be read
 * becomes a {@link ReplayEvent.Rejected} with its file, the line it starts on and a reason ({@code
 * "unparsable timestamp"}, {@code "unparsable vote"}, {@code "unparsable moderated"}, {@code
 * "missing comment-id"}, {@code "wrong number of columns"}, ...); after a CSV syntax error (an
 * unclosed quote) the rest of the file is one rejection, {@code "unreadable CSV, rest of file
 * skipped"}. Vote values are passed on as read: the replay rejects those other than -1, 0 and 1.
 *
 * <pre>{@code
 * ReplayResult result = Replay.run(PolisExport.read(Path.of("openData/15-per-hour-seattle")), SimulationListener.NONE);
 * }</pre>
 */
public final class PolisExport implements ReplaySource {
  /** The comments file of an export. */
  public static final String COMMENTS = "comments.csv";
  /** The votes file of an export. */
  public static final String VOTES = "votes.csv";
  /** Epoch values above this are milliseconds: 10^11 seconds is in the year 5138, 10^11 ms in 1973. */
  private static final long MILLIS_ABOVE = 100_000_000_000L;

  private final String name;
  private final List<ReplayEvent> events;

  private PolisExport(String name, List<ReplayEvent> events) {
    this.name = name;
    this.events = List.copyOf(events);
  }

  /**
   * @param dir a directory holding {@code comments.csv} and {@code votes.csv}
   * @return the export, named after the directory
   * @throws IllegalArgumentException if a file is missing or lacks a column, naming it
   * @throws IOException if a file cannot be read
   */
  public static PolisExport read(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    List<ReplayEvent> events = new ArrayList<>();
    readFile(dir, COMMENTS, List.of("timestamp", "comment-id", "author-id", "comment-body"), events, PolisExport::comment);
    readFile(dir, VOTES, List.of("timestamp", "comment-id", "voter-id", "vote"), events, PolisExport::vote);
    Path file = dir.toAbsolutePath().normalize().getFileName();
    return new PolisExport(file == null ? "polis" : file.toString(), events);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ReplayEvent> events() {
    return events;
  }

  /** Reads one row's values by column name into an event, or throws {@link BadRow}. */
  @FunctionalInterface
  private interface RowReader {
    ReplayEvent read(Row row);
  }

  private static void readFile(Path dir, String fileName, List<String> required, List<ReplayEvent> out, RowReader reader)
      throws IOException {
    Path file = dir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + fileName + " in " + dir + ": a Polis export has " + COMMENTS + " and " + VOTES);
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
      Map<String, Integer> columns = header(fileName, rows, required);
      while (true) {
        // the parser stands at the start of the next row: the line a multi-line row starts on
        long line = rows.getParser().currentLocation().getLineNr();
        String[] values;
        try {
          if (!rows.hasNextValue()) {
            return;
          }
          values = rows.nextValue();
        } catch (JacksonException e) {
          out.add(new ReplayEvent.Rejected(fileName, line, "unreadable CSV, rest of file skipped"));
          return;
        }
        if (values.length == 0 || (values.length == 1 && values[0].isEmpty())) {
          continue;
        }
        if (values.length != columns.size()) {
          out.add(new ReplayEvent.Rejected(fileName, line, "wrong number of columns"));
          continue;
        }
        try {
          out.add(reader.read(new Row(columns, values)));
        } catch (BadRow e) {
          out.add(new ReplayEvent.Rejected(fileName, line, e.getMessage()));
        }
      }
    }
  }

  private static Map<String, Integer> header(String fileName, MappingIterator<String[]> rows, List<String> required) throws IOException {
    if (!rows.hasNextValue()) {
      throw new IllegalArgumentException(fileName + " is empty: it needs a header with " + String.join(", ", required));
    }
    String[] names = rows.nextValue();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      // a byte order mark some tools write before the first name
      columns.put(names[i].strip().replace("\uFEFF", ""), i);
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        throw new IllegalArgumentException(fileName + " has no column '" + name + "'; its columns are " + String.join(",", names));
      }
    }
    return columns;
  }

  private static ReplayEvent comment(Row row) {
    Instant at = timestamp(row.get("timestamp"));
    String id = row.required("comment-id");
    String author = row.required("author-id");
    String moderated = row.optional("moderated");
    boolean out;
    try {
      out = !moderated.isEmpty() && Integer.parseInt(moderated) == -1;
    } catch (NumberFormatException e) {
      throw new BadRow("unparsable moderated");
    }
    return new ReplayEvent.Comment(id, author, at, row.get("comment-body"), out);
  }

  private static ReplayEvent vote(Row row) {
    Instant at = timestamp(row.get("timestamp"));
    String commentId = row.required("comment-id");
    String voter = row.required("voter-id");
    int vote;
    try {
      vote = Integer.parseInt(row.get("vote"));
    } catch (NumberFormatException e) {
      throw new BadRow("unparsable vote");
    }
    return new ReplayEvent.Vote(commentId, voter, vote, at);
  }

  /** Epoch seconds or milliseconds, fractions allowed. */
  static Instant timestamp(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.compareTo(BigDecimal.valueOf(MILLIS_ABOVE)) > 0) {
        value = value.movePointLeft(3);
      }
      long seconds = value.setScale(0, RoundingMode.FLOOR).longValueExact();
      long nanos = value.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValue();
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (ArithmeticException | NumberFormatException | DateTimeException e) {
      throw new BadRow("unparsable timestamp");
    }
  }

  /** One row's values by column name, trimmed (except the comment body). */
  private record Row(Map<String, Integer> columns, String[] values) {
    String get(String name) {
      String value = values[columns.get(name)];
      return name.equals("comment-body") ? value : value.strip();
    }

    String optional(String name) {
      return columns.containsKey(name) ? get(name) : "";
    }

    String required(String name) {
      String value = get(name);
      if (value.isEmpty()) {
        throw new BadRow("missing " + name);
      }
      return value;
    }
  }

  /** A row that cannot be read; the message is the reason. */
  private static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRow(String reason) {
      super(reason, null, false, false);
    }
  }
}
