package org.consulta.core.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.consulta.core.budgeting.Ballot;
import org.consulta.core.budgeting.BallotRules;
import org.consulta.core.budgeting.CastBallot;
import org.consulta.core.budgeting.CountResult;
import org.consulta.core.budgeting.CountingRule;
import org.consulta.core.budgeting.Election;
import org.consulta.core.budgeting.ProjectOnBallot;
import org.consulta.core.budgeting.ProjectVerdict;
import org.consulta.core.budgeting.VerdictReason;

/** The budgeting values for {@link Samples}: full and minimal. */
final class BudgetingSamples {
  private BudgetingSamples() {}

  static void values(BiConsumer<String, Object> add) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("votes", "412");
    attributes.put("selected", "1");
    ProjectOnBallot full = new ProjectOnBallot("P1", "Zielone podwórko – łąka kwietna", new BigDecimal("120000.50"), Optional.of("Śródmieście"),
        List.of("environment", "culture"), attributes);
    ProjectOnBallot minimal = ProjectOnBallot.of("P2", "Benches", new BigDecimal("8000"));
    add.accept("full", full);
    add.accept("minimal", minimal);
    add.accept("full", new Ballot.Approval(List.of("P1", "P2")));
    add.accept("minimal", new Ballot.Approval(List.of()));
    Map<String, Integer> points = new LinkedHashMap<>();
    points.put("P2", 3);
    points.put("P1", 7);
    add.accept("full", new Ballot.Cumulative(points));
    add.accept("full", new Ballot.Ordinal(List.of("P2", "P1")));
    add.accept("full", new Ballot.PlusMinus(List.of("P1", "P2"), List.of("P3")));
    add.accept("full", new CastBallot("v17", new Ballot.Approval(List.of("P1")), Map.of("age", "34", "sex", "F")));
    add.accept("minimal", CastBallot.of("v18", new Ballot.Approval(List.of())));
    add.accept("full", new BallotRules.Approval(1, 5, Optional.of(new BigDecimal("500000"))));
    add.accept("minimal", BallotRules.Approval.unlimited());
    add.accept("full", new BallotRules.Cumulative(1, 10, 5));
    add.accept("full", new BallotRules.Ordinal(1, 3));
    add.accept("full", new BallotRules.PlusMinus(4, 2, 2));
    add.accept("full", new Election("Wieliczka 2023", new BigDecimal("1000000"), new BallotRules.Approval(1, 10, Optional.empty()),
        List.of(full, minimal), List.of(CastBallot.of("v1", new Ballot.Approval(List.of("P1")))), Map.of("country", "Poland", "unit", "Wieliczka")));
    add.accept("minimal", Election.approval("empty", BigDecimal.ONE, List.of(), List.of()));
    ProjectVerdict funded = new ProjectVerdict("P1", new BigDecimal("120000.50"), new BigDecimal("412"), true, 1, VerdictReason.FUNDED_BY_SHARES,
        "funded: its 412 supporters paid 291.26 each");
    ProjectVerdict skipped = new ProjectVerdict("P2", new BigDecimal("8000"), BigDecimal.ZERO, false, 0, VerdictReason.NO_SUPPORT,
        "not funded: no votes");
    add.accept("full", funded);
    add.accept("full", new CountResult(CountingRule.EQUAL_SHARES_ADD1, new BigDecimal("1000000"), new BigDecimal("120000.50"), List.of("P1"),
        List.of(funded, skipped), List.of("Add1 raised each voter's share 3 times")));
    add.accept("minimal", new CountResult(CountingRule.GREEDY, BigDecimal.ONE, BigDecimal.ZERO, List.of(), List.of(), List.of()));
  }
}
