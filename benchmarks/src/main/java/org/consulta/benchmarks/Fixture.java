package org.consulta.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.participant.NewParticipant;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.LocalizedText;

/**
 * A ready engine for ingest runs: an in-memory store, a {@link TickClock}, and per tenant one OPEN
 * consultation taking ideas online plus a pool of registered participants. Default id generator
 * and access policy, so the figures are those an embedder gets. The event log is always on in the
 * in-memory store. Not thread-safe while building; the engine it holds is.
 */
final class Fixture {
  /** 100 characters, Latin-1, like a short idea. */
  static final String BODY_100 =
      "Plant more trees along the river path and add benches every two hundred metres for older residents";

  final InMemoryStore store;
  final Consulta consulta;
  final List<Tenant> tenants;

  /**
   * One tenant's part of the fixture.
   *
   * @param id the tenant
   * @param consultation its open consultation
   * @param participants one actor per registered participant
   */
  record Tenant(TenantId id, ConsultationId consultation, List<Actor> participants) {
    /**
     * @param body the body
     * @return an online idea for this tenant's consultation
     */
    NewContribution idea(String body) {
      return new NewContributionBuilder()
          .consultation(consultation)
          .kind(ContributionKind.IDEA)
          .body(body)
          .language("en")
          .channel(Channel.ONLINE)
          .build();
    }
  }

  private Fixture(InMemoryStore store, Consulta consulta, List<Tenant> tenants) {
    this.store = store;
    this.consulta = consulta;
    this.tenants = tenants;
  }

  /**
   * @param tenantCount how many tenants (each with its own consultation and participants)
   * @param participantsPerTenant participants registered in each
   * @return a fixture ready to take contributions
   */
  static Fixture create(int tenantCount, int participantsPerTenant) {
    InMemoryStore store = new InMemoryStore();
    Consulta consulta = Consulta.builder().store(store).clock(new TickClock()).build();
    List<Tenant> tenants = new ArrayList<>();
    for (int t = 0; t < tenantCount; t++) {
      tenants.add(tenant(consulta, TenantId.of("tenant-" + t), participantsPerTenant));
    }
    return new Fixture(store, consulta, Collections.unmodifiableList(tenants));
  }

  private static Tenant tenant(Consulta consulta, TenantId tenant, int participantCount) {
    Actor manager = Actor.of(tenant, "manager-1", Role.MANAGER);
    Consultation draft = consulta.consultations().create(manager, new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park"))
        .purpose(LocalizedText.of("en", "Collect ideas for the riverside park"))
        .influence(Influence.of(InfluenceLevel.CONSULT))
        .addAcceptedKinds(ContributionKind.IDEA)
        .build());
    Consultation open = consulta.consultations().transition(manager, PhaseTransition.to(draft.id(), Phase.OPEN));
    Actor system = Actor.system(tenant);
    List<Actor> participants = new ArrayList<>(participantCount);
    for (int i = 0; i < participantCount; i++) {
      participants.add(Actor.participant(tenant, consulta.participants().register(system, NewParticipant.anonymous()).id()));
    }
    return new Tenant(tenant, open.id(), List.copyOf(participants));
  }
}
