package org.consulta.core.store.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.expectation.Commitment;
import org.consulta.core.expectation.CommitmentId;
import org.consulta.core.expectation.OfflineSession;
import org.consulta.core.expectation.OfflineSessionId;
import org.consulta.core.expectation.WorkingCalendar;
import org.consulta.core.participant.ParticipantId;

/** One tenant's expectation data, part of {@link TenantData}; guarded by the tenant lock. */
final class ExpectationData {
  final Map<CommitmentId, Commitment> commitments = new HashMap<>();
  /** Per consultation, its commitments in the order declared; consultations in the order of their first declaration. */
  final Map<ConsultationId, List<CommitmentId>> byConsultation = new LinkedHashMap<>();
  final Map<CommitmentId, DeadlineLedger> ledgers = new HashMap<>();
  final Map<ConsultationId, ParticipationData> participation = new HashMap<>();
  final Map<OfflineSessionId, OfflineSession> sessions = new HashMap<>();
  final Map<ConsultationId, List<OfflineSessionId>> sessionsByConsultation = new HashMap<>();
  WorkingCalendar calendar;
  org.consulta.core.expectation.ReferencePopulation reference;
  org.consulta.core.expectation.TrackRecordVisibility trackRecord = org.consulta.core.expectation.TrackRecordVisibility.PUBLIC;
  /** Per consultation: statements by participant (unsigned UUID order), by kind. */
  final Map<ConsultationId, java.util.TreeMap<java.util.UUID, java.util.EnumMap<org.consulta.core.expectation.ExpectationKind,
      org.consulta.core.expectation.StatedExpectation>>> stated = new HashMap<>();
  /** Per consultation: participants an outcome digest about it was sent to. */
  final Map<ConsultationId, Set<ParticipantId>> heard = new HashMap<>();

  /** Distinct participants of a consultation and their declared values. */
  static final class ParticipationData {
    final Set<ParticipantId> participants = new HashSet<>();
    final Map<String, Map<String, Long>> declared = new HashMap<>();
  }

  static <T> List<T> appended(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return List.copyOf(out);
  }
}
