package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.core.store.EventLog;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/**
 * A unit of work over one tenant's {@link TenantData}, run while holding its lock. Writes go in
 * place; each write pushes its inverse onto an undo stack that {@link #rollback()} replays.
 */
final class MemoryUnitOfWork implements UnitOfWork {
  private final TenantData data;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean open = true;

  private final Consultations consultations = new Consultations();
  private final Participants participants = new Participants();
  private final Contributions contributions = new Contributions();
  private final Reactions reactions = new Reactions();
  private final Events events = new Events();
  private final Idempotency idempotency = new Idempotency();

  MemoryUnitOfWork(TenantData data) {
    this.data = data;
  }

  void close() {
    open = false;
    undo.clear();
  }

  void rollback() {
    open = false;
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  private void checkOpen() {
    if (!open) {
      throw new IllegalStateException("this unit of work has ended");
    }
  }

  @Override
  public TenantId tenant() {
    return data.tenant;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public ParticipantRepository participants() {
    return participants;
  }

  @Override
  public ContributionRepository contributions() {
    return contributions;
  }

  @Override
  public ReactionRepository reactions() {
    return reactions;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public IdempotencyRepository idempotency() {
    return idempotency;
  }

  private <K, V> void put(Map<K, V> map, K key, V value) {
    V old = map.put(key, value);
    undo.push(old == null ? () -> map.remove(key) : () -> map.put(key, old));
  }

  private <K, V> V remove(Map<K, V> map, K key) {
    V old = map.remove(key);
    if (old != null) {
      undo.push(() -> map.put(key, old));
    }
    return old;
  }

  private void checkTenant(TenantId tenant, String what, Object id) {
    if (!tenant.equals(data.tenant)) {
      throw new IllegalArgumentException(what + " " + id + " belongs to another tenant than this unit of work");
    }
  }

  private static void checkNextVersion(String what, Object id, long stored, long next) {
    if (next != stored + 1) {
      throw new VersionConflictException(what, id, next - 1, stored);
    }
  }

  private final class Consultations implements ConsultationRepository {
    @Override
    public void insert(Consultation c) {
      checkOpen();
      checkTenant(c.tenant(), "consultation", c.id());
      if (c.version() != 1) {
        throw new IllegalArgumentException("a new consultation is at version 1");
      }
      if (data.consultations.containsKey(c.id())) {
        throw new ConflictException("consultation " + c.id() + " exists");
      }
      put(data.consultations, c.id(), c);
      put(data.consultationOrder, new SortKey(c.createdAt(), c.id().value()), c.id());
    }

    @Override
    public void update(Consultation c) {
      checkOpen();
      checkTenant(c.tenant(), "consultation", c.id());
      Consultation stored = data.consultations.get(c.id());
      if (stored == null) {
        throw new NotFoundException("consultation", c.id());
      }
      checkNextVersion("consultation", c.id(), stored.version(), c.version());
      put(data.consultations, c.id(), c);
    }

    @Override
    public Optional<Consultation> find(ConsultationId id) {
      checkOpen();
      return Optional.ofNullable(data.consultations.get(id));
    }

    @Override
    public Page<Consultation> list(Optional<Phase> phase, PageRequest page) {
      checkOpen();
      NavigableMap<SortKey, ConsultationId> tail = page.after().isPresent()
          ? data.consultationOrder.tailMap(SortKey.fromCursor(page.after().get()), false)
          : data.consultationOrder;
      List<Consultation> items = new ArrayList<>();
      SortKey last = null;
      boolean more = false;
      for (Map.Entry<SortKey, ConsultationId> e : tail.entrySet()) {
        Consultation c = data.consultations.get(e.getValue());
        if (phase.isPresent() && c.phase() != phase.get()) {
          continue;
        }
        if (items.size() == page.limit()) {
          more = true;
          break;
        }
        items.add(c);
        last = e.getKey();
      }
      return new Page<>(items, more ? Optional.of(last.toCursor()) : Optional.empty());
    }

    @Override
    public List<Consultation> dueForScheduledMove(Instant now) {
      checkOpen();
      List<Consultation> due = new ArrayList<>();
      for (Consultation c : data.consultations.values()) {
        if (c.nextScheduledMove().filter(at -> !at.isAfter(now)).isPresent()) {
          due.add(c);
        }
      }
      return due;
    }
  }

  private final class Participants implements ParticipantRepository {
    @Override
    public void insert(Participant p) {
      checkOpen();
      checkTenant(p.tenant(), "participant", p.id());
      if (p.version() != 1) {
        throw new IllegalArgumentException("a new participant is at version 1");
      }
      if (data.participants.containsKey(p.id())) {
        throw new ConflictException("participant " + p.id() + " exists");
      }
      if (p.externalRef().isPresent() && data.externalRefs.containsKey(p.externalRef().get())) {
        throw new ConflictException("external ref is already registered");
      }
      put(data.participants, p.id(), p);
      p.externalRef().ifPresent(ref -> put(data.externalRefs, ref, p.id()));
    }

    @Override
    public void update(Participant p) {
      checkOpen();
      checkTenant(p.tenant(), "participant", p.id());
      Participant stored = data.participants.get(p.id());
      if (stored == null) {
        throw new NotFoundException("participant", p.id());
      }
      checkNextVersion("participant", p.id(), stored.version(), p.version());
      if (!stored.externalRef().equals(p.externalRef())) {
        if (p.externalRef().isPresent() && data.externalRefs.containsKey(p.externalRef().get())) {
          throw new ConflictException("external ref is already registered");
        }
        stored.externalRef().ifPresent(ref -> remove(data.externalRefs, ref));
        p.externalRef().ifPresent(ref -> put(data.externalRefs, ref, p.id()));
      }
      put(data.participants, p.id(), p);
    }

    @Override
    public Optional<Participant> find(ParticipantId id) {
      checkOpen();
      return Optional.ofNullable(data.participants.get(id));
    }

    @Override
    public Optional<Participant> findByExternalRef(String externalRef) {
      checkOpen();
      return Optional.ofNullable(data.externalRefs.get(externalRef)).map(data.participants::get);
    }

    @Override
    public long count() {
      checkOpen();
      return data.participants.size();
    }

    @Override
    public Optional<ContactDetails> contact(ParticipantId id) {
      checkOpen();
      return Optional.ofNullable(data.contacts.get(id));
    }

    @Override
    public void saveContact(ParticipantId id, ContactDetails contact) {
      checkOpen();
      if (!data.participants.containsKey(id)) {
        throw new NotFoundException("participant", id);
      }
      put(data.contacts, id, contact);
    }

    @Override
    public boolean eraseContact(ParticipantId id) {
      checkOpen();
      return remove(data.contacts, id) != null;
    }

    @Override
    public Optional<DemographicSchema> demographicSchema() {
      checkOpen();
      return Optional.ofNullable(data.schema);
    }

    @Override
    public void saveDemographicSchema(DemographicSchema schema) {
      checkOpen();
      DemographicSchema old = data.schema;
      data.schema = schema;
      undo.push(() -> data.schema = old);
    }
  }

  private final class Contributions implements ContributionRepository {
    /** The smallest UUID in {@link SortKey#uuidOrder()} (unsigned), so a bound at an instant includes all of it. */
    private static final UUID SMALLEST_ID = new UUID(0, 0);

    @Override
    public void insert(Contribution c) {
      checkOpen();
      checkTenant(c.tenant(), "contribution", c.id());
      if (c.version() != 1) {
        throw new IllegalArgumentException("a new contribution is at version 1");
      }
      if (data.contributions.containsKey(c.id())) {
        throw new ConflictException("contribution " + c.id() + " exists");
      }
      SortKey key = c.sortKey();
      put(data.contributions, c.id(), c);
      TenantData.ConsultationContributions index =
          data.byConsultation.computeIfAbsent(c.consultation(), k -> new TenantData.ConsultationContributions());
      put(index.ordered, key, c);
      index.count(c, 1);
      undo.push(() -> index.count(c, -1));
      c.author().ifPresent(author -> put(data.byAuthor.computeIfAbsent(author, k -> new TreeMap<>()), key, c.id()));
    }

    @Override
    public void update(Contribution c) {
      checkOpen();
      checkTenant(c.tenant(), "contribution", c.id());
      Contribution stored = data.contributions.get(c.id());
      if (stored == null) {
        throw new NotFoundException("contribution", c.id());
      }
      checkNextVersion("contribution", c.id(), stored.version(), c.version());
      if (!stored.sortKey().equals(c.sortKey()) || !stored.consultation().equals(c.consultation())
          || !stored.author().equals(c.author()) || stored.kind() != c.kind() || stored.channel() != c.channel()) {
        throw new IllegalArgumentException("a contribution's consultation, author, kind, channel and submission time never change");
      }
      put(data.contributions, c.id(), c);
      TenantData.ConsultationContributions index = data.byConsultation.get(c.consultation());
      put(index.ordered, c.sortKey(), c);
      if (stored.state() != c.state()) {
        index.count(stored, -1);
        index.count(c, 1);
        undo.push(() -> {
          index.count(c, -1);
          index.count(stored, 1);
        });
      }
    }

    @Override
    public Optional<Contribution> find(ContributionId id) {
      checkOpen();
      return Optional.ofNullable(data.contributions.get(id));
    }

    @Override
    public List<Contribution> list(ContributionQuery query, Optional<SortKey> after, int limit) {
      checkOpen();
      TenantData.ConsultationContributions index = data.byConsultation.get(query.consultation());
      if (index == null) {
        return List.of();
      }
      NavigableMap<SortKey, Contribution> range = index.ordered;
      Optional<SortKey> from = query.submittedFrom().map(at -> new SortKey(at, SMALLEST_ID));
      if (from.isPresent()) {
        range = range.tailMap(from.get(), true);
      }
      // a submap refuses a bound below its own, and an "after" below "from" excludes nothing more
      if (after.isPresent() && (from.isEmpty() || after.get().compareTo(from.get()) >= 0)) {
        range = range.tailMap(after.get(), false);
      }
      List<Contribution> out = new ArrayList<>(Math.min(limit, 64));
      for (Contribution c : range.values()) {
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
      checkOpen();
      TreeMap<SortKey, ContributionId> own = data.byAuthor.get(author);
      if (own == null) {
        return List.of();
      }
      NavigableMap<SortKey, ContributionId> range = after.isPresent() ? own.tailMap(after.get(), false) : own;
      List<Contribution> out = new ArrayList<>(Math.min(limit, 64));
      for (ContributionId id : range.values()) {
        out.add(data.contributions.get(id));
        if (out.size() == limit) {
          break;
        }
      }
      return out;
    }

    @Override
    public ContributionCounts counts(ConsultationId consultation) {
      checkOpen();
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

  private final class Reactions implements ReactionRepository {
    @Override
    public Optional<Reaction> find(ContributionId contribution, ParticipantId participant) {
      checkOpen();
      return Optional.ofNullable(data.reactions.get(new TenantData.ReactionKey(contribution, participant)));
    }

    @Override
    public void save(ConsultationId consultation, Reaction reaction) {
      checkOpen();
      TenantData.ReactionKey key = new TenantData.ReactionKey(reaction.contribution(), reaction.participant());
      Reaction old = data.reactions.get(key);
      put(data.reactions, key, reaction);
      adjustSupports(consultation, reaction.participant(), supportDelta(old, reaction));
    }

    @Override
    public boolean delete(ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
      checkOpen();
      Reaction old = remove(data.reactions, new TenantData.ReactionKey(contribution, participant));
      if (old == null) {
        return false;
      }
      adjustSupports(consultation, participant, supportDelta(old, null));
      return true;
    }

    @Override
    public long supportsGiven(ConsultationId consultation, ParticipantId participant) {
      checkOpen();
      long[] count = data.supportsGiven.get(new TenantData.ReactionKey(consultation, participant));
      return count == null ? 0 : count[0];
    }

    private int supportDelta(Reaction old, Reaction now) {
      return (isSupport(now) ? 1 : 0) - (isSupport(old) ? 1 : 0);
    }

    private boolean isSupport(Reaction r) {
      return r != null && r.support().filter(Support.SUPPORT::equals).isPresent();
    }

    private void adjustSupports(ConsultationId consultation, ParticipantId participant, int delta) {
      if (delta == 0) {
        return;
      }
      long[] count = data.supportsGiven.computeIfAbsent(new TenantData.ReactionKey(consultation, participant), k -> new long[1]);
      count[0] += delta;
      undo.push(() -> count[0] -= delta);
    }
  }

  private final class Events implements EventLog {
    @Override
    public RecordedEvent append(UUID id, Instant at, String actor, ConsultaEvent event) {
      checkOpen();
      RecordedEvent recorded = new RecordedEvent(data.tenant, data.events.size() + 1L, id, at, actor, event);
      data.events.add(recorded);
      undo.push(() -> data.events.remove(data.events.size() - 1));
      return recorded;
    }

    @Override
    public List<RecordedEvent> read(long afterPosition, int limit) {
      checkOpen();
      int from = (int) Math.min(Math.max(afterPosition, 0), data.events.size());
      int to = (int) Math.min((long) from + limit, data.events.size());
      return List.copyOf(data.events.subList(from, to));
    }

    @Override
    public long lastPosition() {
      checkOpen();
      return data.events.size();
    }
  }

  private final class Idempotency implements IdempotencyRepository {
    @Override
    public Optional<Outcome> find(String subject, IdempotencyKey key) {
      checkOpen();
      return Optional.ofNullable(data.idempotency.get(new TenantData.IdempotencyKeyOfSubject(subject, key.value())));
    }

    @Override
    public void save(String subject, IdempotencyKey key, Outcome outcome) {
      checkOpen();
      put(data.idempotency, new TenantData.IdempotencyKeyOfSubject(subject, key.value()), outcome);
    }
  }
}
