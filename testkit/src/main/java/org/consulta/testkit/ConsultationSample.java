package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.Question;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.value.LocalizedText;

/**
 * Builds a valid {@link Consultation} for store tests: start from {@link
 * StoreSamples#consultation(TenantId)} for a new one, or from {@link #revisionOf(Consultation)}
 * for its next version, change what the test is about, then {@link #build()}.
 *
 * <p>Not thread-safe; each call of {@link StoreSamples#consultation(TenantId)} returns a new one.
 *
 * <pre>{@code
 * Consultation draft = samples.consultation(tenant).build();
 * Consultation open = ConsultationSample.revisionOf(draft).phase(Phase.OPEN).build(); // version 2
 * }</pre>
 */
public final class ConsultationSample {
  private ConsultationId id;
  private TenantId tenant;
  private long version;
  private LocalizedText title;
  private Phase phase;
  private PhaseSchedule schedule;
  private List<PhaseChange> history;
  private List<String> categories;
  private Instant createdAt;
  private Instant updatedAt;
  private Consultation template;

  private ConsultationSample() {}

  static ConsultationSample fresh(TenantId tenant, ConsultationId id, Instant createdAt) {
    ConsultationSample s = new ConsultationSample();
    s.id = id;
    s.tenant = tenant;
    s.version = 1;
    s.title = LocalizedText.of("en", "Consultation " + id).with("es", "Consulta " + id);
    s.phase = Phase.DRAFT;
    s.schedule = new PhaseSchedule(
        Optional.empty(), Optional.empty(), Optional.of(createdAt.plusSeconds(86_400)), Optional.empty());
    s.history = List.of();
    s.categories = List.of("roads", "lights");
    s.createdAt = createdAt;
    s.updatedAt = createdAt;
    return s;
  }

  /**
   * @param stored a stored consultation
   * @return a builder for its next version: same fields, version + 1, updated one second later
   */
  public static ConsultationSample revisionOf(Consultation stored) {
    ConsultationSample s = new ConsultationSample();
    s.template = requireNonNull(stored, "stored");
    s.id = stored.id();
    s.tenant = stored.tenant();
    s.version = stored.version() + 1;
    s.title = stored.title();
    s.phase = stored.phase();
    s.schedule = stored.schedule();
    s.history = stored.history();
    s.categories = stored.categories();
    s.createdAt = stored.createdAt();
    s.updatedAt = stored.updatedAt().plusSeconds(1);
    return s;
  }

  /**
   * @param id the id
   * @return this
   */
  public ConsultationSample id(ConsultationId id) {
    this.id = requireNonNull(id, "id");
    return this;
  }

  /**
   * @param version the version
   * @return this
   */
  public ConsultationSample version(long version) {
    this.version = version;
    return this;
  }

  /**
   * @param title the title, in English
   * @return this
   */
  public ConsultationSample title(String title) {
    this.title = LocalizedText.of("en", title);
    return this;
  }

  /**
   * Sets the phase, recording the move in the history if it differs from the current one.
   *
   * @param phase the phase
   * @return this
   */
  public ConsultationSample phase(Phase phase) {
    requireNonNull(phase, "phase");
    if (phase != this.phase) {
      List<PhaseChange> moved = new ArrayList<>(history);
      moved.add(new PhaseChange(this.phase, phase, updatedAt, false));
      history = List.copyOf(moved);
      this.phase = phase;
    }
    return this;
  }

  /**
   * @param schedule the planned dates
   * @return this
   */
  public ConsultationSample schedule(PhaseSchedule schedule) {
    this.schedule = requireNonNull(schedule, "schedule");
    return this;
  }

  /**
   * @param categories the report categories
   * @return this
   */
  public ConsultationSample categories(List<String> categories) {
    this.categories = List.copyOf(categories);
    return this;
  }

  /**
   * Sets when it was created, and when this version was made to the same instant.
   *
   * @param createdAt the instant
   * @return this
   */
  public ConsultationSample createdAt(Instant createdAt) {
    this.createdAt = requireNonNull(createdAt, "createdAt");
    this.updatedAt = createdAt;
    return this;
  }

  /** @return the consultation */
  public Consultation build() {
    if (template != null) {
      Consultation t = template;
      return new Consultation(id, tenant, version, title, t.summary(), t.description(), t.purpose(), t.questions(),
          t.influence(), phase, schedule, history, t.channels(), t.eligibility(), t.acceptedKinds(), t.forms(),
          categories, t.supportRules(), t.moderation(), t.createdBy(), createdAt, updatedAt);
    }
    return new Consultation(
        id,
        tenant,
        version,
        title,
        Optional.of(LocalizedText.of("en", "A short summary")),
        Optional.of(LocalizedText.of("en", "The full description").with("pt-BR", "A descricao completa")),
        LocalizedText.of("en", "To decide where the new bike lanes go"),
        List.of(new Question("route", LocalizedText.of("en", "Which route?"))),
        new Influence(InfluenceLevel.INVOLVE, Optional.of(LocalizedText.of("en", "The route")),
            Optional.of(LocalizedText.of("en", "The budget")), Optional.of(LocalizedText.of("en", "City council"))),
        phase,
        schedule,
        history,
        EnumSet.of(Channel.ONLINE, Channel.PAPER),
        new EligibilityRule.AreaIn("district", Set.of("north", "south")),
        EnumSet.allOf(ContributionKind.class),
        Map.of(),
        categories,
        new SupportRules(OptionalInt.of(3), OptionalInt.of(10), false),
        ModerationPolicy.standard().withMode(ModerationMode.PRE).withFlagThreshold(2),
        "staff-1",
        createdAt,
        updatedAt);
  }
}
