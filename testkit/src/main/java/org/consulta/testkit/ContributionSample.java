package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
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
import org.consulta.core.contribution.ArgumentSide;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.participant.ParticipantId;

/**
 * Builds a valid {@link Contribution} for store tests: start from {@link
 * StoreSamples#contribution(org.consulta.core.consultation.Consultation)} for a new one (a
 * published, anonymous online idea with form answers), or from {@link #revisionOf(Contribution)}
 * for its next version, change what the test is about, then {@link #build()}.
 *
 * <p>Not thread-safe; each call of {@code StoreSamples.contribution} returns a new one.
 *
 * <pre>{@code
 * Contribution report = samples.contribution(consultation)
 *     .kind(ContributionKind.REPORT).category("roads").author(ana.id()).build();
 * Contribution hidden = ContributionSample.revisionOf(report).state(ContributionState.HIDDEN).build();
 * }</pre>
 */
public final class ContributionSample {
  private ContributionId id;
  private TenantId tenant;
  private ConsultationId consultation;
  private long version;
  private ContributionKind kind;
  private Optional<ParticipantId> author;
  private Optional<String> body;
  private Map<String, Answer> answers;
  private Channel channel;
  private Optional<String> recordedBy;
  private Visibility visibility;
  private Set<Role> confidentialTo;
  private Optional<ContributionId> parent;
  private Optional<ArgumentSide> side;
  private Optional<GeoPoint> location;
  private Optional<String> category;
  private Optional<CampaignId> campaign = Optional.empty();
  private ContributionState state;
  private ReactionTally tally;
  private long replies;
  private Instant submittedAt;
  private Instant updatedAt;

  private ContributionSample() {}

  static ContributionSample fresh(TenantId tenant, ConsultationId consultation, ContributionId id, Instant submittedAt) {
    ContributionSample s = new ContributionSample();
    s.id = id;
    s.tenant = tenant;
    s.consultation = consultation;
    s.version = 1;
    s.kind = ContributionKind.IDEA;
    s.author = Optional.empty();
    s.body = Optional.of("Contribution " + id);
    s.answers = StoreSamples.answers();
    s.channel = Channel.ONLINE;
    s.recordedBy = Optional.empty();
    s.visibility = Visibility.PUBLIC;
    s.confidentialTo = Set.of();
    s.parent = Optional.empty();
    s.side = Optional.empty();
    s.location = Optional.empty();
    s.category = Optional.empty();
    s.state = ContributionState.PUBLISHED;
    s.tally = ReactionTally.none();
    s.replies = 0;
    s.submittedAt = submittedAt;
    s.updatedAt = submittedAt;
    return s;
  }

  /**
   * @param stored a stored contribution
   * @return a builder for its next version: same fields, version + 1, updated one second later
   */
  public static ContributionSample revisionOf(Contribution stored) {
    requireNonNull(stored, "stored");
    ContributionSample s = new ContributionSample();
    s.id = stored.id();
    s.tenant = stored.tenant();
    s.consultation = stored.consultation();
    s.version = stored.version() + 1;
    s.kind = stored.kind();
    s.author = stored.author();
    s.body = stored.body();
    s.answers = stored.answers();
    s.channel = stored.channel();
    s.recordedBy = stored.recordedBy();
    s.visibility = stored.visibility();
    s.confidentialTo = stored.confidentialTo();
    s.parent = stored.parent();
    s.side = stored.side();
    s.location = stored.location();
    s.category = stored.category();
    s.campaign = stored.campaign();
    s.state = stored.state();
    s.tally = stored.tally();
    s.replies = stored.replies();
    s.submittedAt = stored.submittedAt();
    s.updatedAt = stored.updatedAt().plusSeconds(1);
    return s;
  }

  /**
   * @param id the id
   * @return this
   */
  public ContributionSample id(ContributionId id) {
    this.id = requireNonNull(id, "id");
    return this;
  }

  /**
   * @param version the version
   * @return this
   */
  public ContributionSample version(long version) {
    this.version = version;
    return this;
  }

  /**
   * Sets the kind; a {@link ContributionKind#REPORT} also gets a location, an {@link
   * ContributionKind#ARGUMENT} a side.
   *
   * @param kind the kind
   * @return this
   */
  public ContributionSample kind(ContributionKind kind) {
    this.kind = requireNonNull(kind, "kind");
    location = kind == ContributionKind.REPORT ? Optional.of(new GeoPoint(52.5, 13.25)) : Optional.empty();
    side = kind == ContributionKind.ARGUMENT ? Optional.of(ArgumentSide.PRO) : Optional.empty();
    return this;
  }

  /**
   * @param author the participant it belongs to
   * @return this
   */
  public ContributionSample author(ParticipantId author) {
    this.author = Optional.of(author);
    return this;
  }

  /**
   * Makes it offline input recorded by staff on {@code channel} (or online input, for {@link
   * Channel#ONLINE}).
   *
   * @param channel the channel
   * @return this
   */
  public ContributionSample channel(Channel channel) {
    this.channel = requireNonNull(channel, "channel");
    recordedBy = channel.isOffline() ? Optional.of("staff-2") : Optional.empty();
    return this;
  }

  /**
   * Makes it confidential to moderators.
   *
   * @return this
   */
  public ContributionSample confidential() {
    visibility = Visibility.CONFIDENTIAL;
    confidentialTo = Set.of(Role.MODERATOR, Role.MANAGER);
    return this;
  }

  /**
   * @param parent the contribution it replies to
   * @return this
   */
  public ContributionSample parent(ContributionId parent) {
    this.parent = Optional.of(parent);
    return this;
  }

  /**
   * @param category the report category
   * @return this
   */
  public ContributionSample category(String category) {
    this.category = Optional.of(category);
    return this;
  }

  /**
   * @param campaign the moderation campaign it belongs to
   * @return this
   */
  public ContributionSample campaign(CampaignId campaign) {
    this.campaign = Optional.of(campaign);
    return this;
  }

  /**
   * @param visibility who may read it ({@link #confidential()} for confidential input)
   * @return this
   */
  public ContributionSample visibility(Visibility visibility) {
    this.visibility = requireNonNull(visibility, "visibility");
    this.confidentialTo = visibility == Visibility.CONFIDENTIAL ? Set.of(Role.MODERATOR, Role.MANAGER) : Set.of();
    return this;
  }

  /**
   * @param state the state
   * @return this
   */
  public ContributionSample state(ContributionState state) {
    this.state = requireNonNull(state, "state");
    return this;
  }

  /**
   * @param tally the counted reactions
   * @return this
   */
  public ContributionSample tally(ReactionTally tally) {
    this.tally = requireNonNull(tally, "tally");
    return this;
  }

  /**
   * Sets when it was submitted, and when this version was made to the same instant.
   *
   * @param submittedAt the instant
   * @return this
   */
  public ContributionSample submittedAt(Instant submittedAt) {
    this.submittedAt = requireNonNull(submittedAt, "submittedAt");
    this.updatedAt = submittedAt;
    return this;
  }

  /** @return the contribution */
  public Contribution build() {
    return new Contribution(id, tenant, consultation, version, kind, author, body, answers, "en", channel, recordedBy,
        visibility, confidentialTo, parent, side, Optional.of("route"), location, category, state, false, tally, replies,
        java.util.List.of(), campaign, 0, submittedAt, updatedAt);
  }
}
