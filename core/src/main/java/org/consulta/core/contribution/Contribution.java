package org.consulta.core.contribution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.GeoPoint;
import org.consulta.core.participant.ParticipantId;

/**
 * A contribution to a consultation: an idea, comment, proposal, argument, report, request or
 * survey response. Immutable; every change yields a new {@link #version()}.
 *
 * @param id the id
 * @param tenant the owning tenant
 * @param consultation the consultation it answers
 * @param version optimistic-concurrency version, 1 when submitted
 * @param kind the kind
 * @param author the participant it belongs to; empty for anonymous input recorded offline
 * @param body the free text, if any
 * @param answers the answers to the kind's form
 * @param language BCP 47 tag of the body
 * @param channel the channel it came in on
 * @param recordedBy for offline channels: the staff subject who recorded it
 * @param visibility who may read it
 * @param confidentialTo for confidential items: the staff roles that may read it
 * @param parent the contribution replied to (comments) or argued about (arguments)
 * @param side for arguments: pro or con
 * @param question the key of the consultation question it answers, if any
 * @param location for reports: where
 * @param category for reports: which category
 * @param state where it stands
 * @param qualified whether its supports reached the consultation's threshold
 * @param tally counted reactions
 * @param replies number of direct replies and arguments attached
 * @param redactions spans of its texts masked for everyone but staff (see {@link Redaction}); the
 *     stored texts are the originals
 * @param campaign the campaign cluster it belongs to, when it is one of many near-identical texts
 * @param flags how many participants flagged it
 * @param submittedAt when it was submitted (its sort key)
 * @param updatedAt when this version was made
 */
public record Contribution(
    ContributionId id,
    TenantId tenant,
    ConsultationId consultation,
    long version,
    ContributionKind kind,
    Optional<ParticipantId> author,
    Optional<String> body,
    Map<String, Answer> answers,
    String language,
    Channel channel,
    Optional<String> recordedBy,
    Visibility visibility,
    Set<Role> confidentialTo,
    Optional<ContributionId> parent,
    Optional<ArgumentSide> side,
    Optional<String> question,
    Optional<GeoPoint> location,
    Optional<String> category,
    ContributionState state,
    boolean qualified,
    ReactionTally tally,
    long replies,
    List<TextSpan> redactions,
    Optional<CampaignId> campaign,
    long flags,
    Instant submittedAt,
    Instant updatedAt) {
  public Contribution {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(consultation, "consultation");
    requireNonNull(kind, "kind");
    requireNonNull(author, "author");
    requireNonNull(body, "body");
    answers = answers.isEmpty() ? Map.of() : Map.copyOf(answers);
    requireNonNull(language, "language");
    requireNonNull(channel, "channel");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(visibility, "visibility");
    confidentialTo = confidentialTo.isEmpty() ? Set.of() : Set.copyOf(confidentialTo);
    requireNonNull(parent, "parent");
    requireNonNull(side, "side");
    requireNonNull(question, "question");
    requireNonNull(location, "location");
    requireNonNull(category, "category");
    requireNonNull(state, "state");
    requireNonNull(tally, "tally");
    redactions = redactions.isEmpty() ? List.of() : List.copyOf(redactions);
    requireNonNull(campaign, "campaign");
    requireNonNull(submittedAt, "submittedAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1 || replies < 0 || flags < 0) {
      throw new IllegalArgumentException("version starts at 1; replies and flags are not negative");
    }
  }

  /** @return the keyset position of this contribution in listings */
  public org.consulta.core.value.SortKey sortKey() {
    return new org.consulta.core.value.SortKey(submittedAt, id.value());
  }

  /**
   * @param state the new state
   * @param redactions the new masked spans
   * @param campaign the campaign
   * @param flags the flag count
   * @param at when
   * @return the next version with these moderation facts
   */
  public Contribution withModeration(ContributionState state, List<TextSpan> redactions, Optional<CampaignId> campaign, long flags, Instant at) {
    return new Contribution(id, tenant, consultation, version + 1, kind, author, body, answers, language, channel, recordedBy, visibility,
        confidentialTo, parent, side, question, location, category, state, qualified, tally, replies, redactions, campaign, flags,
        submittedAt, at);
  }

  /**
   * @param body the new body
   * @param answers the new answers
   * @param at when
   * @return the next version with these texts
   */
  public Contribution withTexts(Optional<String> body, Map<String, Answer> answers, Instant at) {
    return new Contribution(id, tenant, consultation, version + 1, kind, author, body, answers, language, channel, recordedBy, visibility,
        confidentialTo, parent, side, question, location, category, state, qualified, tally, replies, redactions, campaign, flags,
        submittedAt, at);
  }

  /**
   * @return its free-text fields by span field name: {@code "body"} and {@code "answers.<key>"}
   *     for text answers
   */
  public Map<String, String> texts() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    body.ifPresent(b -> texts.put(TextSpan.BODY, b));
    answers.forEach((key, answer) -> {
      if (answer instanceof Answer.Text text) {
        texts.put("answers." + key, text.value());
      }
    });
    return texts;
  }

  /**
   * @return this contribution as everyone but staff reads it: every redacted span masked (see
   *     {@link Redaction}) and the staff member who recorded offline input named {@value
   *     org.consulta.core.access.Actor#PUBLIC_STAFF}; itself when there is neither
   */
  public Contribution publicView() {
    Optional<String> recorder = recordedBy.map(staff -> org.consulta.core.access.Actor.PUBLIC_STAFF);
    if (redactions.isEmpty()) {
      return recordedBy.isEmpty() ? this : new Contribution(id, tenant, consultation, version, kind, author, body, answers, language,
          channel, recorder, visibility, confidentialTo, parent, side, question, location, category, state, qualified, tally, replies,
          redactions, campaign, flags, submittedAt, updatedAt);
    }
    Optional<String> maskedBody = body.map(b -> Redaction.apply(b, TextSpan.BODY, redactions));
    Map<String, Answer> maskedAnswers = new java.util.LinkedHashMap<>(answers);
    answers.forEach((key, answer) -> {
      if (answer instanceof Answer.Text text) {
        maskedAnswers.put(key, new Answer.Text(Redaction.apply(text.value(), "answers." + key, redactions)));
      }
    });
    return new Contribution(id, tenant, consultation, version, kind, author, maskedBody, maskedAnswers, language, channel, recorder,
        visibility, confidentialTo, parent, side, question, location, category, state, qualified, tally, replies, redactions, campaign,
        flags, submittedAt, updatedAt);
  }
}
