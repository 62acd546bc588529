package org.consulta.core.store.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseTimes;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.outcome.ThemeStats;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/** Theme counts and response times of a consultation, for {@link MemoryOutcomes}, inside one unit of work. */
final class MemoryOutcomeAggregates {
  private final MemoryUnitOfWork uow;
  private final TenantData tenant;
  private final OutcomeData data;

  MemoryOutcomeAggregates(MemoryUnitOfWork uow, TenantData tenant) {
    this.uow = uow;
    this.tenant = tenant;
    this.data = tenant.outcomes;
  }

  /** Both aggregates of one consultation, from one pass over its contributions. */
  record Aggregates(List<ThemeStats> stats, ResponseTimes times) {}

  private ConsultationId aggregatedFor;
  private int aggregatedAtWrites = -1;
  private Aggregates aggregated;

  /**
   * The report asks for theme counts and response times together: one pass computes both, and
   * the second call in the same unit of work, with no write in between, is served from it.
   */
  Aggregates of(ConsultationId consultation) {
    if (consultation.equals(aggregatedFor) && aggregatedAtWrites == uow.writes()) {
      return aggregated;
    }
    aggregated = aggregate(consultation);
    aggregatedFor = consultation;
    aggregatedAtWrites = uow.writes();
    return aggregated;
  }

  private Aggregates aggregate(ConsultationId consultation) {
    List<String> dimensions = tenant.schema == null ? List.of() : tenant.schema.dimensions().stream().map(DemographicDimension::key).toList();
    List<Theme> themes = OutcomeData.page(data.themeOrder.get(consultation), Optional.<SortKey>empty(), Integer.MAX_VALUE, data.themes);
    Map<ThemeId, Integer> slot = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      slot.put(themes.get(t).id(), t);
    }
    int channels = Channel.values().length;
    long[] totals = new long[themes.size()];
    long[][] byChannel = new long[themes.size()][channels];
    List<Map<String, Map<String, Long>>> byGroup = new ArrayList<>();
    themes.forEach(t -> byGroup.add(new LinkedHashMap<>()));
    // one pass over the consultation's contributions, in index order; authors' declared values looked up once each
    Map<ParticipantId, String[]> declared = new HashMap<>();
    String[] anonymous = new String[dimensions.size()];
    java.util.Arrays.fill(anonymous, ThemeStats.UNDECLARED);
    long counted = 0;
    long[] micros = new long[1024];
    int answered = 0;
    TenantData.ConsultationContributions all = tenant.byConsultation.get(consultation);
    for (int i = 0; all != null && i < all.ordered.size(); i++) {
      Contribution c = all.ordered.valueAt(i);
      if (c.state() != ContributionState.PUBLISHED) {
        continue;
      }
      List<ThemeMembership> in = data.memberships.get(c.id());
      if (c.parent().isEmpty()) {
        counted++;
        long delay = timeToResponse(c, in);
        if (delay >= 0) {
          if (answered == micros.length) {
            micros = java.util.Arrays.copyOf(micros, answered * 2);
          }
          micros[answered++] = delay;
        }
      }
      if (in == null || in.isEmpty() || c.visibility() == Visibility.CONFIDENTIAL) {
        continue;
      }
      String[] values = c.author().map(a -> declared.computeIfAbsent(a, p -> values(p, dimensions))).orElse(anonymous);
      for (ThemeMembership m : in) {
        Integer t = slot.get(m.theme());
        if (t == null) {
          continue;
        }
        totals[t]++;
        byChannel[t][c.channel().ordinal()]++;
        Map<String, Map<String, Long>> groups = byGroup.get(t);
        for (int d = 0; d < values.length; d++) {
          groups.computeIfAbsent(dimensions.get(d), k -> new HashMap<>()).merge(values[d], 1L, Long::sum);
        }
      }
    }
    List<ThemeStats> out = new ArrayList<>(themes.size());
    for (int t = 0; t < themes.size(); t++) {
      Map<Channel, Long> channelCounts = new EnumMap<>(Channel.class);
      for (Channel ch : Channel.values()) {
        if (byChannel[t][ch.ordinal()] > 0) {
          channelCounts.put(ch, byChannel[t][ch.ordinal()]);
        }
      }
      Map<String, Map<String, Long>> groups = byGroup.get(t);
      if (totals[t] > 0) {
        dimensions.forEach(d -> groups.putIfAbsent(d, Map.of()));
      }
      out.add(new ThemeStats(themes.get(t).id(), totals[t], channelCounts, groups));
    }
    return new Aggregates(out, times(counted, micros, answered));
  }

  /** Response times over several consultations' top-level published input together. */
  ResponseTimes pooledTimes(java.util.Collection<ConsultationId> consultations) {
    long counted = 0;
    long[] micros = new long[1024];
    int answered = 0;
    for (ConsultationId consultation : new java.util.LinkedHashSet<>(consultations)) {
      TenantData.ConsultationContributions all = tenant.byConsultation.get(consultation);
      for (int i = 0; all != null && i < all.ordered.size(); i++) {
        Contribution c = all.ordered.valueAt(i);
        if (c.state() != ContributionState.PUBLISHED || c.parent().isPresent()) {
          continue;
        }
        counted++;
        long delay = timeToResponse(c, data.memberships.get(c.id()));
        if (delay >= 0) {
          if (answered == micros.length) {
            micros = java.util.Arrays.copyOf(micros, answered * 2);
          }
          micros[answered++] = delay;
        }
      }
    }
    return times(counted, micros, answered);
  }

  private static ResponseTimes times(long counted, long[] micros, int n) {
    java.util.Arrays.sort(micros, 0, n);
    return new ResponseTimes(counted, n,
        n == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros[rank(n, 50) - 1] * 1_000)),
        n == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros[rank(n, 90) - 1] * 1_000)));
  }

  /** Microseconds from submission to the earliest answer reaching the contribution, or -1 if none has. */
  private long timeToResponse(Contribution c, List<ThemeMembership> in) {
    Instant first = null;
    ResponseId own = data.responseByContribution.get(c.id());
    if (own != null) {
      first = data.responses.get(own).firstRespondedAt();
    }
    for (ThemeMembership m : in == null ? List.<ThemeMembership>of() : in) {
      ResponseId viaTheme = data.responseByTheme.get(m.theme());
      if (viaTheme != null) {
        Instant reached = later(data.responses.get(viaTheme).firstRespondedAt(), m.addedAt());
        first = first == null || reached.isBefore(first) ? reached : first;
      }
    }
    if (first == null) {
      return -1;
    }
    Duration d = Duration.between(c.submittedAt(), first);
    return d.getSeconds() * 1_000_000 + d.getNano() / 1_000;
  }

  private String[] values(ParticipantId id, List<String> dimensions) {
    Participant p = tenant.participants.get(id);
    String[] out = new String[dimensions.size()];
    for (int d = 0; d < out.length; d++) {
      out[d] = p == null ? ThemeStats.UNDECLARED : p.demographics().declared(dimensions.get(d)).orElse(ThemeStats.UNDECLARED);
    }
    return out;
  }

  /** Nearest rank: ⌈n × percent / 100⌉, at least 1. */
  static int rank(int n, int percent) {
    return Math.max(1, (int) ((n * (long) percent + 99) / 100));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

}
