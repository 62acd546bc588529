package org.consulta.core.store.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/** Contributions of one tenant, with their per-consultation and per-author indexes, inside a {@link MemoryUnitOfWork}. */
final class MemoryContributions implements ContributionRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryContributions(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  /** The smallest UUID in {@link SortKey#uuidOrder()} (unsigned), so a bound at an instant includes all of it. */
  private static final UUID SMALLEST_ID = new UUID(0, 0);

  @Override
  public void insert(Contribution c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "contribution", c.id());
    if (c.version() != 1) {
      throw new IllegalArgumentException("a new contribution is at version 1");
    }
    // one hash lookup instead of containsKey + put: this is the ingest hot path
    if (data.contributions.putIfAbsent(c.id(), c) != null) {
      throw new ConflictException("contribution " + c.id() + " exists");
    }
    uow.onRollback(() -> data.contributions.remove(c.id()));
    SortKey key = c.sortKey();
    TenantData.ConsultationContributions index =
        data.byConsultation.computeIfAbsent(c.consultation(), k -> new TenantData.ConsultationContributions());
    index.ordered.put(key, c);
    index.count(c, 1);
    uow.onRollback(() -> {
      index.ordered.remove(key);
      index.count(c, -1);
    });
    if (c.author().isPresent()) {
      OrderedIndex<ContributionId> own = data.byAuthor.computeIfAbsent(c.author().get(), k -> new OrderedIndex<>());
      own.put(key, c.id());
      uow.onRollback(() -> own.remove(key));
    }
  }

  @Override
  public void update(Contribution c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "contribution", c.id());
    Contribution stored = data.contributions.get(c.id());
    if (stored == null) {
      throw new NotFoundException("contribution", c.id());
    }
    MemoryUnitOfWork.checkNextVersion("contribution", c.id(), stored.version(), c.version());
    if (!stored.sortKey().equals(c.sortKey()) || !stored.consultation().equals(c.consultation())
        || !stored.author().equals(c.author()) || stored.kind() != c.kind() || stored.channel() != c.channel()) {
      throw new IllegalArgumentException("a contribution's consultation, author, kind, channel and submission time never change");
    }
    uow.put(data.contributions, c.id(), c);
    TenantData.ConsultationContributions index = data.byConsultation.get(c.consultation());
    index.ordered.put(c.sortKey(), c);
    uow.onRollback(() -> index.ordered.put(stored.sortKey(), stored));
    if (stored.state() != c.state()) {
      index.count(stored, -1);
      index.count(c, 1);
      uow.onRollback(() -> {
        index.count(c, -1);
        index.count(stored, 1);
      });
    }
  }

  @Override
  public Optional<Contribution> find(ContributionId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.contributions.get(id));
  }

  @Override
  public List<Contribution> list(ContributionQuery query, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    TenantData.ConsultationContributions index = data.byConsultation.get(query.consultation());
    if (index == null) {
      return List.of();
    }
    Optional<SortKey> from = query.submittedFrom().map(at -> new SortKey(at, SMALLEST_ID));
    int i = 0;
    if (from.isPresent()) {
      i = index.ordered.start(from.get(), true);
    }
    // an "after" below "from" excludes nothing more
    if (after.isPresent() && (from.isEmpty() || after.get().compareTo(from.get()) >= 0)) {
      i = index.ordered.start(after.get(), false);
    }
    List<Contribution> out = new ArrayList<>(Math.min(limit, 64));
    for (int n = index.ordered.size(); i < n; i++) {
      Contribution c = index.ordered.valueAt(i);
      if (query.submittedBefore().isPresent() && !c.submittedAt().isBefore(query.submittedBefore().get())) {
        break;
      }
      if (query.matches(c)) {
        out.add(c);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  @Override
  public List<Contribution> listByAuthor(ParticipantId author, Optional<SortKey> after, int limit) {
    uow.checkOpen();
    OrderedIndex<ContributionId> own = data.byAuthor.get(author);
    if (own == null) {
      return List.of();
    }
    List<Contribution> out = new ArrayList<>(Math.min(limit, 64));
    for (int i = after.isPresent() ? own.start(after.get(), false) : 0, n = own.size(); i < n && out.size() < limit; i++) {
      out.add(data.contributions.get(own.valueAt(i)));
    }
    return out;
  }

  @Override
  public ContributionCounts counts(ConsultationId consultation) {
    uow.checkOpen();
    TenantData.ConsultationContributions index = data.byConsultation.get(consultation);
    if (index == null) {
      return ContributionCounts.none();
    }
    return new ContributionCounts(index.ordered.size(), flatten(index.byKind), flatten(index.byChannel), flatten(index.byState));
  }

  private <E extends Enum<E>> Map<E, Long> flatten(EnumMap<E, long[]> counts) {
    Map<E, Long> out = new java.util.HashMap<>();
    counts.forEach((k, v) -> {
      if (v[0] != 0) {
        out.put(k, v[0]);
      }
    });
    return out;
  }
}
