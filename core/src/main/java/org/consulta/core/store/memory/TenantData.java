package org.consulta.core.store.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.ContactDetails;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.value.SortKey;
import org.consulta.core.webhook.Delivery;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookSecret;
import org.consulta.core.webhook.WebhookSubscription;

/** One tenant's data and its lock. Guarded by {@link #lock}. */
final class TenantData {
  final TenantId tenant;
  final ReentrantLock lock = new ReentrantLock();

  final Map<ConsultationId, Consultation> consultations = new HashMap<>();
  final TreeMap<SortKey, ConsultationId> consultationOrder = new TreeMap<>();

  final Map<ParticipantId, Participant> participants = new HashMap<>();
  final Map<String, ParticipantId> externalRefs = new HashMap<>();
  final Map<ParticipantId, ContactDetails> contacts = new HashMap<>();
  DemographicSchema schema;

  final Map<ContributionId, Contribution> contributions = new HashMap<>();
  final Map<ConsultationId, ConsultationContributions> byConsultation = new HashMap<>();
  final Map<ParticipantId, OrderedIndex<ContributionId>> byAuthor = new HashMap<>();

  final Map<ReactionKey, Reaction> reactions = new HashMap<>();
  final Map<ReactionKey, long[]> supportsGiven = new HashMap<>();
  /** Per consultation: reactions by (contribution, participant), both unsigned. */
  final Map<ConsultationId, TreeMap<ReactionOrder, Reaction>> reactionsByConsultation = new HashMap<>();

  final List<RecordedEvent> events = new ArrayList<>();
  final Map<IdempotencyKeyOfSubject, IdempotencyRepository.Outcome> idempotency = new HashMap<>();

  final Map<WebhookId, WebhookSubscription> webhooks = new LinkedHashMap<>();
  final Map<WebhookId, WebhookSecret> secrets = new HashMap<>();
  final Map<DeliveryId, DeliveryRow> deliveries = new HashMap<>();
  /** Every delivery per subscription, in position order. */
  final Map<WebhookId, TreeMap<DeliveryKey, DeliveryId>> deliveriesByWebhook = new HashMap<>();
  /** Pending deliveries of every subscription, in position order: what a claim scans. */
  final TreeMap<DeliveryKey, DeliveryId> pendingDeliveries = new TreeMap<>();

  final Map<org.consulta.core.moderation.ModerationCaseId, org.consulta.core.moderation.ModerationCase> cases = new HashMap<>();
  final Map<ContributionId, org.consulta.core.moderation.ModerationCaseId> latestCase = new HashMap<>();
  /** Queued cases (open or appealed) in priority order. */
  final TreeMap<SortKey, org.consulta.core.moderation.ModerationCaseId> caseQueue = new TreeMap<>();
  final Map<ContributionId, List<org.consulta.core.moderation.Flag>> flags = new HashMap<>();
  final Map<CounterKey, Long> moderationCounts = new HashMap<>();
  final Map<org.consulta.core.contribution.CampaignId, org.consulta.core.moderation.Campaign> campaigns = new HashMap<>();
  final Map<ConsultationId, TreeMap<SortKey, org.consulta.core.contribution.CampaignId>> campaignOrder = new HashMap<>();
  /** Per consultation: LSH band key to the seed registered first under it. */
  final Map<ConsultationId, Map<Long, ContributionId>> campaignBands = new HashMap<>();
  final Map<ContributionId, org.consulta.core.moderation.CampaignSeed> campaignSeeds = new HashMap<>();

  final OutcomeData outcomes = new OutcomeData();
  final ExpectationData expectations = new ExpectationData();

  TenantData(TenantId tenant) {
    this.tenant = tenant;
  }

  /** A consultation's contributions in listing order, with running counts. */
  static final class ConsultationContributions {
    final OrderedIndex<Contribution> ordered = new OrderedIndex<>();
    final EnumMap<ContributionKind, long[]> byKind = new EnumMap<>(ContributionKind.class);
    final EnumMap<Channel, long[]> byChannel = new EnumMap<>(Channel.class);
    final EnumMap<ContributionState, long[]> byState = new EnumMap<>(ContributionState.class);

    void count(Contribution c, int delta) {
      byKind.computeIfAbsent(c.kind(), k -> new long[1])[0] += delta;
      byChannel.computeIfAbsent(c.channel(), k -> new long[1])[0] += delta;
      byState.computeIfAbsent(c.state(), k -> new long[1])[0] += delta;
    }
  }

  /** Orders a consultation's reactions by contribution id, then participant id, as unsigned numbers. */
  record ReactionOrder(java.util.UUID contribution, java.util.UUID participant) implements Comparable<ReactionOrder> {
    static ReactionOrder of(Reaction r) {
      return new ReactionOrder(r.contribution().value(), r.participant().value());
    }

    @Override
    public int compareTo(ReactionOrder o) {
      int c = SortKey.uuidOrder().compare(contribution, o.contribution);
      return c != 0 ? c : SortKey.uuidOrder().compare(participant, o.participant);
    }
  }

  /** Key of a reaction (contribution, participant) or of a support count (consultation, participant). */
  record ReactionKey(Object target, ParticipantId participant) {}

  /** A delivery and its claim, if any (empty node when unclaimed). */
  record DeliveryRow(Delivery delivery, String claimedBy, Instant leaseUntil) {}

  /** Orders deliveries by event position, then id. */
  record DeliveryKey(long position, java.util.UUID id) implements Comparable<DeliveryKey> {
    static DeliveryKey of(Delivery d) {
      return new DeliveryKey(d.position(), d.id().value());
    }

    @Override
    public int compareTo(DeliveryKey o) {
      int c = Long.compare(position, o.position);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** Key of an idempotency outcome. */
  record IdempotencyKeyOfSubject(String subject, String key) {}

  /** Key of a moderation counter. */
  record CounterKey(ConsultationId consultation, java.time.LocalDate day, org.consulta.core.moderation.ModerationMetric metric, String reason) {}
}
