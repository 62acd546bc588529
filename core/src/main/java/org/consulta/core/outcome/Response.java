package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.SortKey;

/**
 * The institution's official answer to one contribution or to a whole theme. A theme's response
 * answers every contribution in the theme, including those added after it was given (from the
 * moment they were added). Each target has at most one response; revising it keeps the earlier
 * versions in {@link #history()}.
 *
 * @param id the id
 * @param tenant the tenant
 * @param consultation the consultation
 * @param contribution the contribution answered, if it answers one
 * @param theme the theme answered, if it answers a theme (exactly one of the two is present)
 * @param version 1 when given, +1 per revision
 * @param status the position taken
 * @param rationale why; required for every status but {@link ResponseStatus#ACCEPTED}
 * @param respondedBy the subject of the responder of this version
 * @param respondedAt when this version was given
 * @param firstRespondedAt when the first version was given (the time to response counts to it)
 * @param history earlier versions, oldest first
 */
public record Response(
    ResponseId id,
    TenantId tenant,
    ConsultationId consultation,
    Optional<ContributionId> contribution,
    Optional<ThemeId> theme,
    long version,
    ResponseStatus status,
    Optional<LocalizedText> rationale,
    String respondedBy,
    Instant respondedAt,
    Instant firstRespondedAt,
    List<ResponseRevision> history) {
  public Response {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(contribution, "contribution");
    requireNonNull(theme, "theme");
    requireNonNull(status, "status");
    requireNonNull(rationale, "rationale");
    requireNonNull(respondedBy, "respondedBy");
    requireNonNull(respondedAt, "respondedAt");
    requireNonNull(firstRespondedAt, "firstRespondedAt");
    history = List.copyOf(requireNonNull(history, "history"));
    if (contribution.isPresent() == theme.isPresent()) {
      throw new IllegalArgumentException("a response answers exactly one contribution or one theme");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /**
   * @return the response as readers who are not staff see it: the responder named {@value
   *     OutcomeService#STAFF}, in every revision too (the institution answers, not a person)
   */
  public Response publicView() {
    return new Response(id, tenant, consultation, contribution, theme, version, status, rationale, OutcomeService.STAFF, respondedAt,
        firstRespondedAt, history.stream().map(ResponseRevision::publicView).toList());
  }

  /** @return the keyset position: first response time, then id */
  public SortKey sortKey() {
    return new SortKey(firstRespondedAt, id.value());
  }
}
