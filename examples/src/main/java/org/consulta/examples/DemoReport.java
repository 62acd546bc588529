package org.consulta.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/** Reads the outcome of a demo run back from the engine (as the manager and, for the log, the system) into a {@link DemoSummary}. */
final class DemoReport {
  private static final int TOP = 5;
  private static final int BATCH = PageRequest.MAX_LIMIT;

  private DemoReport() {}

  static DemoSummary gather(
      Consulta consulta, Actor manager, ConsultationId id, long seed, DemoPopulation population, long supportLimitRefusals) {
    Consultation c = consulta.consultations().get(manager, id);
    List<Contribution> all = allContributions(consulta, manager, id);
    return new DemoSummary(
        seed,
        c.tenant().value(),
        consultation(c),
        new DemoSummary.ParticipantStats(population.ids().size(), population.declared()),
        contributions(c, consulta.contributions().counts(manager, id)),
        reactions(c, all, supportLimitRefusals),
        topProposals(all),
        DemoModeration.stats(consulta, manager, id, DemoModeration.day(c.createdAt()), DemoModeration.day(consulta.consultations().get(manager, id).updatedAt()).plusDays(1)),
        events(consulta, Actor.system(c.tenant())));
  }

  private static DemoSummary.ConsultationInfo consultation(Consultation c) {
    return new DemoSummary.ConsultationInfo(
        c.id().toString(),
        c.title().best("en"),
        List.copyOf(c.title().languages()),
        c.phase(),
        c.influence().level().name(),
        c.influence().decidedBy().map(t -> t.best("en")).orElse(""),
        List.copyOf(c.channels()),
        c.createdAt(),
        c.schedule().opensAt().orElseThrow(),
        c.schedule().closesAt().orElseThrow(),
        c.history());
  }

  /** Copies the counts into maps in enum order (the engine's maps have no fixed iteration order). */
  private static DemoSummary.ContributionStats contributions(Consultation c, ContributionCounts counts) {
    Map<ContributionKind, Long> byKind = new LinkedHashMap<>();
    c.acceptedKinds().forEach(kind -> byKind.put(kind, counts.of(kind)));
    Map<Channel, Long> byChannel = new LinkedHashMap<>();
    c.channels().forEach(channel -> byChannel.put(channel, counts.of(channel)));
    Map<ContributionState, Long> byState = new LinkedHashMap<>();
    for (ContributionState state : ContributionState.values()) {
      if (counts.of(state) > 0) {
        byState.put(state, counts.of(state));
      }
    }
    return new DemoSummary.ContributionStats(counts.total(), byKind, byChannel, byState);
  }

  private static DemoSummary.ReactionStats reactions(Consultation c, List<Contribution> all, long refusals) {
    long supports = 0;
    long opposes = 0;
    long stances = 0;
    long stanceSumMillis = 0;
    long qualified = 0;
    for (Contribution contribution : all) {
      supports += contribution.tally().supports();
      opposes += contribution.tally().opposes();
      stances += contribution.tally().stances();
      stanceSumMillis += contribution.tally().stanceSumMillis();
      qualified += contribution.qualified() ? 1 : 0;
    }
    double mean = stances == 0 ? 0 : Math.round((double) stanceSumMillis / stances) / 1000.0;
    return new DemoSummary.ReactionStats(supports, opposes, stances, mean,
        c.supportRules().supportLimit().orElse(0), refusals, c.supportRules().qualificationThreshold().orElse(0), qualified);
  }

  private static List<DemoSummary.TopProposal> topProposals(List<Contribution> all) {
    List<Contribution> ranked = all.stream()
        .filter(x -> x.kind() == ContributionKind.PROPOSAL && x.state() == ContributionState.PUBLISHED)
        .sorted(Comparator.comparingLong((Contribution x) -> x.tally().supports()).reversed()
            .thenComparingLong(x -> x.tally().opposes())
            .thenComparing(Contribution::sortKey))
        .limit(TOP)
        .toList();
    List<DemoSummary.TopProposal> top = new ArrayList<>();
    for (Contribution p : ranked) {
      top.add(new DemoSummary.TopProposal(top.size() + 1, p.id().toString(), p.body().orElse(""),
          p.tally().supports(), p.tally().opposes(), p.replies(), p.qualified()));
    }
    return top;
  }

  private static List<Contribution> allContributions(Consulta consulta, Actor manager, ConsultationId id) {
    List<Contribution> all = new ArrayList<>();
    Optional<Cursor> after = Optional.empty();
    do {
      Page<Contribution> page = consulta.contributions().list(manager, ContributionQuery.of(id), new PageRequest(after, BATCH));
      all.addAll(page.items());
      after = page.next();
    } while (after.isPresent());
    return all;
  }

  private static DemoSummary.EventStats events(Consulta consulta, Actor system) {
    Map<String, Long> byType = new TreeMap<>();
    long total = 0;
    long position = 0;
    List<RecordedEvent> batch;
    do {
      batch = consulta.events().read(system, position, BATCH);
      for (RecordedEvent e : batch) {
        byType.merge(e.event().type(), 1L, Long::sum);
        position = e.position();
        total++;
      }
    } while (!batch.isEmpty());
    return new DemoSummary.EventStats(total, byType);
  }
}
