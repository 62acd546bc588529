package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.outcome.NoticeRequest;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.memory.OutcomeData.NoticeKey;

/** Queued outcome notices of one tenant, for {@link MemoryOutcomes}, inside one unit of work. */
final class MemoryOutcomeNotices {
  private final MemoryUnitOfWork uow;
  private final TenantData tenant;
  private final OutcomeData data;

  MemoryOutcomeNotices(MemoryUnitOfWork uow, TenantData tenant) {
    this.uow = uow;
    this.tenant = tenant;
    this.data = tenant.outcomes;
  }

  long queue(NoticeRequest request) {
    uow.checkOpen();
    Set<ContributionId> reached = new LinkedHashSet<>(request.contributions());
    for (ThemeId theme : request.themes()) {
      for (ThemeMembership m : data.members.getOrDefault(theme, new TreeMap<>()).values()) {
        reached.add(m.contribution());
      }
    }
    long queued = 0;
    for (ContributionId id : reached) {
      Contribution c = tenant.contributions.get(id);
      if (c == null || c.author().isEmpty()) {
        continue;
      }
      PendingNotice n = new PendingNotice(c.author().get(), c.consultation(), id, request.kind(), request.subject(), request.at());
      NoticeKey key = NoticeKey.of(n);
      if (!data.notices.containsKey(key)) {
        uow.put(data.notices, key, n);
        queued++;
      }
    }
    return queued;
  }

  List<PendingNotice> lock(int recipients) {
    uow.checkOpen();
    List<PendingNotice> out = new ArrayList<>();
    ParticipantId current = null;
    int seen = 0;
    for (PendingNotice n : data.notices.values()) {
      if (!n.recipient().equals(current)) {
        if (seen == recipients) {
          break;
        }
        current = n.recipient();
        seen++;
      }
      out.add(n);
    }
    return out;
  }

  void markDone(Collection<PendingNotice> notices, Instant at) {
    uow.checkOpen();
    for (PendingNotice n : notices) {
      uow.remove(data.notices, NoticeKey.of(n));
    }
  }
}
