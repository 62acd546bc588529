package org.consulta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.core.json.ConsultaJson;
import org.consulta.core.simulation.ReplayEvent;
import org.consulta.core.simulation.ReplaySummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("consulta-examples replay-polis")
class ReplayPolisCommandTest {
  private final ObjectMapper json = ConsultaJson.mapper();

  @TempDir
  Path out;

  private static Path sample() throws URISyntaxException {
    return Path.of(ReplayPolisCommandTest.class.getResource("/polis-sample/comments.csv").toURI()).getParent();
  }

  private CliRun replaySample() throws URISyntaxException {
    CliRun run = CliRun.of("replay-polis", sample().toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void summaryCountsWhatWasIngestedAndRejectedWithReasons() throws Exception {
    replaySample();

    ReplaySummary s = json.readValue(out.resolve("summary.json").toFile(), ReplaySummary.class);
    assertThat(s.source()).isEqualTo("polis-sample");
    assertThat(s.participants()).isEqualTo(40);
    assertThat(s.commentsIngested()).isEqualTo(30);
    assertThat(s.commentsModeratedOut()).isEqualTo(1);
    assertThat(s.commentsRejected()).isZero();
    assertThat(s.votesIngested()).isEqualTo(591);
    assertThat(s.votesAgree()).isEqualTo(316);
    assertThat(s.votesDisagree()).isEqualTo(161);
    assertThat(s.votesPass()).isEqualTo(114);
    assertThat(s.votesRejected()).isEqualTo(2);
    assertThat(s.rowsRejected()).isEqualTo(1);
    assertThat(s.rejections()).containsExactly(
        Map.entry("vote on an unknown comment", 1L),
        Map.entry("vote value not -1, 0 or 1", 1L),
        Map.entry("votes.csv: unparsable timestamp", 1L));
    assertThat(s.firstEvent()).contains(Instant.parse("2025-03-03T08:31:36Z"));
    assertThat(s.lastEvent()).hasValueSatisfying(last -> assertThat(last.toString()).startsWith("2025-03-07"));
  }

  @Test
  void timeSeriesHasOneRowPerDayFromTheFirstEventToTheLast() throws Exception {
    replaySample();

    List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("day,date,participants,contributions,contributions.online,contributions.total,reactions,"
        + "reactions.total,votes.agree,votes.disagree,votes.pass,moderated_out");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(',', 2)))
        .containsExactly("0,2025-03-03", "1,2025-03-04", "2,2025-03-05", "3,2025-03-06", "4,2025-03-07");
    assertThat(lines.get(5)).startsWith("4,2025-03-07,40,").contains(",30,").endsWith(",1");
    assertThat(lines.get(5).split(",")[7]).isEqualTo("591");

    JsonNode series = json.readTree(out.resolve("timeseries.json").toFile());
    assertThat(series.get("source").asText()).isEqualTo("polis-sample");
    assertThat(series.get("days")).hasSize(5);
    assertThat(series.get("days").get(4).get("metrics").get("reactions.total").asDouble()).isEqualTo(591);
  }

  @Test
  void stdoutSaysWhatWasIngestedAndWhereTheFilesWentAndStderrShowsProgress() throws Exception {
    CliRun run = replaySample();

    assertThat(run.out())
        .contains("Replayed polis-sample: 40 participants, 30 comments (1 moderated out), 591 votes (316 agree, 161 disagree, 114 pass)")
        .contains("Rejected: 0 comments, 2 votes, 1 unreadable rows")
        .contains("Wrote " + out.resolve("summary.json"))
        .contains("Wrote " + out.resolve("timeseries.csv"))
        .contains("Wrote " + out.resolve("timeseries.json"));
    assertThat(run.err())
        .contains("replay-polis:   votes.csv line 302: unparsable timestamp")
        .contains("replay-polis: day 5/5 2025-03-07")
        .contains("ms of wall time");
  }

  @Test
  void sameExportWritesTheSameFiles() throws Exception {
    replaySample();
    String summary = Files.readString(out.resolve("summary.json"));
    String csv = Files.readString(out.resolve("timeseries.csv"));
    Path again = out.resolve("again");

    CliRun second = CliRun.of("replay-polis", sample().toString(), "--out", again.toString());

    assertThat(second.exitCode()).isZero();
    assertThat(Files.readString(again.resolve("summary.json"))).isEqualTo(summary);
    assertThat(Files.readString(again.resolve("timeseries.csv"))).isEqualTo(csv);
  }

  @Test
  void aMissingVotesFileIsAUsageErrorNamingIt() throws IOException {
    Path export = out.resolve("export");
    Files.createDirectories(export);
    Files.writeString(export.resolve("comments.csv"), "timestamp,comment-id,author-id,comment-body\n");

    CliRun run = CliRun.of("replay-polis", export.toString(), "--out", out.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no votes.csv in " + export);
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndBadRowsAreRejectedWithTheirLine() throws Exception {
    Path export = out.resolve("reordered");
    Files.createDirectories(export);
    Files.writeString(export.resolve("comments.csv"), """
        comment-body,author-id,comment-id,timestamp
        "Two lines,
        one comma",7,0,1741000000
        Late,7,1,1741000100000
        ,8,2,1741000200
        Broken,8,,1741000300
        """);
    Files.writeString(export.resolve("votes.csv"), """
        vote,voter-id,comment-id,timestamp,datetime
        1,8,0,1741000050,x
        -1,9,1,1741000200,x
        yes,9,0,1741000300,x
        0,9,0
        """);

    PolisExport read = PolisExport.read(export);

    assertThat(read.name()).isEqualTo("reordered");
    assertThat(read.events()).containsExactly(
        new ReplayEvent.Comment("0", "7", Instant.ofEpochSecond(1741000000), "Two lines,\none comma", false),
        new ReplayEvent.Comment("1", "7", Instant.ofEpochMilli(1741000100000L), "Late", false),
        new ReplayEvent.Comment("2", "8", Instant.ofEpochSecond(1741000200), "", false),
        new ReplayEvent.Rejected("comments.csv", 6, "missing comment-id"),
        new ReplayEvent.Vote("0", "8", 1, Instant.ofEpochSecond(1741000050)),
        new ReplayEvent.Vote("1", "9", -1, Instant.ofEpochSecond(1741000200)),
        new ReplayEvent.Rejected("votes.csv", 4, "unparsable vote"),
        new ReplayEvent.Rejected("votes.csv", 5, "wrong number of columns"));
  }
}
