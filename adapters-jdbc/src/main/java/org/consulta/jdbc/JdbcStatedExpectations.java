package org.consulta.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.expectation.DeliveryFacts;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.expectation.StatedExpectation;
import org.consulta.core.expectation.TrackRecordVisibility;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;

/**
 * Participants' stated expectations ({@code <prefix>stated_expectation}: one row per participant,
 * consultation and kind, the statement and its rating as a doc), the digests they heard of ({@code
 * heard}), and the tenant's expectation settings ({@code expectation_setting}: the reference
 * population and the track record's visibility as named docs), for {@link JdbcExpectations}.
 *
 * <p>{@link #facts} measures what a page of participants got with a fixed number of queries: the
 * page's participant ids, their statements, their participant docs (declared values, {@code
 * prefer_not_to_say} included), then one query per flag over the page's authors ({@code IN}).
 */
final class JdbcStatedExpectations {
  private static final String REFERENCE = "reference";
  private static final String VISIBILITY = "track_record_visibility";

  private final JdbcUnitOfWork uow;

  JdbcStatedExpectations(JdbcUnitOfWork uow) {
    this.uow = uow;
  }

  void save(StatedExpectation e) {
    Sql.call("saving an expectation of participant " + e.participant(), () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.statedExpectation,
          List.of("tenant_id", "consultation_id", "participant_id", "kind"), List.of("doc")))) {
        uow.dialect.setUuid(ps, 2, e.consultation().value());
        uow.dialect.setUuid(ps, 3, e.participant().value());
        ps.setString(4, e.kind().name());
        ps.setString(5, uow.docs.write(e));
        return ps.executeUpdate();
      }
    });
  }

  List<StatedExpectation> of(ConsultationId consultation, ParticipantId participant) {
    List<StatedExpectation> out = new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.statedExpectation + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value())
        .andId(" AND participant_id = ?", participant.value())
        .list("reading the expectations of participant " + participant, -1, rs -> uow.docs.read(rs.getString(1), StatedExpectation.class));
    return sorted(out);
  }

  private static List<StatedExpectation> sorted(List<StatedExpectation> stated) {
    List<StatedExpectation> out = new ArrayList<>(stated);
    out.sort(Comparator.comparing(StatedExpectation::kind));
    return out;
  }

  List<DeliveryFacts> facts(ConsultationId consultation, Optional<ParticipantId> after, int limit) {
    OutcomeQuery page = new OutcomeQuery(uow, "SELECT DISTINCT participant_id FROM " + uow.tables.statedExpectation + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value());
    after.ifPresent(p -> page.andId(" AND participant_id > ?", p.value()));
    List<UUID> ids = page.append(" ORDER BY participant_id LIMIT ?")
        .list("paging the participants with expectations of consultation " + consultation, limit, rs -> uow.dialect.getUuid(rs, "participant_id"));
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<StatedExpectation>> stated = new LinkedHashMap<>();
    ids.forEach(id -> stated.put(id, new ArrayList<>()));
    new OutcomeQuery(uow, "SELECT participant_id, doc FROM " + uow.tables.statedExpectation + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value()).andIn("participant_id", ids)
        .list("reading the expectations of a page of participants", -1, rs -> stated.get(uow.dialect.getUuid(rs, "participant_id"))
            .add(uow.docs.read(rs.getString("doc"), StatedExpectation.class)));
    Map<UUID, Map<String, String>> declared = new HashMap<>();
    new OutcomeQuery(uow, "SELECT id, doc FROM " + uow.tables.participant + " WHERE tenant_id = ?").andIn("id", ids)
        .list("reading a page of participants", -1, rs -> declared.put(uow.dialect.getUuid(rs, "id"),
            uow.docs.read(rs.getString("doc"), Participant.class).demographics().values()));
    String answeredBy = "EXISTS (SELECT 1 FROM " + uow.tables.response + " r WHERE r.tenant_id = c.tenant_id AND r.target_kind = '"
        + JdbcOutcomes.CONTRIBUTION + "' AND r.target_id = c.id) OR EXISTS (SELECT 1 FROM " + uow.tables.themeMember + " m JOIN "
        + uow.tables.response + " r ON r.tenant_id = m.tenant_id AND r.target_kind = '" + JdbcOutcomes.THEME
        + "' AND r.target_id = m.theme_id WHERE m.tenant_id = c.tenant_id AND m.contribution_id = c.id)";
    Set<UUID> answered = authors(authorsOf(consultation, ids).append(" AND (" + answeredBy + ")"));
    Set<UUID> read = authors(authorsOf(consultation, ids).append(" AND (" + answeredBy + " OR EXISTS (SELECT 1 FROM " + uow.tables.themeMember
        + " m WHERE m.tenant_id = c.tenant_id AND m.contribution_id = c.id) OR EXISTS (SELECT 1 FROM " + uow.tables.decisionInput
        + " di WHERE di.tenant_id = c.tenant_id AND di.target_kind = '" + JdbcOutcomes.CONTRIBUTION + "' AND di.target_id = c.id))"));
    Set<UUID> influenced = influenced(consultation, ids);
    Set<UUID> heard = new HashSet<>(new OutcomeQuery(uow, "SELECT participant_id FROM " + uow.tables.heard + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value()).andIn("participant_id", ids)
        .list("reading who heard of consultation " + consultation, -1, rs -> uow.dialect.getUuid(rs, "participant_id")));
    List<DeliveryFacts> out = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      out.add(new DeliveryFacts(new ParticipantId(id), sorted(stated.get(id)), declared.getOrDefault(id, Map.of()), read.contains(id),
          answered.contains(id), influenced.contains(id), heard.contains(id)));
    }
    return out;
  }

  /** The page's authors of contributions to the consultation; conditions on {@code c} follow. */
  private OutcomeQuery authorsOf(ConsultationId consultation, List<UUID> ids) {
    return new OutcomeQuery(uow, "SELECT DISTINCT c.author_id FROM " + uow.tables.contribution + " c WHERE c.tenant_id = ?")
        .andId(" AND c.consultation_id = ?", consultation.value()).andIn("c.author_id", ids);
  }

  private Set<UUID> authors(OutcomeQuery query) {
    return new HashSet<>(query.list("measuring what a page of participants got", -1, rs -> uow.dialect.getUuid(rs, "author_id")));
  }

  /** Authors among the page whose contributions informed a decision that changed, directly or through a theme they are in. */
  private Set<UUID> influenced(ConsultationId consultation, List<UUID> ids) {
    // the effect is in the decision's doc, and decisions are few per consultation: pick those that changed, then probe their inputs
    List<UUID> changed = new OutcomeQuery(uow, "SELECT doc FROM " + uow.tables.decision + " WHERE tenant_id = ?")
        .andId(" AND consultation_id = ?", consultation.value())
        .list("reading the decisions of consultation " + consultation, -1, rs -> uow.docs.read(rs.getString(1), Decision.class)).stream()
        .filter(d -> d.effect() == InfluenceEffect.CHANGED || d.effect() == InfluenceEffect.PARTLY_CHANGED)
        .map(d -> d.id().value()).toList();
    if (changed.isEmpty()) {
      return Set.of();
    }
    OutcomeQuery q = authorsOf(consultation, ids)
        .append(" AND (EXISTS (SELECT 1 FROM " + uow.tables.decisionInput + " di WHERE di.tenant_id = c.tenant_id AND di.target_kind = '"
            + JdbcOutcomes.CONTRIBUTION + "' AND di.target_id = c.id").andIn("di.decision_id", changed)
        .append(") OR EXISTS (SELECT 1 FROM " + uow.tables.themeMember + " m JOIN " + uow.tables.decisionInput
            + " di ON di.tenant_id = m.tenant_id AND di.target_kind = '" + JdbcOutcomes.THEME + "' AND di.target_id = m.theme_id"
            + " WHERE m.tenant_id = c.tenant_id AND m.contribution_id = c.id").andIn("di.decision_id", changed)
        .append("))");
    return authors(q);
  }

  void markHeard(ConsultationId consultation, ParticipantId participant, Instant at) {
    Sql.call("recording a digest heard by participant " + participant, () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.insertIfAbsent(uow.tables.heard, List.of("tenant_id", "consultation_id", "participant_id"),
          List.of("at_us")))) {
        uow.dialect.setUuid(ps, 2, consultation.value());
        uow.dialect.setUuid(ps, 3, participant.value());
        ps.setLong(4, Sql.micros(at));
        return ps.executeUpdate();
      }
    });
  }

  Optional<ReferencePopulation> reference() {
    return setting(REFERENCE).map(doc -> uow.docs.read(doc, ReferencePopulation.class));
  }

  void saveReference(ReferencePopulation reference) {
    saveSetting(REFERENCE, uow.docs.write(reference));
  }

  TrackRecordVisibility visibility() {
    return setting(VISIBILITY).map(TrackRecordVisibility::valueOf).orElse(TrackRecordVisibility.PUBLIC);
  }

  void saveVisibility(TrackRecordVisibility visibility) {
    saveSetting(VISIBILITY, visibility.name());
  }

  private Optional<String> setting(String name) {
    return Sql.call("reading the expectation setting " + name, () -> {
      try (PreparedStatement ps = uow.prepare("SELECT doc FROM " + uow.tables.expectationSetting + " WHERE tenant_id = ? AND name = ?")) {
        ps.setString(2, name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  private void saveSetting(String name, String doc) {
    Sql.call("saving the expectation setting " + name, () -> {
      try (PreparedStatement ps = uow.prepare(uow.dialect.upsert(uow.tables.expectationSetting, List.of("tenant_id", "name"), List.of("doc")))) {
        ps.setString(2, name);
        ps.setString(3, doc);
        return ps.executeUpdate();
      }
    });
  }
}
