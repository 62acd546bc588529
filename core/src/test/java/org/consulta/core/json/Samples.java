package org.consulta.core.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Audience;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.HouseRule;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationUpdate;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.FieldType;
import org.consulta.core.consultation.FormField;
import org.consulta.core.consultation.GeoPoint;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.consultation.Question;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.contribution.ArgumentSide;
import org.consulta.core.contribution.BatchMode;
import org.consulta.core.contribution.BatchResult;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.contribution.ContributionEdit;
import org.consulta.core.moderation.Appeal;
import org.consulta.core.moderation.AppealDecision;
import org.consulta.core.moderation.AppealOutcome;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.CaseStatus;
import org.consulta.core.moderation.CaseTrigger;
import org.consulta.core.moderation.Claim;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.Ruling;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.Flag;
import org.consulta.core.moderation.MetricCount;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.NewAppeal;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.TransparencyReport;
import org.consulta.core.notification.ModerationNotice;
import org.consulta.core.notification.NotificationKind;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.Support;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.error.Violation;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.Consent;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.ContactChange;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.participant.ParticipantUpdate;
import org.consulta.core.participant.SchemaDefinition;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;
import org.consulta.core.relay.ClaimedDelivery;
import org.consulta.core.webhook.CreatedWebhook;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.DeliveryReplay;
import org.consulta.core.webhook.DeliveryStatus;
import org.consulta.core.webhook.EventReplay;
import org.consulta.core.webhook.NewWebhook;
import org.consulta.core.webhook.ReplayedDeliveries;
import org.consulta.core.relay.RetryPolicy;
import org.consulta.core.relay.SendResult;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookSubscription;
import java.net.URI;

/**
 * One fully populated ("full": every optional present, every collection non-empty) and one
 * minimal ("minimal": every optional empty, every collection empty) instance of each public value,
 * command and event, for the round-trip tests.
 */
final class Samples {
  static final TenantId TENANT = TenantId.of("lisbon");
  static final ConsultationId CONSULTATION = ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057");
  static final ParticipantId PARTICIPANT = ParticipantId.parse("01890a5d-ac96-774b-bcce-b302099a8058");
  static final ContributionId CONTRIBUTION = ContributionId.parse("01890a5d-ac96-774b-bcce-b302099a8059");
  static final ContributionId PARENT = ContributionId.parse("01890a5d-ac96-774b-bcce-b302099a805a");
  static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
  static final Instant T1 = Instant.parse("2026-12-01T17:30:00.123Z");
  static final Instant T2 = Instant.parse("2027-01-15T00:00:00Z");
  static final Instant T3 = Instant.parse("2027-06-30T23:59:59.999999999Z");
  static final IdempotencyKey KEY = IdempotencyKey.of("req-2026-11-23/abc");
  static final LocalizedText TITLE = LocalizedText.of("pt", "Ciclovias na Avenida").with("en", "Bike lanes").with("es", "Carriles bici");
  static final LocalizedText TEXT = LocalizedText.of("en", "Some text");

  /** A value to round-trip and the type to read it back as. */
  record Sample(String name, Object value, JavaType type) {
    @Override
    public String toString() {
      return name;
    }
  }

  private final List<Sample> all = new ArrayList<>();

  private Samples() {}

  static List<Sample> all() {
    Samples s = new Samples();
    s.values();
    s.consultations();
    s.participants();
    s.moderation();
    s.moderationRecords();
    s.contributions();
    s.events();
    s.webhooks();
    OutcomeSamples.values(s::add);
    ExpectationSamples.values(s::add);
    PromiseSamples.values(s::add);
    WeightingSamples.values(s::add);
    ReplaySamples.values(s::add);
    SimulationSamples.values(s::add);
    BudgetingSamples.values(s::add);
    return List.copyOf(s.all);
  }

  private void add(String variant, Object value) {
    Class<?> type = value.getClass();
    for (Class<?> sealed : List.of(ConsultaEvent.class, Answer.class, EligibilityRule.class,
        org.consulta.core.expectation.CommitmentTerms.class, org.consulta.core.expectation.ResponseScope.class,
        org.consulta.core.expectation.Evidence.class)) {
      if (sealed.isInstance(value)) {
        type = sealed;
      }
    }
    add(variant, value, TypeFactory.defaultInstance().constructType(type));
  }

  private void add(String variant, Object value, JavaType type) {
    all.add(new Sample(value.getClass().getSimpleName() + " (" + variant + ")", value, type));
  }

  private void values() {
    add("full", TENANT);
    add("full", CONSULTATION);
    add("full", PARTICIPANT);
    add("full", CONTRIBUTION);
    add("full", KEY);
    add("full", new Cursor("MTc5NTQxNDQwMC4wLjAxODkwYTVk"));
    add("full", TITLE);
    add("minimal", TEXT);
    add("full", new Violation("answers.district", "must be one of [north, south]"));
    add("full", new SortKey(T1, CONTRIBUTION.value()));
    add("full", PageRequest.after(new Cursor("abc"), 20));
    add("minimal", PageRequest.first());
    add("full", Actor.of(TENANT, "staff-17", Role.MANAGER, Role.MODERATOR, Role.AUDITOR));
    add("minimal", Actor.anonymous(TENANT));
    add("full", new AccessTarget(Optional.of("staff-17"), Audience.OWNER_AND_STAFF, Set.of(Role.MODERATOR, Role.ADMIN)));
    add("minimal", AccessTarget.tenantWide());
    TypeFactory types = TypeFactory.defaultInstance();
    add("full", new Page<>(List.of(contribution(), minimalContribution()), Optional.of(new Cursor("next-page"))),
        types.constructParametricType(Page.class, Contribution.class));
    add("minimal", Page.empty(), types.constructParametricType(Page.class, Contribution.class));
  }

  private void consultations() {
    add("full", question());
    add("full", influence());
    add("minimal", Influence.of(InfluenceLevel.INFORM));
    add("full", schedule());
    add("minimal", PhaseSchedule.none());
    add("full", new PhaseChange(Phase.SCHEDULED, Phase.OPEN, T1, true));
    add("full", new PhaseTransition(CONSULTATION, Phase.CLOSED, OptionalLong.of(3), Optional.of(KEY)));
    add("minimal", PhaseTransition.to(CONSULTATION, Phase.OPEN));
    add("full", new SupportRules(OptionalInt.of(3), OptionalInt.of(100), false));
    add("minimal", SupportRules.open());
    add("full", new GeoPoint(38.7223, -9.1393));
    add("full", form());
    add("minimal", new ContributionForm(List.of()));
    add("full", fullField());
    add("minimal", minimalField());
    answers().forEach(answer -> add("full", answer));
    add("minimal", new Answer.Choices(List.of()));
    rules().forEach(rule -> add("full", rule));
    add("minimal", new EligibilityRule.Custom("none", Map.of()));
    add("full", consultation());
    add("minimal", minimalConsultation());
    add("full", newConsultation());
    add("minimal", new NewConsultation(TEXT, Optional.empty(), Optional.empty(), TEXT, List.of(), Influence.of(InfluenceLevel.CONSULT),
        Optional.empty(), Set.of(), Optional.empty(), Set.of(), Map.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    add("full", consultationUpdate());
    add("minimal", new ConsultationUpdate(CONSULTATION, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private void moderation() {
    add("full", moderationPolicy());
    add("full", new HouseRule("no-ads", TEXT, false));
    add("full", TextSpan.body(3, 9));
    add("full", new CampaignId(PARENT.value()));
    add("minimal", Verdict.pass("blocklist"));
    add("full", new Verdict("personal-data", Verdict.Outcome.REDACT, Optional.of("personal-data"), 0.9, "e-mail address at body[3, 9)",
        List.of(TextSpan.body(3, 9), new TextSpan("answers.why", 0, 4)), Optional.of(new CampaignId(PARENT.value()))));
    add("full", new ScreeningInput(TENANT, CONSULTATION, CONTRIBUTION, Optional.of(PARTICIPANT), ContributionKind.IDEA, Channel.ONLINE, "fr-CH",
        Map.of(TextSpan.BODY, "Plus d'arbres", "answers.why", "Pour l'ombre"), T1, true));
  }

  private void moderationRecords() {
    add("full", moderationCase());
    add("full", CASE);
    add("minimal", new ModerationCase(CASE, TENANT, CONSULTATION, CONTRIBUTION, 1, CaseStatus.OPEN, Set.of(), Set.of(), "en", 0, 0, List.of(),
        false, T0, T1, T0, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), T0));
    add("full", new Claim("mod-1", T1));
    add("full", new Flag(CONTRIBUTION, PARTICIPANT, "offensive", T1));
    add("full", new Campaign(new CampaignId(PARENT.value()), CONSULTATION, 1200, T0, T2));
    add("full", new MetricCount(ModerationMetric.HELD, "spam", 7));
    add("full", new NewFlag(CONTRIBUTION, "spam", Optional.of(KEY)));
    add("full", new QueueFilter(Optional.of(CONSULTATION), Optional.of("spam"), Optional.of("fr"), true));
    add("full", new ClaimRequest(QueueFilter.all(), Optional.of(java.time.Duration.ofMinutes(5)), Optional.of(KEY)));
    add("full", new CaseDecision(CASE, DecisionAction.REDACT, Optional.of("personal-data"), Optional.of("note"), List.of(TextSpan.body(1, 2)),
        OptionalLong.of(3), Optional.of(KEY)));
    add("minimal", CaseDecision.approve(CASE));
    add("full", new NewAppeal(CONTRIBUTION, "Please look again", Optional.of(KEY)));
    add("full", new org.consulta.core.moderation.AppealReceipt(CONTRIBUTION, CaseStatus.APPEALED, T1, T2));
    add("full", new AppealDecision(CASE, AppealOutcome.UPHELD, Optional.of("fine"), OptionalLong.of(5), Optional.of(KEY)));
    add("full", new Ruling(DecisionAction.ESCALATE, Optional.of("illegal"), Optional.empty(), List.of(), "mod-1", false, T1, Optional.empty()));
    add("full", new Appeal("why", "p", T0, "mod-1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    add("full", new TransparencyReport(CONSULTATION, java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 12, 1),
        Map.of(ModerationMetric.SCREENED, 100L, ModerationMetric.HELD, 3L), Map.of("spam", Map.of(ModerationMetric.HELD, 3L)), 3,
        Optional.of(java.time.Duration.ofMinutes(90)), Optional.of(java.time.Duration.ofHours(20)), 0.25));
    add("full", new ContributionEdit(CONTRIBUTION, Optional.of("new text"), Optional.of(Map.of("why", new Answer.Text("shade"))), OptionalLong.of(2),
        Optional.of(KEY)));
    add("full", new ModerationNotice(TENANT, PARTICIPANT, NotificationKind.MODERATION_DECISION, CONSULTATION, CONTRIBUTION, ContributionState.HIDDEN,
        Optional.of("spam"), Optional.of(TEXT), Optional.of(T2), T1));
  }

  private void participants() {
    add("full", new Consent(ConsentKind.OUTCOME_CONTACT, true, T1));
    add("full", new ContactDetails(Optional.of("ana@example.org"), Optional.of("+351 21 000 0000"), Optional.of("Rua A, 1")));
    add("minimal", new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty()));
    add("full", dimension());
    add("full", new DemographicSchema(List.of(dimension(), new DemographicDimension("district", TEXT, List.of("north", "south"), false))));
    add("minimal", DemographicSchema.empty());
    add("full", new Demographics(Map.of("district", "north", "age_band", Demographics.PREFER_NOT_TO_SAY)));
    add("minimal", Demographics.none());
    add("full", new Participant(PARTICIPANT, TENANT, 4, Optional.of("Ana"), Optional.of("user-991"),
        new Demographics(Map.of("district", "north")),
        Map.of(ConsentKind.PROCESSING, new Consent(ConsentKind.PROCESSING, true, T0),
            ConsentKind.OUTCOME_CONTACT, new Consent(ConsentKind.OUTCOME_CONTACT, false, T1)),
        T0, T1));
    add("minimal", new Participant(PARTICIPANT, TENANT, 1, Optional.empty(), Optional.empty(), Demographics.none(), Map.of(), T0, T0));
    add("full", new NewParticipant(Optional.of("Ana"), Optional.of("user-991"), Map.of("district", "north", "age_band", "30-44"),
        Set.of(ConsentKind.PROCESSING, ConsentKind.OUTCOME_CONTACT), Optional.of(ContactDetails.email("ana@example.org")), Optional.of(KEY)));
    add("minimal", NewParticipant.anonymous());
    add("full", new ParticipantUpdate(PARTICIPANT, OptionalLong.of(4), Optional.of("Ana B."), Optional.of(Map.of("district", "south")),
        Map.of(ConsentKind.OUTCOME_CONTACT, false, ConsentKind.PROCESSING, true), Optional.of(KEY)));
    add("minimal", new ParticipantUpdate(PARTICIPANT, OptionalLong.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    add("full", new ContactChange(PARTICIPANT, Optional.of(ContactDetails.email("ana@example.org")), Optional.of(KEY)));
    add("minimal", new ContactChange(PARTICIPANT, Optional.empty(), Optional.empty()));
    add("full", new SchemaDefinition(new DemographicSchema(List.of(dimension())), Optional.of(KEY)));
    add("minimal", new SchemaDefinition(DemographicSchema.empty(), Optional.empty()));
  }

  private void contributions() {
    add("full", contribution());
    add("minimal", minimalContribution());
    add("full", new NewContribution(CONSULTATION, ContributionKind.ARGUMENT, Optional.of("Safer for children"), answerMap(),
        "pt", Channel.PAPER, Optional.of(PARTICIPANT), Optional.of(PARENT), Optional.of(ArgumentSide.CON), Optional.of("main_question"),
        Optional.of(new GeoPoint(-33.8688, 151.2093)), Optional.of("traffic"), Optional.of(Visibility.CONFIDENTIAL),
        Set.of(Role.MODERATOR, Role.RESPONDER), Optional.of(KEY)));
    add("minimal", new NewContribution(CONSULTATION, ContributionKind.IDEA, Optional.empty(), Map.of(), "en", Channel.ONLINE,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Set.of(), Optional.empty()));
    add("full", new ReactionChange(CONTRIBUTION, Optional.of(Support.OPPOSE), Optional.of(-0.25), Optional.of(KEY)));
    add("minimal", ReactionChange.clear(CONTRIBUTION));
    add("full", new Withdrawal(CONTRIBUTION, OptionalLong.of(2), Optional.of(KEY)));
    add("minimal", Withdrawal.of(CONTRIBUTION));
    NewContribution paper = new NewContribution(CONSULTATION, ContributionKind.IDEA, Optional.of("Benches"), Map.of(), "en",
        Channel.PAPER, Optional.of(PARTICIPANT), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
    add("full", new ContributionBatch(List.of(paper, paper), BatchMode.SKIP_INVALID, Optional.of(KEY)));
    add("minimal", ContributionBatch.of(List.of(paper), BatchMode.ALL_OR_NOTHING));
    BatchResult.ItemResult stored = BatchResult.ItemResult.accepted(0, CONTRIBUTION);
    BatchResult.ItemResult invalid = BatchResult.ItemResult.rejected(1, "invalid-input",
        List.of(new Violation("body", "must not be blank"), new Violation("language", "must be a BCP 47 language tag")), Optional.empty());
    BatchResult.ItemResult refused = BatchResult.ItemResult.rejected(2, "not-found", List.of(), Optional.of("participant " + PARTICIPANT + " not found"));
    add("full", BatchResult.of(List.of(stored, invalid, refused)));
    add("minimal", BatchResult.of(List.of()));
    add("full", new BatchResult.ItemResult(3, Optional.empty(), Optional.of("not-eligible"), List.of(new Violation("onBehalfOf", "x")),
        Optional.of("not eligible: only participants who declared district in [north] may take part")));
    add("minimal", stored);
    add("full", new ContributionQuery(CONSULTATION, Set.of(ContributionKind.REPORT, ContributionKind.IDEA),
        Set.of(ContributionState.PUBLISHED, ContributionState.HIDDEN), Optional.of("potholes"), Optional.of(PARTICIPANT),
        Optional.of(PARENT), Optional.of(T0), Optional.of(T2)));
    add("minimal", ContributionQuery.of(CONSULTATION));
    add("full", new ContributionCounts(12, Map.of(ContributionKind.IDEA, 10L, ContributionKind.COMMENT, 2L),
        Map.of(Channel.ONLINE, 11L, Channel.PAPER, 1L), Map.of(ContributionState.PUBLISHED, 9L, ContributionState.WITHDRAWN, 3L)));
    add("minimal", ContributionCounts.none());
    add("full", new Reaction(CONTRIBUTION, PARTICIPANT, Optional.of(Support.SUPPORT), OptionalInt.of(-750), T1));
    add("minimal", new Reaction(CONTRIBUTION, PARTICIPANT, Optional.empty(), OptionalInt.empty(), T1));
    add("full", new ReactionTally(5, 2, 3, -1200));
    add("minimal", ReactionTally.none());
  }

  private void webhooks() {
    WebhookId hook = HOOK;
    WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    WebhookSubscription subscription =
        new WebhookSubscription(hook, TENANT, URI.create("https://example.org/hooks?x=1"), Set.of("contribution.*", "phase.changed"), true, T0);
    Delivery delivery = new Delivery(DeliveryId.parse("01890a5d-ac96-774b-bcce-b302099a8061"), hook, 7, UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8062"),
        "contribution.submitted", CONTRIBUTION.toString(), DeliveryStatus.PENDING, 2, T1, Optional.of("HTTP 503"), Optional.empty());
    add("full", hook);
    add("full", delivery.id());
    add("full", secret);
    add("full", subscription);
    add("minimal", new WebhookSubscription(hook, TENANT, URI.create("http://localhost:8080/h"), Set.of(), false, T0));
    add("full", new NewWebhook(URI.create("https://example.org/hooks"), Set.of("contribution.submitted"), Optional.of(KEY)));
    add("full", new CreatedWebhook(subscription, secret));
    add("full", delivery);
    add("delivered", delivery.delivered(T2));
    add("full", RetryPolicy.standard());
    add("ok", SendResult.ok());
    add("failed", SendResult.failed("HTTP 500"));
    add("full", new ClaimedDelivery(TENANT, delivery, subscription, secret, recordedEvent(), "node-1", T2));
    add("full", new DeliveryReplay(hook, delivery.id(), Optional.of(KEY)));
    add("minimal", new DeliveryReplay(hook, delivery.id()));
    add("full", new EventReplay(hook, 40, 90, Optional.of(KEY)));
    add("minimal", new EventReplay(hook, 1, 1));
    add("full", new ReplayedDeliveries(List.of(delivery, delivery.delivered(T2))));
    add("minimal", new ReplayedDeliveries(List.of()));
  }

  private void events() {
    eventSamples().forEach(e -> add("full", e));
    add("minimal", new ConsultaEvent.ContributionSubmitted(CONTRIBUTION, CONSULTATION, ContributionKind.IDEA, Channel.ONLINE,
        Optional.empty(), Optional.empty(), Optional.empty(), Visibility.PUBLIC, ContributionState.PUBLISHED));
    add("minimal", new ConsultaEvent.ReactionSet(CONTRIBUTION, CONSULTATION, PARTICIPANT, Optional.empty(), OptionalInt.empty()));
    add("minimal", new ConsultaEvent.ConsultationCreated(CONSULTATION, InfluenceLevel.INFORM, Set.of(), Set.of()));
    OutcomeSamples.minimalEvents().forEach(e -> add("minimal", e));
    add("full", recordedEvent());
  }

  /** One sample of every event record: the completeness test checks none is missing. */
  static List<ConsultaEvent> eventSamples() {
    List<ConsultaEvent> events = new ArrayList<>(featureEvents());
    events.addAll(OutcomeSamples.events());
    events.addAll(ExpectationSamples.events());
    events.add(new ConsultaEvent.CalendarDefined("Europe/Lisbon", 14));
    events.add(new ConsultaEvent.ReferencePopulationDefined(List.of("district", "age_band")));
    events.add(new ConsultaEvent.TrackRecordVisibilitySet(org.consulta.core.expectation.TrackRecordVisibility.INTERNAL));
    return List.copyOf(events);
  }

  private static List<ConsultaEvent> featureEvents() {
    return List.of(
        new ConsultaEvent.ConsultationCreated(CONSULTATION, InfluenceLevel.INVOLVE,
            Set.of(ContributionKind.PROPOSAL, ContributionKind.IDEA, ContributionKind.COMMENT), Set.of(Channel.PHONE, Channel.ONLINE)),
        new ConsultaEvent.ConsultationUpdated(CONSULTATION, 2, List.of("title", "schedule")),
        new ConsultaEvent.PhaseChanged(CONSULTATION, Phase.SCHEDULED, Phase.OPEN, T0, true),
        new ConsultaEvent.DemographicSchemaDefined(List.of("age_band", "district")),
        new ConsultaEvent.ParticipantRegistered(PARTICIPANT),
        new ConsultaEvent.ParticipantUpdated(PARTICIPANT, 3, List.of("displayName", "consents")),
        new ConsultaEvent.ConsentChanged(PARTICIPANT, ConsentKind.OUTCOME_CONTACT, false),
        new ConsultaEvent.ContactDetailsUpdated(PARTICIPANT),
        new ConsultaEvent.ContactDetailsErased(PARTICIPANT),
        new ConsultaEvent.ContributionSubmitted(CONTRIBUTION, CONSULTATION, ContributionKind.COMMENT, Channel.IN_PERSON,
            Optional.of(PARTICIPANT), Optional.of("staff-17"), Optional.of(PARENT), Visibility.PRIVATE, ContributionState.PENDING_MODERATION),
        new ConsultaEvent.ContributionWithdrawn(CONTRIBUTION, CONSULTATION),
        new ConsultaEvent.ReactionSet(CONTRIBUTION, CONSULTATION, PARTICIPANT, Optional.of(Support.SUPPORT), OptionalInt.of(500)),
        new ConsultaEvent.ReactionCleared(CONTRIBUTION, CONSULTATION, PARTICIPANT),
        new ConsultaEvent.ContributionQualified(CONTRIBUTION, CONSULTATION, 100),
        new ConsultaEvent.ContributionScreened(CONTRIBUTION, CONSULTATION, Verdict.Outcome.HOLD,
            List.of(Verdict.pass("blocklist"), Verdict.hold("links", "spam", 0.8, "5 links, at most 3")), true),
        new ConsultaEvent.ContributionEdited(CONTRIBUTION, CONSULTATION, 4, List.of("body"), ContributionState.PENDING_MODERATION),
        new ConsultaEvent.ContributionFlagged(CONTRIBUTION, CONSULTATION, "spam", 3, true),
        new ConsultaEvent.ModerationCaseOpened(CASE, CONTRIBUTION, CONSULTATION, CaseTrigger.FLAGS, Set.of("spam", "offensive"), T2),
        new ConsultaEvent.ModerationCaseClaimed(CASE, CONTRIBUTION, T1),
        new ConsultaEvent.ModerationCaseReleased(CASE, CONTRIBUTION),
        new ConsultaEvent.ModerationDecided(CASE, CONTRIBUTION, CONSULTATION, DecisionAction.HIDE, Optional.of("spam"), ContributionState.HIDDEN,
            false, Optional.of(T2)),
        new ConsultaEvent.AppealFiled(CASE, CONTRIBUTION, CONSULTATION),
        new ConsultaEvent.AppealDecided(CASE, CONTRIBUTION, CONSULTATION, AppealOutcome.OVERTURNED, ContributionState.PUBLISHED),
        new ConsultaEvent.WebhookSubscribed(HOOK, List.of("contribution.*", "phase.changed")),
        new ConsultaEvent.WebhookDeleted(HOOK, 3),
        new ConsultaEvent.WebhookDeliveriesReplayed(HOOK, 40, 90, 12));
  }

  static final WebhookId HOOK = WebhookId.parse("01890a5d-ac96-774b-bcce-b302099a8060");

  static final ModerationCaseId CASE = ModerationCaseId.parse("01890a5d-ac96-774b-bcce-b302099a8060");

  static ModerationCase moderationCase() {
    Ruling decision = new Ruling(DecisionAction.REDACT, Optional.of("personal-data"), Optional.of("phone number"), List.of(TextSpan.body(2, 9)),
        "mod-1", false, T1, Optional.of(T2));
    Appeal appeal = new Appeal("It is the city's own number", PARTICIPANT.toString(), T1, "mod-1", Optional.of(AppealOutcome.UPHELD),
        Optional.of("mod-2"), Optional.of("ok"), Optional.of(T2));
    return new ModerationCase(CASE, TENANT, CONSULTATION, CONTRIBUTION, 4, CaseStatus.CLOSED, Set.of(CaseTrigger.SCREENING, CaseTrigger.FLAGS),
        Set.of("personal-data"), "de-CH", 2, 0.75, List.of(Verdict.redact("pii", "personal-data", 0.75, "phone number at body[2, 9)",
            List.of(TextSpan.body(2, 9)))), true, T0, T2, T1, Optional.of(new Claim("mod-2", T2)), List.of(decision), Optional.of(appeal),
        Optional.of(T1), T2);
  }

  static RecordedEvent recordedEvent() {
    return new RecordedEvent(TENANT, 7, UUID.fromString("01890a5d-ac96-774b-bcce-b302099a9000"), T0, "staff-17",
        new ConsultaEvent.PhaseChanged(CONSULTATION, Phase.SCHEDULED, Phase.OPEN, T0, true));
  }

  static Question question() {
    return new Question("main_question", TITLE);
  }

  static Influence influence() {
    return new Influence(InfluenceLevel.COLLABORATE, Optional.of(LocalizedText.of("en", "Route")),
        Optional.of(LocalizedText.of("en", "Budget")), Optional.of(LocalizedText.of("en", "City council").with("pt", "Câmara")));
  }

  static PhaseSchedule schedule() {
    return new PhaseSchedule(Optional.of(T0), Optional.of(T1), Optional.of(T2), Optional.of(T3));
  }

  static FormField fullField() {
    return new FormField("budget", FieldType.NUMBER, TITLE, true, OptionalInt.of(1), OptionalInt.of(200),
        Optional.of(new BigDecimal("0.00")), Optional.of(new BigDecimal("1E+6")), List.of(), OptionalInt.of(1), OptionalInt.of(3),
        Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2027, 12, 31)));
  }

  static FormField minimalField() {
    return new FormField("colour", FieldType.SINGLE_CHOICE, TEXT, false, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.empty(), List.of("red", "green"), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }

  static ContributionForm form() {
    return new ContributionForm(List.of(fullField(), minimalField()));
  }

  static List<Answer> answers() {
    return List.of(
        new Answer.Text("Mais árvores, por favor"),
        new Answer.Choices(List.of("red", "green")),
        new Answer.Number(new BigDecimal("12345678901234567890.1234567890")),
        new Answer.Date(LocalDate.of(2028, 2, 29)),
        new Answer.Location(new GeoPoint(38.7223, -9.1393)),
        new Answer.Consent(true));
  }

  static Map<String, Answer> answerMap() {
    Map<String, Answer> map = new LinkedHashMap<>();
    List<Answer> list = answers();
    for (int i = 0; i < list.size(); i++) {
      map.put("field_" + i, list.get(i));
    }
    return map;
  }

  static List<EligibilityRule> rules() {
    return List.of(
        new EligibilityRule.Anyone(),
        new EligibilityRule.RegisteredParticipants(),
        new EligibilityRule.AreaIn("district", Set.of("north", "east")),
        new EligibilityRule.MinimumAgeBand("age_band", "16-17"),
        new EligibilityRule.Custom("resident_card", Map.of("issuer", "city", "minimum_years", "2")));
  }

  static DemographicDimension dimension() {
    return new DemographicDimension("age_band", LocalizedText.of("en", "Age"), List.of("16-17", "18-29", "30-44", "45+"), true);
  }

  static Consultation consultation() {
    return new Consultation(CONSULTATION, TENANT, 5, TITLE, Optional.of(TEXT), Optional.of(TITLE), TEXT,
        List.of(question(), new Question("second", TEXT)), influence(), Phase.OPEN, schedule(),
        List.of(new PhaseChange(Phase.DRAFT, Phase.SCHEDULED, T0, false), new PhaseChange(Phase.SCHEDULED, Phase.OPEN, T0, true)),
        Set.of(Channel.ONLINE, Channel.PAPER), new EligibilityRule.AreaIn("district", Set.of("north")),
        Set.of(ContributionKind.IDEA, ContributionKind.REPORT, ContributionKind.SURVEY_RESPONSE),
        Map.of(ContributionKind.SURVEY_RESPONSE, form(), ContributionKind.REPORT, new ContributionForm(List.of(minimalField()))),
        List.of("potholes", "lighting"), new SupportRules(OptionalInt.of(3), OptionalInt.of(50), true), moderationPolicy(), "staff-17", T0, T1);
  }

  static ModerationPolicy moderationPolicy() {
    return new ModerationPolicy(ModerationMode.PRE, List.of(new HouseRule("no-ads", TEXT, false), HouseRule.of("offensive", TITLE)), 0,
        java.time.Duration.ofHours(36), java.time.Duration.ZERO);
  }

  static Consultation minimalConsultation() {
    return new Consultation(CONSULTATION, TENANT, 1, TEXT, Optional.empty(), Optional.empty(), TEXT, List.of(),
        Influence.of(InfluenceLevel.INFORM), Phase.DRAFT, PhaseSchedule.none(), List.of(), Set.of(), new EligibilityRule.Anyone(),
        Set.of(), Map.of(), List.of(), SupportRules.open(), ModerationPolicy.standard(), "staff-17", T0, T0);
  }

  static NewConsultation newConsultation() {
    return new NewConsultation(TITLE, Optional.of(TEXT), Optional.of(TITLE), TEXT, List.of(question()), influence(),
        Optional.of(schedule()), Set.of(Channel.ONLINE, Channel.IN_PERSON), Optional.of(new EligibilityRule.MinimumAgeBand("age_band", "16-17")),
        Set.of(ContributionKind.IDEA, ContributionKind.PROPOSAL), Map.of(ContributionKind.PROPOSAL, form()), List.of("mobility"),
        Optional.of(new SupportRules(OptionalInt.of(5), OptionalInt.empty(), false)), Optional.of(ModerationPolicy.standard()), Optional.of(KEY));
  }

  static ConsultationUpdate consultationUpdate() {
    return new ConsultationUpdate(CONSULTATION, OptionalLong.of(5), Optional.of(TITLE), Optional.of(TEXT), Optional.of(TEXT),
        Optional.of(TEXT), Optional.of(List.of(question())), Optional.of(influence()), Optional.of(schedule()),
        Optional.of(Set.of(Channel.PHONE)), Optional.of(new EligibilityRule.RegisteredParticipants()),
        Optional.of(Set.of(ContributionKind.REQUEST)), Optional.of(Map.of(ContributionKind.REQUEST, form())),
        // present but empty: "remove all categories", which must not read back as "leave unchanged"
        Optional.of(List.of()), Optional.of(SupportRules.open()), Optional.of(moderationPolicy()), Optional.of(KEY));
  }

  static Contribution contribution() {
    return new Contribution(CONTRIBUTION, TENANT, CONSULTATION, 3, ContributionKind.REPORT, Optional.of(PARTICIPANT),
        Optional.of("Broken lamp"), answerMap(), "pt-BR", Channel.PHONE, Optional.of("staff-17"), Visibility.CONFIDENTIAL,
        Set.of(Role.RESPONDER, Role.MODERATOR), Optional.of(PARENT), Optional.of(ArgumentSide.PRO), Optional.of("main_question"),
        Optional.of(new GeoPoint(38.7, -9.1)), Optional.of("lighting"), ContributionState.PUBLISHED, true,
        new ReactionTally(10, 1, 2, 1500), 4,
        java.util.List.of(TextSpan.body(0, 6)), Optional.of(new CampaignId(PARENT.value())), 2, T0, T1);
  }

  static Contribution minimalContribution() {
    return new Contribution(PARENT, TENANT, CONSULTATION, 1, ContributionKind.IDEA, Optional.empty(), Optional.empty(), Map.of(),
        "en", Channel.ONLINE, Optional.empty(), Visibility.PUBLIC, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), ContributionState.PENDING_MODERATION, false, ReactionTally.none(), 0, java.util.List.of(), Optional.empty(), 0, T0, T0);
  }
}
