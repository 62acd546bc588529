package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.consulta.core.error.InvalidInputException;

/**
 * Reads and writes <a href="https://pabulib.org/format">pabulib</a> {@code .pb} files, the
 * format in which cities' participatory budgeting votes are published: a {@code META} section of
 * {@code key;value} lines, a {@code PROJECTS} section and a {@code VOTES} section, each a header
 * line and rows, {@code ;}-separated, with {@code "}-quoted fields, in UTF-8 (a byte order mark is
 * skipped).
 *
 * <pre>{@code
 * Election vote = Pabulib.read(Path.of("poland_warszawa_2023_ursynow.pb"));
 * CountResult result = Count.count(vote, CountingRule.fromWireName(vote.meta().get("rule")));
 * Optional<Set<String>> city = Pabulib.publishedSelection(vote); // the file's selected column
 * Pabulib.write(vote, Path.of("copy.pb"));
 * }</pre>
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li>{@code META}: every line, in order, goes to {@link Election#meta()}. {@code budget} (a
 *       decimal point or a decimal comma, no thousands separators) becomes {@link
 *       Election#budget()}, {@code description} the {@linkplain Election#name() name} (empty when
 *       absent), {@code vote_type} the kind of {@link BallotRules}: {@code approval} and {@code
 *       choose-1} with {@code min_length}, {@code max_length} and {@code max_sum_cost}; {@code
 *       cumulative} and {@code scoring} with {@code min_sum_points}, {@code max_sum_points} and
 *       {@code max_points}; {@code ordinal} with {@code min_length} and {@code max_length}. An absent
 *       limit is no limit (a minimum of 0; {@code max_points} defaults to {@code max_sum_points}).
 *       Other keys ({@code rule}, {@code unit}, {@code currency}, {@code min_sum_cost}, ...) are
 *       kept but not interpreted.
 *   <li>{@code PROJECTS}: {@code project_id} and {@code cost} are required; {@code name}, {@code
 *       category} (or {@code categories}, comma-separated) and {@code district} fill the {@link
 *       ProjectOnBallot}; every other column ({@code votes}, {@code score}, {@code target}, {@code
 *       selected}, ...) goes to its {@link ProjectOnBallot#attributes()}.
 *   <li>{@code VOTES}: {@code voter_id} and {@code vote} (the project ids, comma-separated, in the
 *       voter's order) are required, and {@code points} (comma-separated, one per project of {@code
 *       vote}) for cumulative and scoring ballots; every other column ({@code age}, {@code sex},
 *       {@code voting_method}, ...) goes to {@link CastBallot#attributes()}.
 *   <li>An empty cell means absent: it gives no attribute, and a missing attribute is written as an
 *       empty cell.
 * </ul>
 *
 * <p><b>D21 (plus/minus) ballots</b> have no pabulib vote type; Consulta writes and reads them as
 * the extension {@code vote_type;plusminus}: {@code vote} lists the projects, plus votes first,
 * and {@code points} gives each {@code 1} (plus) or {@code -1} (minus); META {@code max_plus}
 * (default no limit), {@code max_minus} (default 0) and {@code plus_before_minus} (default 0) are
 * the {@link BallotRules.PlusMinus} limits. Standard files are read as before.
 *
 * <p>Reading checks the file's structure, not the ballot rules (a published vote may hold ballots
 * its own rules forbid; {@link Election#validate()} and {@link Count#count} name them). Writing
 * keeps the META lines in order, setting those the election determines ({@code description},
 * {@code num_projects}, {@code num_votes}, {@code budget}, {@code vote_type} and the limits) to its
 * values where they disagree and adding missing ones, so that {@code read(write(e))} equals {@code
 * e} once its META holds them. Columns are written in a fixed order ({@code project_id;cost} then
 * {@code votes}, {@code score}, {@code name}, {@code category}, {@code target}, {@code district},
 * {@code selected} and other columns as first seen; {@code voter_id;vote[;points]} then the rest as
 * first seen), so writing a file this class wrote reproduces it byte for byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class Pabulib {
  /** {@code ;}-separated, {@code "}-quoted, one record per line ending in LF. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setDelimiter(';')
      .setQuote('"')
      .setRecordSeparator("\n")
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  private Pabulib() {}

  /**
   * @param in the file's text; read to its end, not closed
   * @return the election the file describes
   * @throws PabulibFormatException naming the section and line if the file is not a pabulib file
   *     Consulta can read
   * @throws IOException if {@code in} fails
   */
  public static Election read(Reader in) throws IOException {
    StringWriter text = new StringWriter();
    requireNonNull(in, "in").transferTo(text);
    return PabulibReader.read(text.toString());
  }

  /**
   * @param file a {@code .pb} file, UTF-8
   * @return the election the file describes
   * @throws PabulibFormatException naming the section and line if the file is not a pabulib file
   *     Consulta can read
   * @throws IOException if the file cannot be read, or is not UTF-8
   */
  public static Election read(Path file) throws IOException {
    return PabulibReader.read(Files.readString(requireNonNull(file, "file"), StandardCharsets.UTF_8));
  }

  /**
   * @param election the election
   * @param out where the file's text goes; flushed, not closed
   * @throws InvalidInputException naming every part the file cannot hold or would read back
   *     differently: project ids, voter ids and categories that are empty, have surrounding spaces
   *     or commas; repeated ids; attribute names that are columns of their own; ballots of
   *     another kind than the rules; a ballot naming a project twice
   * @throws IOException if {@code out} fails
   */
  public static void write(Election election, Writer out) throws IOException {
    PabulibWriter.write(requireNonNull(election, "election"), requireNonNull(out, "out"));
    out.flush();
  }

  /**
   * @param election the election
   * @param file the file to write, UTF-8, replaced if it exists
   * @throws InvalidInputException as {@link #write(Election, Writer)}
   * @throws IOException if the file cannot be written
   */
  public static void write(Election election, Path file) throws IOException {
    requireNonNull(election, "election");
    StringWriter text = new StringWriter();
    PabulibWriter.write(election, text);
    Files.writeString(requireNonNull(file, "file"), text.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The outcome the city published, from the PROJECTS {@code selected} column (1 for a funded
   * project).
   *
   * @param election an election read from a pabulib file
   * @return the ids of the projects whose {@code selected} is 1, in ballot order; empty if no
   *     project has a {@code selected} value
   */
  public static Optional<Set<String>> publishedSelection(Election election) {
    requireNonNull(election, "election");
    if (election.projects().stream().noneMatch(p -> p.attributes().containsKey("selected"))) {
      return Optional.empty();
    }
    Set<String> selected = new LinkedHashSet<>();
    election.projects().stream().filter(p -> "1".equals(p.attributes().getOrDefault("selected", "").strip()))
        .forEach(p -> selected.add(p.id()));
    return Optional.of(Collections.unmodifiableSet(selected));
  }
}
