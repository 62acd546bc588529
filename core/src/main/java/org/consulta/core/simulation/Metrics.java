package org.consulta.core.simulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.core.consultation.Channel;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.ParticipantId;

/** The run's counters and the evening's {@link DayRecord}, with the names {@link DayRecord} documents. Single-thread. */
final class Metrics {
  private final Population pop;
  private final List<DemographicDimension> dims;
  private final double[][] reference;
  private long aware;
  private final long[][] awareBy;
  private long participants;
  private final long[][] participantsBy;
  private long contributionsTotal;
  private long answered;
  private long overdue;
  private long contributions;
  private long contributionsOnline;
  private long contributionsInPerson;
  private final long[][] contributionsBy;
  private long reactions;
  private long flags;
  private long refused;
  private long decided;

  Metrics(Scenario scenario, Population pop) {
    this.pop = pop;
    this.dims = pop.dimensions;
    this.awareBy = new long[dims.size()][];
    this.participantsBy = new long[dims.size()][];
    this.contributionsBy = new long[dims.size()][];
    this.reference = new double[dims.size()][];
    for (int d = 0; d < dims.size(); d++) {
      int n = dims.get(d).options().size();
      awareBy[d] = new long[n];
      participantsBy[d] = new long[n];
      contributionsBy[d] = new long[n];
      reference[d] = new double[n];
      Map<String, Double> shares = scenario.population().shares().shares().getOrDefault(dims.get(d).key(), Map.of());
      for (int v = 0; v < n; v++) {
        reference[d][v] = shares.getOrDefault(dims.get(d).options().get(v), 0.0);
      }
    }
  }

  /** @return per dimension and option, the factor in {@code by} (1 where none is given) */
  double[][] factors(Map<String, Map<String, Double>> by) {
    double[][] f = new double[dims.size()][];
    for (int d = 0; d < dims.size(); d++) {
      DemographicDimension dim = dims.get(d);
      f[d] = new double[dim.options().size()];
      Map<String, Double> m = by.getOrDefault(dim.key(), Map.of());
      for (int v = 0; v < f[d].length; v++) {
        f[d][v] = m.getOrDefault(dim.options().get(v), 1.0);
      }
    }
    return f;
  }

  void startDay() {
    contributions = 0;
    contributionsOnline = 0;
    contributionsInPerson = 0;
    for (long[] c : contributionsBy) {
      Arrays.fill(c, 0);
    }
    reactions = 0;
    flags = 0;
    refused = 0;
    decided = 0;
  }

  void aware(int i) {
    aware++;
    for (int d = 0; d < dims.size(); d++) {
      awareBy[d][pop.values[d][i]]++;
    }
  }

  void participant(int i) {
    participants++;
    for (int d = 0; d < dims.size(); d++) {
      participantsBy[d][pop.values[d][i]]++;
    }
  }

  void contribution(int i, Channel channel) {
    contributions++;
    contributionsTotal++;
    if (channel == Channel.ONLINE) {
      contributionsOnline++;
    } else {
      contributionsInPerson++;
    }
    for (int d = 0; d < dims.size(); d++) {
      contributionsBy[d][pop.values[d][i]]++;
    }
  }

  void reaction() {
    reactions++;
  }

  void flag() {
    flags++;
  }

  void refused() {
    refused++;
  }

  void decided() {
    this.decided++;
  }

  void answered() {
    answered++;
  }

  void overdue() {
    overdue++;
  }

  DayRecord endDay(int day, LocalDate date, int moderationBacklog, int responseBacklog, ParticipantId[] participantOf, byte[] channelsUsed,
      List<CommitmentState> commitments) {
    double trustSum = 0;
    double trustParticipants = 0;
    double[][] trustBy = new double[dims.size()][];
    for (int d = 0; d < dims.size(); d++) {
      trustBy[d] = new double[dims.get(d).options().size()];
    }
    long online = 0;
    long inPerson = 0;
    long withoutInternet = 0;
    long contributors = 0;
    double trustContributors = 0;
    for (int i = 0; i < pop.size; i++) {
      double t = pop.trust[i];
      trustSum += t;
      for (int d = 0; d < trustBy.length; d++) {
        trustBy[d][pop.values[d][i]] += t;
      }
      if (participantOf[i] != null) {
        trustParticipants += t;
        online += channelsUsed[i] & 1;
        inPerson += (channelsUsed[i] >> 1) & 1;
        withoutInternet += pop.online[i] ? 0 : 1;
        if ((channelsUsed[i] & 4) != 0) {
          contributors++;
          trustContributors += t;
        }
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("aware", (double) aware);
    m.put("aware.share", aware / (double) pop.size);
    groups(m, "aware", awareBy, true);
    m.put("participants", (double) participants);
    m.put("participants.online", (double) online);
    m.put("participants.in_person", (double) inPerson);
    m.put("participants.without_internet", (double) withoutInternet);
    groups(m, "participants", participantsBy, false);
    m.put("contributors", (double) contributors);
    m.put("contributions", (double) contributions);
    m.put("contributions.online", (double) contributionsOnline);
    m.put("contributions.in_person", (double) contributionsInPerson);
    groups(m, "contributions", contributionsBy, false);
    m.put("contributions.total", (double) contributionsTotal);
    m.put("reactions", (double) reactions);
    m.put("flags", (double) flags);
    for (int d = 0; d < dims.size(); d++) {
      DemographicDimension dim = dims.get(d);
      double distance = 0;
      for (int v = 0; v < dim.options().size(); v++) {
        double share = participants == 0 ? 0 : participantsBy[d][v] / (double) participants;
        m.put("representation." + dim.key() + "." + dim.options().get(v), share);
        distance += Math.abs(share - reference[d][v]);
      }
      m.put("representation." + dim.key() + ".distance", participants == 0 ? 1.0 : distance / 2);
    }
    m.put("backlog.moderation", (double) moderationBacklog);
    m.put("backlog.responses", (double) responseBacklog);
    m.put("moderation.decided", (double) decided);
    m.put("answered", (double) answered);
    m.put("overdue", (double) overdue);
    m.put("trust.mean", trustSum / pop.size);
    m.put("trust.participants", participants == 0 ? 0 : trustParticipants / participants);
    m.put("trust.contributors", contributors == 0 ? 0 : trustContributors / contributors);
    for (int d = 0; d < dims.size(); d++) {
      DemographicDimension dim = dims.get(d);
      for (int v = 0; v < dim.options().size(); v++) {
        m.put("trust." + dim.key() + "." + dim.options().get(v), pop.groupSize[d][v] == 0 ? 0 : trustBy[d][v] / pop.groupSize[d][v]);
      }
    }
    m.put("refused", (double) refused);
    return new DayRecord(day, date, m, commitments);
  }

  private void groups(Map<String, Double> m, String prefix, long[][] counts, boolean asShare) {
    for (int d = 0; d < dims.size(); d++) {
      DemographicDimension dim = dims.get(d);
      for (int v = 0; v < dim.options().size(); v++) {
        double value = asShare ? (pop.groupSize[d][v] == 0 ? 0 : counts[d][v] / (double) pop.groupSize[d][v]) : counts[d][v];
        m.put(prefix + "." + dim.key() + "." + dim.options().get(v), value);
      }
    }
  }
}
