package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.SortKey;

/**
 * What the institution decided on the consultation's subject, by whom, and how the input shaped it
 * (the influence statement). Linked to the themes and contributions that informed it; {@link
 * OutcomeService#decisionsInformedBy} walks the link the other way.
 *
 * @param id the id
 * @param tenant the tenant
 * @param consultation the consultation
 * @param version 1 when recorded, +1 per change
 * @param title a short public title
 * @param text what was decided
 * @param body who decided (the city council, the planning committee)
 * @param meeting the meeting or reference (e.g. "Council meeting 2026-03-12, item 7"), if any
 * @param decidedOn the day it was decided
 * @param influence how the input changed the decision, or why it did not
 * @param effect what the input did to the decision
 * @param themes themes that informed it
 * @param contributions contributions that informed it directly
 * @param recordedBy the subject of the staff member who recorded it
 * @param createdAt when it was recorded
 * @param updatedAt when it last changed
 */
public record Decision(
    DecisionId id,
    TenantId tenant,
    ConsultationId consultation,
    long version,
    LocalizedText title,
    LocalizedText text,
    String body,
    Optional<String> meeting,
    LocalDate decidedOn,
    LocalizedText influence,
    InfluenceEffect effect,
    List<ThemeId> themes,
    List<ContributionId> contributions,
    String recordedBy,
    Instant createdAt,
    Instant updatedAt) {
  public Decision {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    requireNonNull(body, "body");
    requireNonNull(meeting, "meeting");
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(influence, "influence");
    requireNonNull(effect, "effect");
    themes = List.copyOf(requireNonNull(themes, "themes"));
    contributions = List.copyOf(requireNonNull(contributions, "contributions"));
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /** @return the decision with the staff member who recorded it named {@value OutcomeService#STAFF}, as readers who are not staff see it */
  public Decision publicView() {
    return new Decision(id, tenant, consultation, version, title, text, body, meeting, decidedOn, influence, effect, themes, contributions,
        OutcomeService.STAFF, createdAt, updatedAt);
  }

  /** @return whether any theme or contribution is linked as input */
  public boolean hasInput() {
    return !themes.isEmpty() || !contributions.isEmpty();
  }

  /** @return the keyset position: recording time, then id */
  public SortKey sortKey() {
    return new SortKey(createdAt, id.value());
  }
}
