package org.consulta.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;

/** A tenant with an engine, a clock, staff actors and helpers shared by the engine tests. */
public class Fixtures {
  public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  public final TenantId tenant = TenantId.of("lisbon");
  public final MutableClock clock = new MutableClock(START);
  public final Store store;
  /** Every event heard after commit; synchronized, since concurrency tests commit from many threads. */
  public final List<RecordedEvent> heard = java.util.Collections.synchronizedList(new ArrayList<>());
  public final Consulta consulta;
  public final Actor manager = Actor.of(tenant, "staff-manager", Role.MANAGER);
  public final Actor moderator = Actor.of(tenant, "staff-moderator", Role.MODERATOR);
  public final Actor admin = Actor.of(tenant, "staff-admin", Role.ADMIN);
  public final Actor system = Actor.system(tenant);
  public final Actor visitor = Actor.anonymous(tenant);

  public Fixtures() {
    this(Consulta.builder());
  }

  public Fixtures(Consulta.Builder builder) {
    this(new InMemoryStore(), builder);
  }

  public Fixtures(Store store, Consulta.Builder builder) {
    this.store = store;
    consulta = builder.store(store).clock(clock).ids(IdGenerator.seeded(clock, 7)).listener(heard::add).build();
    consulta.participants().defineDemographicSchema(admin, new DemographicSchema(List.of(
        new DemographicDimension("age_band", LocalizedText.of("en", "Age"), List.of("under_16", "16_17", "18_29", "30_64", "65_plus"), true),
        new DemographicDimension("district", LocalizedText.of("en", "District"), List.of("north", "south", "east"), false))));
  }

  public NewConsultationBuilder consultationDraft() {
    return new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park").with("pt", "Parque ribeirinho"))
        .purpose(LocalizedText.of("en", "Decide what the new park should offer"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addChannels(Channel.ONLINE, Channel.PAPER, Channel.IN_PERSON)
        .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.COMMENT, ContributionKind.PROPOSAL, ContributionKind.ARGUMENT);
  }

  public Consultation openConsultation() {
    return open(consulta.consultations().create(manager, consultationDraft().build()));
  }

  public Consultation open(Consultation draft) {
    return consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
  }

  public Participant register(String district, String ageBand) {
    return consulta.participants().register(visitor, new NewParticipantBuilder()
        .putDemographics("district", district).putDemographics("age_band", ageBand).build());
  }

  public Participant register() {
    return register("north", "30_64");
  }

  public Actor actor(Participant p) {
    return Actor.participant(tenant, p.id());
  }

  public NewContributionBuilder idea(Consultation c, String body) {
    return new NewContributionBuilder().consultation(c.id()).kind(ContributionKind.IDEA).body(body).language("en").channel(Channel.ONLINE);
  }

  public Contribution submitIdea(Consultation c, Participant p, String body) {
    return consulta.contributions().submit(actor(p), idea(c, body).build());
  }

  public long lastPosition() {
    return consulta.events().lastPosition(system);
  }

  public void advance(Duration d) {
    clock.advance(d);
  }
}
