package org.consulta.core.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.consulta.core.simulation.DayRecord;
import org.consulta.core.simulation.ReplayEvent;
import org.consulta.core.simulation.ReplayResult;
import org.consulta.core.simulation.ReplaySummary;

/** The replay values' samples for {@link Samples}: full and minimal. */
final class ReplaySamples {
  private static final Instant FIRST = Instant.parse("2025-03-03T10:15:30Z");
  private static final Instant LAST = Instant.parse("2025-03-04T18:02:00.250Z");

  private ReplaySamples() {}

  static void values(BiConsumer<String, Object> add) {
    ReplaySummary summary = new ReplaySummary("polis-sample", 42, 30, 1, 2, 600, 310, 190, 100, 3, 1,
        Map.of("vote on an unknown comment", 1L, "votes.csv: unparsable timestamp", 1L, "empty comment", 2L, "vote value not -1, 0 or 1", 2L),
        Optional.of(FIRST), Optional.of(LAST));
    ReplaySummary empty = new ReplaySummary("empty", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Optional.empty(), Optional.empty());
    add.accept("full", summary);
    add.accept("minimal", empty);
    add.accept("full", new ReplayResult(summary, List.of(day(0, LocalDate.of(2025, 3, 3), 20, 1), day(1, LocalDate.of(2025, 3, 4), 42, 0))));
    add.accept("minimal", new ReplayResult(empty, List.of()));
    add.accept("full", new ReplayEvent.Comment("17", "5", FIRST, "Parks, \"green\" spaces,\nand é-bikes", true));
    add.accept("minimal", new ReplayEvent.Comment("0", "0", LAST, "", false));
    add.accept("full", new ReplayEvent.Vote("17", "9", -1, LAST));
    add.accept("full", new ReplayEvent.Rejected("votes.csv", 12, "unparsable timestamp"));
    add.accept("minimal", new ReplayEvent.Rejected("", 0, ""));
  }

  private static DayRecord day(int day, LocalDate date, double participants, double contributions) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("participants", participants);
    m.put("contributions", contributions);
    m.put("votes.pass", 0.5);
    return new DayRecord(day, date, m, List.of());
  }
}
