package org.consulta.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Audience;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ConsultationService;
import org.consulta.core.consultation.ConsultationUpdate;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseChange;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.consultation.Question;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/** {@link ConsultationService} on the engine. */
final class Consultations implements ConsultationService {
  private static final Set<Phase> RULES_MAY_CHANGE = EnumSet.of(Phase.DRAFT, Phase.SCHEDULED);
  private static final List<String> RULE_FIELDS =
      List.of("questions", "channels", "eligibility", "acceptedKinds", "forms", "categories", "supportRules");

  private final Engine engine;

  Consultations(Engine engine) {
    this.engine = engine;
  }

  static AccessTarget target(Consultation c) {
    return new AccessTarget(Optional.empty(), c.phase().isPublic() ? Audience.PUBLIC : Audience.STAFF, Set.of());
  }

  @Override
  public Consultation create(Actor actor, NewConsultation cmd) {
    return engine.command(actor, cmd, tx -> {
      tx.require(Operation.CREATE_CONSULTATION, AccessTarget.tenantWide());
      Set<Channel> channels = cmd.channels().isEmpty() ? Set.of(Channel.ONLINE) : cmd.channels();
      EligibilityRule eligibility = cmd.eligibility().orElse(new EligibilityRule.RegisteredParticipants());
      PhaseSchedule schedule = cmd.schedule().orElse(PhaseSchedule.none());
      Violations v = new Violations();
      validate(tx, v, cmd.title(), cmd.summary(), cmd.description(), cmd.purpose(), cmd.questions(), schedule,
          eligibility, cmd.acceptedKinds(), cmd.forms(), cmd.categories());
      v.throwIfAny();
      Consultation c = new Consultation(new ConsultationId(engine.ids.next()), actor.tenant(), 1, cmd.title(), cmd.summary(),
          cmd.description(), cmd.purpose(), cmd.questions(), cmd.influence(), Phase.DRAFT, schedule, List.of(), channels,
          eligibility, cmd.acceptedKinds(), cmd.forms(), cmd.categories(), cmd.supportRules().orElse(SupportRules.open()),
          cmd.moderation().orElse(ModerationPolicy.standard()),
          actor.subject(), tx.now, tx.now);
      tx.uow.consultations().insert(c);
      tx.record(new ConsultaEvent.ConsultationCreated(c.id(), c.influence().level(), c.acceptedKinds(), c.channels()));
      return c;
    });
  }

  @Override
  public Consultation get(Actor actor, ConsultationId id) {
    return engine.query(actor, tx -> view(tx, readable(tx, id)));
  }

  /** What the actor reads of a consultation: staff read who created it, everyone else "staff". */
  static Consultation view(Tx tx, Consultation c) {
    return tx.actor.isStaff() ? c : c.publicView();
  }

  static Consultation readable(Tx tx, ConsultationId id) {
    Consultation c = tx.consultation(id);
    if (!tx.permits(Operation.READ_CONSULTATION, target(c))) {
      throw new NotFoundException("consultation", id);
    }
    return c;
  }

  @Override
  public Page<Consultation> list(Actor actor, Optional<Phase> phase, PageRequest page) {
    return engine.query(actor, tx -> {
      for (Consultation due : tx.uow.consultations().dueForScheduledMove(tx.now)) {
        tx.advance(due);
      }
      Page<Consultation> found = Paging.filtered(page, request -> tx.uow.consultations().list(phase, request),
          c -> tx.permits(Operation.READ_CONSULTATION, target(c)), c -> new org.consulta.core.value.SortKey(c.createdAt(), c.id().value()));
      return new Page<>(found.items().stream().map(c -> view(tx, c)).toList(), found.next());
    });
  }

  @Override
  public Consultation update(Actor actor, ConsultationUpdate cmd) {
    return engine.command(actor, cmd, tx -> {
      Consultation c = tx.consultation(cmd.consultation());
      tx.require(Operation.UPDATE_CONSULTATION, target(c));
      tx.checkVersion("consultation", c.id(), cmd.expectedVersion(), c.version());
      if (c.phase() == Phase.ARCHIVED) {
        throw new ConflictException("consultation " + c.id() + " is archived and cannot change");
      }
      List<String> fields = cmd.changedFields();
      if (fields.isEmpty()) {
        return c;
      }
      List<String> frozen = new ArrayList<>(fields);
      frozen.retainAll(RULE_FIELDS);
      if (!frozen.isEmpty() && !RULES_MAY_CHANGE.contains(c.phase())) {
        throw new ConflictException("consultation " + c.id() + " is " + c.phase() + "; the rules of taking part " + frozen
            + " may only change while it is DRAFT or SCHEDULED");
      }
      Consultation next = new Consultation(c.id(), c.tenant(), c.version() + 1, cmd.title().orElse(c.title()),
          cmd.summary().or(c::summary), cmd.description().or(c::description), cmd.purpose().orElse(c.purpose()),
          cmd.questions().orElse(c.questions()), cmd.influence().orElse(c.influence()), c.phase(),
          cmd.schedule().orElse(c.schedule()), c.history(), cmd.channels().filter(s -> !s.isEmpty()).orElse(c.channels()),
          cmd.eligibility().orElse(c.eligibility()), cmd.acceptedKinds().orElse(c.acceptedKinds()), cmd.forms().orElse(c.forms()),
          cmd.categories().orElse(c.categories()), cmd.supportRules().orElse(c.supportRules()),
          cmd.moderation().orElse(c.moderation()), c.createdBy(), c.createdAt(), tx.now);
      Violations v = new Violations();
      validate(tx, v, next.title(), next.summary(), next.description(), next.purpose(), next.questions(), next.schedule(),
          next.eligibility(), next.acceptedKinds(), next.forms(), next.categories());
      v.throwIfAny();
      List<PhaseChange> moves = next.dueMoves(tx.now);
      Consultation stored = moves.isEmpty() ? next : withMoves(next, moves, next.version(), tx.now);
      tx.uow.consultations().update(stored);
      tx.record(new ConsultaEvent.ConsultationUpdated(c.id(), stored.version(), fields));
      for (PhaseChange move : moves) {
        tx.record(Tx.CLOCK, new ConsultaEvent.PhaseChanged(c.id(), move.from(), move.to(), move.at(), true));
      }
      return stored;
    });
  }

  @Override
  public Consultation transition(Actor actor, PhaseTransition cmd) {
    return engine.command(actor, cmd, tx -> {
      Consultation c = tx.consultation(cmd.consultation());
      tx.require(Operation.TRANSITION_CONSULTATION, target(c));
      tx.checkVersion("consultation", c.id(), cmd.expectedVersion(), c.version());
      Phase to = cmd.to();
      if (!c.phase().canMoveTo(to)) {
        throw new IllegalTransitionException("consultation " + c.id(), c.phase(), to);
      }
      Optional<Instant> opensAt = c.schedule().opensAt();
      Optional<Instant> closesAt = c.schedule().closesAt();
      if (to == Phase.SCHEDULED && opensAt.filter(at -> at.isAfter(tx.now)).isEmpty()) {
        throw new ConflictException("consultation " + c.id() + " needs a schedule.opensAt in the future to be SCHEDULED");
      }
      if (to == Phase.OPEN && closesAt.filter(at -> !at.isAfter(tx.now)).isPresent()) {
        throw new ConflictException("consultation " + c.id() + " cannot open: schedule.closesAt " + closesAt.get() + " has passed");
      }
      Consultation moved = withMoves(c, List.of(new PhaseChange(c.phase(), to, tx.now, false)), c.version() + 1, tx.now);
      tx.uow.consultations().update(moved);
      tx.record(new ConsultaEvent.PhaseChanged(c.id(), c.phase(), to, tx.now, false));
      return moved;
    });
  }

  @Override
  public List<Consultation> applyScheduledMoves(Actor actor) {
    return engine.query(actor, tx -> {
      tx.require(Operation.TRANSITION_CONSULTATION, AccessTarget.tenantWide());
      List<Consultation> moved = new ArrayList<>();
      for (Consultation due : tx.uow.consultations().dueForScheduledMove(tx.now)) {
        moved.add(tx.advance(due));
      }
      return moved;
    });
  }

  static Consultation withMoves(Consultation c, List<PhaseChange> moves, long version, Instant now) {
    List<PhaseChange> history = new ArrayList<>(c.history());
    history.addAll(moves);
    return new Consultation(c.id(), c.tenant(), version, c.title(), c.summary(), c.description(), c.purpose(), c.questions(),
        c.influence(), moves.get(moves.size() - 1).to(), c.schedule(), history, c.channels(), c.eligibility(), c.acceptedKinds(),
        c.forms(), c.categories(), c.supportRules(), c.moderation(), c.createdBy(), c.createdAt(), now);
  }

  private void validate(Tx tx, Violations v, LocalizedText title, Optional<LocalizedText> summary, Optional<LocalizedText> description,
      LocalizedText purpose, List<Question> questions, PhaseSchedule schedule, EligibilityRule eligibility,
      Set<ContributionKind> kinds, Map<ContributionKind, ContributionForm> forms, List<String> categories) {
    texts(v, "title", title, 200);
    texts(v, "purpose", purpose, 5000);
    summary.ifPresent(s -> texts(v, "summary", s, 1000));
    description.ifPresent(d -> texts(v, "description", d, 50_000));
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      v.check(keys.add(questions.get(i).key()), "questions[" + i + "].key", "repeats an earlier question's key");
      texts(v, "questions[" + i + "].text", questions.get(i).text(), 1000);
    }
    v.check(!kinds.isEmpty(), "acceptedKinds", "must name at least one kind");
    for (ContributionKind kind : forms.keySet()) {
      v.check(kinds.contains(kind), "forms." + kind, "is a form for a kind the consultation does not accept");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String category = categories.get(i);
      v.check(!category.isBlank() && category.length() <= 100, "categories[" + i + "]", "must be 1..100 characters");
      v.check(seen.add(category), "categories[" + i + "]", "repeats an earlier category");
    }
    schedule.validate("schedule", v);
    eligibility(tx, v, eligibility);
  }

  private void eligibility(Tx tx, Violations v, EligibilityRule rule) {
    DemographicSchema schema = tx.uow.participants().demographicSchema().orElse(DemographicSchema.empty());
    if (rule instanceof EligibilityRule.AreaIn area) {
      Optional<DemographicDimension> d = schema.dimension(area.dimension());
      if (d.isEmpty()) {
        v.add("eligibility.dimension", "'" + area.dimension() + "' is not a dimension of the tenant's demographic schema");
      } else {
        for (String a : area.areas()) {
          v.check(d.get().rank(a) >= 0, "eligibility.areas", "'" + a + "' is not an option of " + area.dimension());
        }
      }
    } else if (rule instanceof EligibilityRule.MinimumAgeBand age) {
      Optional<DemographicDimension> d = schema.dimension(age.dimension());
      if (d.isEmpty() || !d.get().ordered()) {
        v.add("eligibility.dimension", "'" + age.dimension() + "' is not an ordered dimension of the tenant's demographic schema");
      } else {
        v.check(d.get().rank(age.minimum()) >= 0, "eligibility.minimum", "'" + age.minimum() + "' is not an option of " + age.dimension());
      }
    } else if (rule instanceof EligibilityRule.Custom custom) {
      v.check(engine.eligibility.containsKey(custom.name()), "eligibility.name",
          "no eligibility check named '" + custom.name() + "' is registered with this engine");
    }
  }

  static void texts(Violations v, String field, LocalizedText text, int max) {
    text.values().forEach((lang, value) -> {
      v.check(!value.isBlank(), field + "." + lang, "must not be blank");
      v.check(value.length() <= max, field + "." + lang, "must be at most " + max + " characters");
    });
  }
}
