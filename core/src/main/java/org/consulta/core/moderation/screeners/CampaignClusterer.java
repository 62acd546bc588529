package org.consulta.core.moderation.screeners;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Iterator;
import java.util.UUID;
import java.util.stream.Stream;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.moderation.TextSignature;

/**
 * Clusters many texts in memory into campaigns, with the algorithm and the code of {@link
 * CampaignScreener}: each text, in order, joins the most similar earlier seed that shares a band
 * key with it and reaches the threshold, or becomes a seed. For re-analysing a closed
 * consultation, importing paper or e-mail responses, or measuring settings on a corpus.
 *
 * <p>Keeps no text: only the seeds' signatures and band keys (an {@link InMemoryCampaignIndex})
 * and an {@code int} and a {@code float} per text. With the default signatures a seed costs about
 * 1.1 KB (its signature, its id and 32 band-table entries): {@code CampaignClusteringHarness}
 * measured 630 MiB of heap after GC for a million texts with 599,271 seeds, and about 60 s on a
 * shared 2-core machine (37 s of CPU), text generation included. Runs single-threaded.
 *
 * <p>Immutable and thread-safe; each {@link #cluster} call works on its own index, single-threaded.
 *
 * <pre>{@code
 * CampaignClustering result = CampaignClusterer.standard().cluster(List.of(
 *     "Stop the motorway through the valley.", "STOP the motorway through our valley!", "Build it."));
 * result.clusterOf(1); // 0: text 1 joined the campaign seeded by text 0
 * result.clusterSize(0); // 2
 * }</pre>
 */
public final class CampaignClusterer {
  private static final CampaignClusterer STANDARD = new CampaignClusterer(new CampaignMatcher(TextSignatures.standard(),
      CampaignScreener.DEFAULT_THRESHOLD));
  /** The consultation every batch runs in; batches never share an index. */
  private static final ConsultationId BATCH = new ConsultationId(new UUID(0, 0));
  /** The high half of the synthetic contribution ids; the low half is the text's position. */
  private static final long BATCH_IDS = 0x6261746368000000L;

  private final CampaignMatcher matcher;

  private CampaignClusterer(CampaignMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * The default clusterer: {@link TextSignatures#standard()} and threshold {@value
   * CampaignScreener#DEFAULT_THRESHOLD}, as {@link CampaignScreener#standard()}.
   *
   * <pre>{@code
   * CampaignClustering result = CampaignClusterer.standard().cluster(texts);
   * }</pre>
   *
   * @return the shared default instance
   */
  public static CampaignClusterer standard() {
    return STANDARD;
  }

  /**
   * A clusterer with its own signatures and threshold.
   *
   * <pre>{@code
   * CampaignClusterer strict = CampaignClusterer.using(TextSignatures.standard(), 0.7);
   * }</pre>
   *
   * @param signatures how texts are signed
   * @param threshold the estimated similarity, in (0, 1], from which a text joins a seed's campaign
   * @return a new clusterer
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public static CampaignClusterer using(TextSignatures signatures, double threshold) {
    return new CampaignClusterer(new CampaignMatcher(signatures, threshold));
  }

  /**
   * Clusters texts in iteration order.
   *
   * <pre>{@code
   * CampaignClustering result = CampaignClusterer.standard().cluster(List.of("a text", "a text"));
   * }</pre>
   *
   * @param texts the texts, none null; read once
   * @return each text's cluster
   * @throws NullPointerException if a text is null
   */
  public CampaignClustering cluster(Iterable<? extends CharSequence> texts) {
    return cluster(requireNonNull(texts, "texts").iterator());
  }

  /**
   * Clusters texts in encounter order, consuming the stream; the stream may be lazy and longer
   * than would fit in memory.
   *
   * <pre>{@code
   * try (Stream<String> lines = Files.lines(path)) {
   *   CampaignClustering result = CampaignClusterer.standard().cluster(lines);
   * }
   * }</pre>
   *
   * @param texts the texts, none null
   * @return each text's cluster
   * @throws NullPointerException if a text is null
   */
  public CampaignClustering cluster(Stream<? extends CharSequence> texts) {
    return cluster(requireNonNull(texts, "texts").iterator());
  }

  private CampaignClustering cluster(Iterator<? extends CharSequence> texts) {
    InMemoryCampaignIndex index = new InMemoryCampaignIndex();
    int[] clusters = new int[1024];
    float[] similarities = new float[1024];
    int n = 0;
    while (texts.hasNext()) {
      CharSequence text = requireNonNull(texts.next(), "text");
      if (n == clusters.length) {
        clusters = Arrays.copyOf(clusters, n * 2);
        similarities = Arrays.copyOf(similarities, n * 2);
      }
      TextSignature signature = matcher.signatures().sign(text);
      CampaignMatcher.Match match = matcher.match(index, BATCH, new ContributionId(new UUID(BATCH_IDS, n)), signature);
      if (match == null) {
        clusters[n] = n;
        similarities[n] = 1;
      } else {
        clusters[n] = (int) match.seed().contribution().value().getLeastSignificantBits();
        similarities[n] = (float) match.similarity();
      }
      n++;
    }
    return new CampaignClustering(Arrays.copyOf(clusters, n), Arrays.copyOf(similarities, n));
  }

  @Override
  public String toString() {
    return "CampaignClusterer[" + matcher.signatures() + ", threshold " + matcher.threshold() + "]";
  }
}
