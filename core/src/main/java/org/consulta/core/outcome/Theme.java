package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.SortKey;

/**
 * A group of contributions staff put together because they say the same thing ("more trees on
 * the river bank"). A contribution may sit in several themes; membership is kept apart from the
 * theme (see {@link OutcomeService#addToTheme}), so adding members does not change the version.
 *
 * @param id the id
 * @param tenant the tenant
 * @param consultation the consultation
 * @param version 1 when created, +1 per change of title or description
 * @param title a short public title, in one or more languages
 * @param description an optional public summary
 * @param origin how it came about
 * @param campaign the moderation campaign it was made from, if any
 * @param createdBy the subject of the staff member who created it
 * @param createdAt when
 * @param updatedAt when it last changed
 */
public record Theme(
    ThemeId id,
    TenantId tenant,
    ConsultationId consultation,
    long version,
    LocalizedText title,
    Optional<LocalizedText> description,
    ThemeOrigin origin,
    Optional<CampaignId> campaign,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {
  public Theme {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(origin, "origin");
    requireNonNull(campaign, "campaign");
    requireNonNull(createdBy, "createdBy");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /** @return the theme with its creator named {@value OutcomeService#STAFF}, as readers who are not staff see it */
  public Theme publicView() {
    return new Theme(id, tenant, consultation, version, title, description, origin, campaign, OutcomeService.STAFF, createdAt, updatedAt);
  }

  /** @return the keyset position: creation time, then id */
  public SortKey sortKey() {
    return new SortKey(createdAt, id.value());
  }
}
