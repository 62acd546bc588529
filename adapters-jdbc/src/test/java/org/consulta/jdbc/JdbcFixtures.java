package org.consulta.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.Store;
import org.consulta.core.value.LocalizedText;
import org.consulta.testkit.MutableClock;

/**
 * An engine on a given store for one tenant, with staff actors and helpers: the JDBC tests' copy
 * of core's test {@code Fixtures}. Several instances may share a store and a tenant (two
 * "application nodes"); give them different id seeds.
 */
final class JdbcFixtures {
  static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  final TenantId tenant;
  final MutableClock clock;
  final Store store;
  final List<RecordedEvent> heard = Collections.synchronizedList(new ArrayList<>());
  final Consulta consulta;
  final Actor manager;
  final Actor moderator;
  final Actor admin;
  final Actor system;
  final Actor visitor;

  /** A node on {@code store} for a new tenant, with the demographic schema defined. */
  JdbcFixtures(Store store) {
    this(store, TenantId.of("t-" + JdbcKitSupport.uniqueSuffix()), new MutableClock(START), 7, true);
  }

  JdbcFixtures(Store store, TenantId tenant, MutableClock clock, long idSeed, boolean defineSchema) {
    this.store = store;
    this.tenant = tenant;
    this.clock = clock;
    this.consulta = Consulta.builder().store(store).clock(clock).ids(IdGenerator.seeded(clock, idSeed)).listener(heard::add).build();
    this.manager = Actor.of(tenant, "staff-manager", Role.MANAGER);
    this.moderator = Actor.of(tenant, "staff-moderator", Role.MODERATOR);
    this.admin = Actor.of(tenant, "staff-admin", Role.ADMIN);
    this.system = Actor.system(tenant);
    this.visitor = Actor.anonymous(tenant);
    if (defineSchema) {
      consulta.participants().defineDemographicSchema(admin, new DemographicSchema(List.of(
          new DemographicDimension("age_band", LocalizedText.of("en", "Age"), List.of("under_16", "16_17", "18_29", "30_64", "65_plus"), true),
          new DemographicDimension("district", LocalizedText.of("en", "District"), List.of("north", "south", "east"), false))));
    }
  }

  /** Another node: same store, tenant and clock, its own engine (and id sequence). */
  JdbcFixtures otherNode(Store otherStore, long idSeed) {
    return new JdbcFixtures(otherStore, tenant, clock, idSeed, false);
  }

  NewConsultationBuilder consultationDraft() {
    return new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park").with("pt", "Parque ribeirinho"))
        .purpose(LocalizedText.of("en", "Decide what the new park should offer"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addChannels(Channel.ONLINE, Channel.PAPER, Channel.IN_PERSON)
        .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.COMMENT, ContributionKind.PROPOSAL, ContributionKind.ARGUMENT);
  }

  Consultation openConsultation() {
    return open(consulta.consultations().create(manager, consultationDraft().build()));
  }

  Consultation open(Consultation draft) {
    return consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
  }

  Participant register() {
    return consulta.participants().register(visitor, new NewParticipantBuilder()
        .putDemographics("district", "north").putDemographics("age_band", "30_64").build());
  }

  Actor actor(Participant p) {
    return Actor.participant(tenant, p.id());
  }

  NewContributionBuilder idea(Consultation c, String body) {
    return new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.IDEA).body(body).language("en").channel(Channel.ONLINE);
  }

  Contribution submitIdea(Consultation c, Participant p, String body) {
    return consulta.contributions().submit(actor(p), idea(c, body).build());
  }

  long lastPosition() {
    return consulta.events().lastPosition(system);
  }

  void advance(java.time.Duration by) {
    clock.advance(by);
  }

  /** The tenant's whole event log, in order. */
  List<RecordedEvent> allEvents() {
    List<RecordedEvent> events = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = consulta.events().read(system, after, 1000);
      if (page.isEmpty()) {
        return events;
      }
      events.addAll(page);
      after = page.get(page.size() - 1).position();
    }
  }
}
