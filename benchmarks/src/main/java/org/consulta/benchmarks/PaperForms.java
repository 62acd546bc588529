package org.consulta.benchmarks;

import java.util.List;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.participant.ParticipantId;

/**
 * The workload of {@link PostgresIngestHarness}: N paper forms typed in by staff, item {@code i}
 * fully determined by {@code i}, so the Consulta run and the raw baseline write the same rows.
 * Authors are drawn Zipf-skewed (s = 1) from the registered participants; every fifth item is a
 * proposal, the others ideas; bodies are about 110 characters, each with its form number.
 * Immutable. *
 * <p>Run through {@link PostgresIngestHarness} (from the repository root):
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl benchmarks -am package
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.consulta.benchmarks.PostgresIngestHarness
 * }</pre>
 */
final class PaperForms {
  /** The subject of the staff member who records the forms (their {@code recordedBy}). */
  static final String IMPORTER = "importer-1";

  private static final String[] BODIES = {
    "Plant more trees along the river path and add benches every two hundred metres for older residents",
    "Keep the library open on Sunday afternoons during the exam season and add quiet study rooms upstairs",
    "Make the crossing at the school a raised table with a lower speed limit and better lighting at dusk",
    "Turn the empty lot behind the market into a community garden with raised beds and a shared tool shed",
  };

  private final List<ParticipantId> participants;
  private final int[] authors;

  /**
   * @param participants the registered participants, in registration order
   * @param seed the seed of the author draws
   */
  PaperForms(List<ParticipantId> participants, long seed) {
    this.participants = List.copyOf(participants);
    this.authors = new Zipf(participants.size(), 1.0).draws(1 << 16, seed);
  }

  ParticipantId author(int i) {
    return participants.get(authors[i & 0xFFFF]);
  }

  static ContributionKind kind(int i) {
    return i % 5 == 4 ? ContributionKind.PROPOSAL : ContributionKind.IDEA;
  }

  static String body(int i) {
    return BODIES[i & 3] + " (form " + i + ")";
  }
}
