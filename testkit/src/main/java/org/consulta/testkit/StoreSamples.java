package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.Support;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.TextSignature;
import java.time.LocalDate;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.InfluenceEffect;
import org.consulta.core.outcome.Milestone;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResponseRevision;
import org.consulta.core.outcome.ResponseStatus;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ResultStatus;
import org.consulta.core.outcome.ResultUpdate;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeOrigin;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;

/**
 * Valid, deterministic test data for store tests: ids come from a counter and instants from a
 * fixed epoch, so two runs build the same records. Public so that store implementors can reuse it
 * in their own tests.
 *
 * <p>Ids are laid out like UUID version 7 (counter in the time bits), so they sort by creation in
 * {@link org.consulta.core.value.SortKey#uuidOrder()}. Instants are whole milliseconds, so stores
 * that keep microseconds (PostgreSQL, MariaDB) return them unchanged. The records use every
 * optional field, so a round trip proves a store keeps all of them.
 *
 * <p>Thread-safe: the counters are atomic and the builders it hands out are new each time.
 *
 * <pre>{@code
 * StoreSamples samples = new StoreSamples();
 * TenantId tenant = TenantId.of("north");
 * Consultation open = samples.consultation(tenant).phase(Phase.OPEN).build();
 * Participant ana = samples.participant(tenant).externalRef("user-1").build();
 * Contribution idea = samples.contribution(open).author(ana.id()).build();
 * }</pre>
 */
public final class StoreSamples {
  /** The instant {@link #at(long)} counts from: 2030-01-01T00:00:00Z. */
  public static final Instant EPOCH = Instant.parse("2030-01-01T00:00:00Z");

  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong seconds = new AtomicLong();

  /** Creates samples whose ids and instants start from the beginning. */
  public StoreSamples() {}

  /** @return the next id: version-7 layout, increasing in unsigned order */
  public UUID nextUuid() {
    long n = ids.incrementAndGet();
    long msb = ((EPOCH.toEpochMilli() + n) << 16) | 0x7000L;
    long lsb = 0x8000_0000_0000_0000L | n;
    return new UUID(msb, lsb);
  }

  /** @return the next instant, one second after the previous one */
  public Instant nextInstant() {
    return at(seconds.incrementAndGet());
  }

  /**
   * @param secondsAfterEpoch seconds after {@link #EPOCH}
   * @return that instant
   */
  public static Instant at(long secondsAfterEpoch) {
    return EPOCH.plusSeconds(secondsAfterEpoch);
  }

  /** @return a new consultation id */
  public ConsultationId consultationId() {
    return new ConsultationId(nextUuid());
  }

  /** @return a new participant id */
  public ParticipantId participantId() {
    return new ParticipantId(nextUuid());
  }

  /** @return a new contribution id */
  public ContributionId contributionId() {
    return new ContributionId(nextUuid());
  }

  /**
   * @param tenant the owning tenant
   * @return a builder for a new draft consultation at version 1, created at the next instant
   */
  public ConsultationSample consultation(TenantId tenant) {
    return ConsultationSample.fresh(requireNonNull(tenant, "tenant"), consultationId(), nextInstant());
  }

  /**
   * @param tenant the owning tenant
   * @return a builder for a new participant at version 1, registered at the next instant
   */
  public ParticipantSample participant(TenantId tenant) {
    return ParticipantSample.fresh(requireNonNull(tenant, "tenant"), participantId(), nextInstant());
  }

  /**
   * @param consultation the consultation it answers (tenant and id are taken from it)
   * @return a builder for a new published online idea at version 1, submitted at the next instant
   */
  public ContributionSample contribution(Consultation consultation) {
    requireNonNull(consultation, "consultation");
    return ContributionSample.fresh(consultation.tenant(), consultation.id(), contributionId(), nextInstant());
  }

  /**
   * @param contribution the contribution reacted to
   * @param participant who reacts
   * @param support support or oppose
   * @return a reaction with that support and a stance, set at the next instant
   */
  public Reaction reaction(ContributionId contribution, ParticipantId participant, Support support) {
    int stance = support == Support.SUPPORT ? 750 : -500;
    return new Reaction(contribution, participant, Optional.of(support), OptionalInt.of(stance), nextInstant());
  }

  /**
   * @param contribution the contribution reacted to
   * @param participant who reacts
   * @param stanceMillis a stance in thousandths, -1000..1000
   * @return a reaction with only a stance, no support or opposition, set at the next instant
   */
  public Reaction stance(ContributionId contribution, ParticipantId participant, int stanceMillis) {
    return new Reaction(contribution, participant, Optional.empty(), OptionalInt.of(stanceMillis), nextInstant());
  }

  /**
   * @param contribution the contribution the case is about (tenant, consultation and id are taken from it)
   * @return a builder for a new open case at version 1, opened at the next instant
   */
  public ModerationCaseSample moderationCase(Contribution contribution) {
    requireNonNull(contribution, "contribution");
    return ModerationCaseSample.fresh(contribution.tenant(), contribution.consultation(), contribution.id(),
        new ModerationCaseId(nextUuid()), nextInstant());
  }

  /**
   * @param contribution the flagged contribution
   * @param participant who flags it
   * @param reason the reason code
   * @return a flag set at the next instant
   */
  public Flag flag(ContributionId contribution, ParticipantId participant, String reason) {
    return new Flag(contribution, participant, reason, nextInstant());
  }

  /**
   * @param seed the campaign's first contribution
   * @param consultation its consultation
   * @param size how many members
   * @return a campaign that began at the next instant and last grew a minute later
   */
  public Campaign campaign(ContributionId seed, ConsultationId consultation, long size) {
    Instant first = nextInstant();
    return new Campaign(CampaignId.seededBy(seed), consultation, size, first, first.plusSeconds(60));
  }

  /**
   * A signature of eight MinHash values, built from {@code n}, with the given band keys.
   *
   * @param n any number, to tell signatures apart
   * @param bandKeys the band keys, at least one
   * @return the signature
   */
  public static TextSignature signature(int n, long... bandKeys) {
    int[] hashes = new int[8];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = n * 31 + i * Integer.MIN_VALUE / 7 - i;
    }
    return new TextSignature(hashes, bandKeys);
  }

  /**
   * @param consultation its consultation
   * @return a new theme at version 1 with a two-language title and a description, created at the next instant
   */
  public Theme theme(Consultation consultation) {
    Instant at = nextInstant();
    ThemeId id = new ThemeId(nextUuid());
    return new Theme(id, consultation.tenant(), consultation.id(), 1, LocalizedText.of("en", "Theme " + id).with("fr", "Thème"),
        Optional.of(LocalizedText.of("en", "What many said")), ThemeOrigin.MANUAL, Optional.empty(), "staff-1", at, at);
  }

  /**
   * @param stored a stored theme
   * @return its next version: a new title, version + 1, updated one second later
   */
  public static Theme revisionOf(Theme stored) {
    return new Theme(stored.id(), stored.tenant(), stored.consultation(), stored.version() + 1, LocalizedText.of("en", "Renamed"),
        Optional.empty(), stored.origin(), stored.campaign(), stored.createdBy(), stored.createdAt(), stored.updatedAt().plusSeconds(1));
  }

  /**
   * @param contribution the contribution answered
   * @param at when the response is first given
   * @return a new NOT_ACCEPTED response with a rationale, at version 1
   */
  public Response response(Contribution contribution, Instant at) {
    return new Response(new ResponseId(nextUuid()), contribution.tenant(), contribution.consultation(), Optional.of(contribution.id()),
        Optional.empty(), 1, ResponseStatus.NOT_ACCEPTED, Optional.of(LocalizedText.of("en", "Out of budget")), "staff-1", at, at, List.of());
  }

  /**
   * @param theme the theme answered
   * @param at when the response is first given
   * @return a new ACCEPTED response without a rationale, at version 1
   */
  public Response response(Theme theme, Instant at) {
    return new Response(new ResponseId(nextUuid()), theme.tenant(), theme.consultation(), Optional.empty(), Optional.of(theme.id()),
        1, ResponseStatus.ACCEPTED, Optional.empty(), "staff-1", at, at, List.of());
  }

  /**
   * @param stored a stored response
   * @return its next version: PARTLY_ACCEPTED an hour later, the stored version moved to the history
   */
  public static Response revisionOf(Response stored) {
    List<ResponseRevision> history = new java.util.ArrayList<>(stored.history());
    history.add(new ResponseRevision(stored.version(), stored.status(), stored.rationale(), stored.respondedBy(), stored.respondedAt()));
    return new Response(stored.id(), stored.tenant(), stored.consultation(), stored.contribution(), stored.theme(), stored.version() + 1,
        ResponseStatus.PARTLY_ACCEPTED, Optional.of(LocalizedText.of("en", "In part")), "staff-2", stored.respondedAt().plusSeconds(3600),
        stored.firstRespondedAt(), history);
  }

  /**
   * @param consultation its consultation
   * @param themes themes that informed it
   * @param contributions contributions that informed it
   * @return a new decision at version 1, recorded at the next instant
   */
  public Decision decision(Consultation consultation, List<ThemeId> themes, List<ContributionId> contributions) {
    Instant at = nextInstant();
    return new Decision(new DecisionId(nextUuid()), consultation.tenant(), consultation.id(), 1, LocalizedText.of("en", "Trees"),
        LocalizedText.of("en", "Plant 40 trees"), "City council", Optional.of("Meeting 7, item 3"), LocalDate.of(2030, 3, 12),
        LocalizedText.of("en", "The input doubled the number"), InfluenceEffect.CHANGED, themes, contributions, "staff-1", at, at);
  }

  /**
   * @param stored a stored decision
   * @param themes the themes it links from now on
   * @param contributions the contributions it links from now on
   * @return its next version with those links, updated one second later
   */
  public static Decision revisionOf(Decision stored, List<ThemeId> themes, List<ContributionId> contributions) {
    return new Decision(stored.id(), stored.tenant(), stored.consultation(), stored.version() + 1, stored.title(), stored.text(),
        stored.body(), Optional.empty(), stored.decidedOn(), stored.influence(), InfluenceEffect.PARTLY_CHANGED, themes, contributions,
        stored.recordedBy(), stored.createdAt(), stored.updatedAt().plusSeconds(1));
  }

  /**
   * @param consultation its consultation
   * @param decisions the decisions it carries out
   * @return a new result at version 1 with a milestone and a timeline entry, created at the next instant
   */
  public Result result(Consultation consultation, List<DecisionId> decisions) {
    Instant at = nextInstant();
    return new Result(new ResultId(nextUuid()), consultation.tenant(), consultation.id(), 1, Optional.empty(), LocalizedText.of("en", "Planting"),
        Optional.of(LocalizedText.of("en", "Along the river")), ResultStatus.IN_PROGRESS, 40,
        List.of(new Milestone(LocalizedText.of("en", "Order trees"), LocalDate.of(2030, 4, 1), Optional.of(LocalDate.of(2030, 3, 30)))),
        decisions, List.of(new ResultUpdate(at, "staff-1", ResultStatus.IN_PROGRESS, 40, Optional.of(LocalizedText.of("en", "Started")))), at, at);
  }

  /**
   * @param stored a stored result
   * @param decisions the decisions it carries out from now on
   * @return its next version, COMPLETED at 100, updated one second later
   */
  public static Result revisionOf(Result stored, List<DecisionId> decisions) {
    return new Result(stored.id(), stored.tenant(), stored.consultation(), stored.version() + 1, stored.parent(), stored.title(),
        stored.description(), ResultStatus.COMPLETED, 100, stored.milestones(), decisions, stored.timeline(), stored.createdAt(),
        stored.updatedAt().plusSeconds(1));
  }

  /**
   * @param n any number, to tell samples apart
   * @return contact details with e-mail, phone and postal address
   */
  public static ContactDetails contact(int n) {
    return new ContactDetails(
        Optional.of("person" + n + "@example.org"), Optional.of("+1 555 010" + (n % 10)), Optional.of(n + " Main Street"));
  }

  /**
   * @param districts the options of the {@code district} dimension
   * @return a schema with an ordered {@code age_band} and an unordered {@code district} dimension
   */
  public static DemographicSchema schema(String... districts) {
    return new DemographicSchema(List.of(
        new DemographicDimension("age_band", LocalizedText.of("en", "Age"), List.of("under_16", "16_64", "65_plus"), true),
        new DemographicDimension("district", LocalizedText.of("en", "District").with("es", "Distrito"), List.of(districts), false)));
  }

  /**
   * An outcome of registering a participant with an idempotency key, as the engine stores it.
   *
   * @param key the command's key
   * @param result the registered participant (the command's result)
   * @return the outcome
   */
  public IdempotencyRepository.Outcome outcome(IdempotencyKey key, Participant result) {
    NewParticipant command = new NewParticipantBuilder()
        .displayName("Ana")
        .externalRef(result.externalRef())
        .putDemographics("district", "north")
        .addConsents(ConsentKind.PROCESSING)
        .idempotencyKey(key)
        .build();
    return new IdempotencyRepository.Outcome(command, result, nextInstant());
  }

  /** @return a few form answers of different types, as a contribution stores them */
  static Map<String, Answer> answers() {
    return Map.of(
        "why", new Answer.Text("Safer crossings"),
        "topics", new Answer.Choices(List.of("traffic", "schools")),
        "agree", new Answer.Consent(true));
  }
}
