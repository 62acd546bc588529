package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.EnumMap;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.error.ConflictException;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.DeliveryFacts;
import org.consulta.core.expectation.ExpectationKind;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.participant.Participant;
import org.consulta.core.expectation.ExpectationRepository;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.Participation;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/** In-memory {@link ExpectationRepository}. */
final class MemoryExpectations implements ExpectationRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData tenant;
  private final ExpectationData data;

  MemoryExpectations(MemoryUnitOfWork uow, TenantData tenant) {
    this.uow = uow;
    this.tenant = tenant;
    this.data = tenant.expectations;
  }

  @Override
  public void insert(Commitment c) {
    uow.checkOpen();
    uow.checkTenant(c.tenant(), "commitment", c.id());
    if (data.commitments.containsKey(c.id())) {
      throw new ConflictException("commitment " + c.id() + " exists already");
    }
    uow.put(data.commitments, c.id(), c);
    uow.put(data.byConsultation, c.consultation(), ExpectationData.appended(data.byConsultation.getOrDefault(c.consultation(), List.of()), c.id()));
  }

  @Override
  public void update(Commitment c) {
    uow.checkOpen();
    Commitment stored = data.commitments.get(c.id());
    if (stored == null) {
      throw new IllegalArgumentException("commitment " + c.id() + " is not stored");
    }
    MemoryUnitOfWork.checkNextVersion("commitment", c.id(), stored.version(), c.version());
    uow.put(data.commitments, c.id(), c);
  }

  @Override
  public Optional<Commitment> find(CommitmentId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.commitments.get(id));
  }

  @Override
  public List<Commitment> commitments(ConsultationId consultation) {
    uow.checkOpen();
    List<CommitmentId> ids = data.byConsultation.get(consultation);
    if (ids == null) {
      return List.of();
    }
    List<Commitment> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(data.commitments.get(id)));
    return out;
  }

  @Override
  public List<ConsultationId> monitored(Optional<ConsultationId> after, int limit) {
    uow.checkOpen();
    java.util.TreeSet<ConsultationId> live = new java.util.TreeSet<>((x, y) -> SortKey.uuidOrder().compare(x.value(), y.value()));
    for (Map.Entry<ConsultationId, List<CommitmentId>> e : data.byConsultation.entrySet()) {
      if (e.getValue().stream().map(data.commitments::get).anyMatch(c -> c.live() && !c.status().isFinal())) {
        live.add(e.getKey());
      }
    }
    List<ConsultationId> out = new ArrayList<>();
    for (ConsultationId c : after.isPresent() ? live.tailSet(after.get(), false) : live) {
      if (out.size() == limit) {
        break;
      }
      out.add(c);
    }
    return out;
  }

  @Override
  public void track(List<TrackedItem> items) {
    uow.checkOpen();
    for (TrackedItem item : items) {
      ledger(item.commitment()).track(uow, item);
    }
  }

  @Override
  public void settle(List<CommitmentId> commitments, List<UUID> items, Instant at) {
    uow.checkOpen();
    for (CommitmentId c : commitments) {
      DeadlineLedger ledger = data.ledgers.get(c);
      if (ledger != null) {
        items.forEach(id -> ledger.settle(uow, id, at));
      }
    }
  }

  @Override
  public void settleMembers(List<CommitmentId> commitments, UUID theme, Instant at) {
    uow.checkOpen();
    List<UUID> members = new ArrayList<>();
    for (ThemeMembership m : tenant.outcomes.members.getOrDefault(new ThemeId(theme), new java.util.TreeMap<>()).values()) {
      members.add(m.contribution().value());
    }
    settle(commitments, members, at);
  }

  @Override
  public void excuse(List<CommitmentId> commitments, List<UUID> items) {
    uow.checkOpen();
    for (CommitmentId c : commitments) {
      DeadlineLedger ledger = data.ledgers.get(c);
      if (ledger != null) {
        items.forEach(id -> ledger.excuse(uow, id));
      }
    }
  }

  @Override
  public DeadlineTally tally(CommitmentId commitment, Instant at, int examples) {
    uow.checkOpen();
    DeadlineLedger ledger = data.ledgers.get(commitment);
    return ledger == null ? new DeadlineTally(at, 0, 0, 0, 0, 0, 0, List.of(), Optional.empty()) : ledger.tally(at, examples);
  }

  private DeadlineLedger ledger(CommitmentId commitment) {
    DeadlineLedger ledger = data.ledgers.get(commitment);
    if (ledger == null) {
      ledger = new DeadlineLedger();
      uow.put(data.ledgers, commitment, ledger);
    }
    return ledger;
  }

  @Override
  public boolean addParticipant(ConsultationId consultation, ParticipantId participant) {
    uow.checkOpen();
    org.consulta.core.participant.Participant who = tenant.participants.get(participant);
    Map<String, String> declared = who == null ? Map.of() : who.demographics().values();
    ExpectationData.ParticipationData p = data.participation.get(consultation);
    if (p == null) {
      p = new ExpectationData.ParticipationData();
      uow.put(data.participation, consultation, p);
    }
    if (!p.participants.add(participant)) {
      return false;
    }
    ExpectationData.ParticipationData added = p;
    declared.forEach((d, v) -> added.declared.computeIfAbsent(d, k -> new HashMap<>()).merge(v, 1L, Long::sum));
    uow.onRollback(() -> {
      added.participants.remove(participant);
      declared.forEach((d, v) -> {
        Map<String, Long> values = added.declared.get(d);
        values.merge(v, -1L, (a, b) -> a + b == 0 ? null : a + b);
        if (values.isEmpty()) {
          // a dimension first declared in the rolled-back work must not stay behind as an empty map
          added.declared.remove(d);
        }
      });
    });
    return true;
  }

  @Override
  public Participation participation(ConsultationId consultation) {
    uow.checkOpen();
    ExpectationData.ParticipationData p = data.participation.get(consultation);
    return p == null ? Participation.none() : new Participation(p.participants.size(), p.declared);
  }

  @Override
  public void insert(OfflineSession s) {
    uow.checkOpen();
    uow.checkTenant(s.tenant(), "offline session", s.id());
    if (data.sessions.containsKey(s.id())) {
      throw new ConflictException("offline session " + s.id() + " exists already");
    }
    uow.put(data.sessions, s.id(), s);
    uow.put(data.sessionsByConsultation, s.consultation(),
        ExpectationData.appended(data.sessionsByConsultation.getOrDefault(s.consultation(), List.of()), s.id()));
  }

  @Override
  public void update(OfflineSession s) {
    uow.checkOpen();
    OfflineSession stored = data.sessions.get(s.id());
    if (stored == null) {
      throw new IllegalArgumentException("offline session " + s.id() + " is not stored");
    }
    MemoryUnitOfWork.checkNextVersion("offline session", s.id(), stored.version(), s.version());
    uow.put(data.sessions, s.id(), s);
  }

  @Override
  public Optional<OfflineSession> find(OfflineSessionId id) {
    uow.checkOpen();
    return Optional.ofNullable(data.sessions.get(id));
  }

  @Override
  public List<OfflineSession> sessions(ConsultationId consultation) {
    uow.checkOpen();
    List<OfflineSession> out = new ArrayList<>();
    data.sessionsByConsultation.getOrDefault(consultation, List.of()).forEach(id -> out.add(data.sessions.get(id)));
    out.sort(Comparator.comparing((OfflineSession s) -> new SortKey(s.startsAt(), s.id().value())));
    return out;
  }

  @Override
  public Optional<WorkingCalendar> calendar() {
    uow.checkOpen();
    return Optional.ofNullable(data.calendar);
  }

  @Override
  public void saveCalendar(WorkingCalendar calendar) {
    uow.checkOpen();
    WorkingCalendar old = data.calendar;
    data.calendar = calendar;
    uow.onRollback(() -> data.calendar = old);
  }

  @Override
  public void saveStated(StatedExpectation e) {
    uow.checkOpen();
    TreeMap<UUID, EnumMap<ExpectationKind, StatedExpectation>> byParticipant = data.stated.get(e.consultation());
    if (byParticipant == null) {
      byParticipant = new TreeMap<>(SortKey.uuidOrder());
      uow.put(data.stated, e.consultation(), byParticipant);
    }
    EnumMap<ExpectationKind, StatedExpectation> kinds = byParticipant.get(e.participant().value());
    if (kinds == null) {
      kinds = new EnumMap<>(ExpectationKind.class);
      uow.put(byParticipant, e.participant().value(), kinds);
    }
    uow.put(kinds, e.kind(), e);
  }

  @Override
  public List<StatedExpectation> stated(ConsultationId consultation, ParticipantId participant) {
    uow.checkOpen();
    TreeMap<UUID, EnumMap<ExpectationKind, StatedExpectation>> byParticipant = data.stated.get(consultation);
    EnumMap<ExpectationKind, StatedExpectation> kinds = byParticipant == null ? null : byParticipant.get(participant.value());
    return kinds == null ? List.of() : List.copyOf(kinds.values());
  }

  @Override
  public List<DeliveryFacts> deliveryFacts(ConsultationId consultation, Optional<ParticipantId> after, int limit) {
    uow.checkOpen();
    TreeMap<UUID, EnumMap<ExpectationKind, StatedExpectation>> byParticipant = data.stated.get(consultation);
    List<DeliveryFacts> out = new ArrayList<>();
    if (byParticipant == null) {
      return out;
    }
    Map<UUID, EnumMap<ExpectationKind, StatedExpectation>> page = after.isPresent() ? byParticipant.tailMap(after.get().value(), false) : byParticipant;
    for (Map.Entry<UUID, EnumMap<ExpectationKind, StatedExpectation>> e : page.entrySet()) {
      if (out.size() == limit) {
        break;
      }
      out.add(facts(consultation, new ParticipantId(e.getKey()), List.copyOf(e.getValue().values())));
    }
    return out;
  }

  /** Measures, from the outcome data, what a participant's contributions to a consultation received. */
  private DeliveryFacts facts(ConsultationId consultation, ParticipantId participant, List<StatedExpectation> stated) {
    boolean read = false;
    boolean answered = false;
    boolean influenced = false;
    OrderedIndex<org.consulta.core.contribution.ContributionId> own = tenant.byAuthor.get(participant);
    List<org.consulta.core.outcome.Decision> decisions = new ArrayList<>();
    tenant.outcomes.decisionOrder.getOrDefault(consultation, new java.util.TreeMap<>()).values()
        .forEach(id -> decisions.add(tenant.outcomes.decisions.get(id)));
    for (int i = 0; own != null && i < own.size(); i++) {
      org.consulta.core.contribution.ContributionId id = own.valueAt(i);
      org.consulta.core.contribution.Contribution c = tenant.contributions.get(id);
      if (c == null || !c.consultation().equals(consultation)) {
        continue;
      }
      List<ThemeMembership> memberships = tenant.outcomes.memberships.getOrDefault(id, List.of());
      boolean answer = tenant.outcomes.responseByContribution.containsKey(id)
          || memberships.stream().anyMatch(m -> tenant.outcomes.responseByTheme.containsKey(m.theme()));
      boolean linked = false;
      for (org.consulta.core.outcome.Decision d : decisions) {
        if (d.contributions().contains(id) || memberships.stream().anyMatch(m -> d.themes().contains(m.theme()))) {
          linked = true;
          influenced |= d.effect() == org.consulta.core.outcome.InfluenceEffect.CHANGED
              || d.effect() == org.consulta.core.outcome.InfluenceEffect.PARTLY_CHANGED;
        }
      }
      answered |= answer;
      read |= answer || linked || !memberships.isEmpty();
    }
    Participant who = tenant.participants.get(participant);
    boolean heard = data.heard.getOrDefault(consultation, java.util.Set.of()).contains(participant);
    return new DeliveryFacts(participant, stated, who == null ? Map.of() : who.demographics().values(), read, answered, influenced, heard);
  }

  @Override
  public void markHeard(ConsultationId consultation, ParticipantId participant, Instant at) {
    uow.checkOpen();
    java.util.Set<ParticipantId> heard = data.heard.get(consultation);
    if (heard == null) {
      heard = new java.util.HashSet<>();
      uow.put(data.heard, consultation, heard);
    }
    if (heard.add(participant)) {
      java.util.Set<ParticipantId> of = heard;
      uow.onRollback(() -> of.remove(participant));
    }
  }

  @Override
  public org.consulta.core.expectation.TrackRecordVisibility trackRecordVisibility() {
    uow.checkOpen();
    return data.trackRecord;
  }

  @Override
  public void saveTrackRecordVisibility(org.consulta.core.expectation.TrackRecordVisibility visibility) {
    uow.checkOpen();
    org.consulta.core.expectation.TrackRecordVisibility old = data.trackRecord;
    data.trackRecord = java.util.Objects.requireNonNull(visibility, "visibility");
    uow.onRollback(() -> data.trackRecord = old);
  }

  @Override
  public Optional<org.consulta.core.expectation.ReferencePopulation> reference() {
    uow.checkOpen();
    return Optional.ofNullable(data.reference);
  }

  @Override
  public void saveReference(org.consulta.core.expectation.ReferencePopulation reference) {
    uow.checkOpen();
    org.consulta.core.expectation.ReferencePopulation old = data.reference;
    data.reference = java.util.Objects.requireNonNull(reference, "reference");
    uow.onRollback(() -> data.reference = old);
  }
}
