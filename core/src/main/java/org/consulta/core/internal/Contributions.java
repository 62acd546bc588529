package org.consulta.core.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Audience;
import org.consulta.core.access.Operation;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityCheck;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.ConsultationNotOpenException;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionService;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.NotEligibleException;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.Support;
import org.consulta.core.contribution.SupportLimitReachedException;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.IllegalTransitionException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/** {@link ContributionService} on the engine. */
final class Contributions implements ContributionService {
  private static final int MAX_BODY = 20_000;
  /** Compiled once: {@code String.matches} would compile it on every submission. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final Engine engine;

  Contributions(Engine engine) {
    this.engine = engine;
  }

  static AccessTarget target(Contribution c) {
    Optional<String> owner = c.author().map(ParticipantId::toString);
    if (c.visibility() == Visibility.CONFIDENTIAL) {
      return new AccessTarget(owner, Audience.RESTRICTED, c.confidentialTo());
    }
    if (c.visibility() == Visibility.PRIVATE || c.state() != ContributionState.PUBLISHED) {
      return new AccessTarget(owner, Audience.OWNER_AND_STAFF, Set.of());
    }
    return new AccessTarget(owner, Audience.PUBLIC, Set.of());
  }

  private static Contribution readable(Tx tx, ContributionId id) {
    Contribution c = tx.uow.contributions().find(id).orElseThrow(() -> new NotFoundException("contribution", id));
    if (!tx.permits(Operation.READ_CONTRIBUTION, target(c))) {
      throw new NotFoundException("contribution", id);
    }
    return c;
  }

  /** The participant an online actor acts as; staff and anonymous actors have none. */
  private static Optional<ParticipantId> self(Actor actor) {
    if (!actor.has(Role.PARTICIPANT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ParticipantId.parse(actor.subject()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public Contribution submit(Actor actor, NewContribution cmd) {
    return engine.command(actor, cmd, tx -> {
      Consultation consultation = Consultations.readable(tx, cmd.consultation());
      Optional<Participant> author;
      if (cmd.channel().isOffline()) {
        tx.require(Operation.RECORD_OFFLINE_CONTRIBUTION, AccessTarget.tenantWide());
        author = cmd.onBehalfOf().map(id -> Participants.find(tx.uow, id));
      } else {
        tx.require(Operation.SUBMIT_CONTRIBUTION, AccessTarget.tenantWide());
        ParticipantId id = self(actor).orElseThrow(() -> new AccessDeniedException("online input must come from a registered participant"));
        author = Optional.of(Participants.find(tx.uow, id));
      }
      Optional<Contribution> parent = validate(tx, consultation, cmd);
      if (consultation.phase() != Phase.OPEN) {
        throw new ConsultationNotOpenException(consultation.id(), consultation.phase());
      }
      checkEligible(tx, consultation, author);
      Contribution c = new Contribution(new ContributionId(engine.ids.next()), actor.tenant(), consultation.id(), 1, cmd.kind(),
          author.map(Participant::id), cmd.body(), cmd.answers(), cmd.language(), cmd.channel(),
          cmd.channel().isOffline() ? Optional.of(actor.subject()) : Optional.empty(), cmd.visibility().orElse(Visibility.PUBLIC),
          cmd.confidentialTo(), cmd.parent(), cmd.side(), cmd.question(), cmd.location(), cmd.category(), ContributionState.PUBLISHED,
          false, ReactionTally.none(), 0, tx.now, tx.now);
      tx.uow.contributions().insert(c);
      if (parent.isPresent()) {
        Contribution p = parent.get();
        tx.uow.contributions().update(withCounts(p, p.tally(), p.qualified(), p.replies() + 1, p.state(), tx));
      }
      tx.record(new ConsultaEvent.ContributionSubmitted(c.id(), c.consultation(), c.kind(), c.channel(), c.author(), c.recordedBy(),
          c.parent(), c.visibility(), c.state()));
      return c;
    });
  }

  private Optional<Contribution> validate(Tx tx, Consultation consultation, NewContribution cmd) {
    Violations v = new Violations();
    ContributionKind kind = cmd.kind();
    // messages that print sets are built only on failure: this runs on every submission
    if (!consultation.accepts(kind)) {
      v.add("kind", "this consultation does not accept " + kind + "; it accepts " + consultation.acceptedKinds());
    }
    if (!consultation.offers(cmd.channel())) {
      v.add("channel", "this consultation does not take input on " + cmd.channel() + "; it offers " + consultation.channels());
    }
    v.check(cmd.channel().isOffline() || cmd.onBehalfOf().isEmpty(), "onBehalfOf", "is only for input recorded by staff on an offline channel");
    v.check(LANGUAGE.matcher(cmd.language()).matches(), "language", "must be a BCP 47 language tag such as en or pt-BR");
    ContributionForm form = consultation.forms().get(kind);
    if (cmd.body().isPresent()) {
      String body = cmd.body().get();
      v.check(!body.isBlank(), "body", "must not be blank");
      v.check(body.length() <= MAX_BODY, "body", "must be at most " + MAX_BODY + " characters");
    }
    if (form != null) {
      form.validate(cmd.answers(), "answers", v);
    } else {
      v.check(cmd.answers().isEmpty(), "answers", "this consultation has no form for " + kind);
      v.check(cmd.body().isPresent(), "body", "is required");
    }
    Optional<Contribution> parent = Optional.empty();
    if (kind.needsParent()) {
      if (cmd.parent().isEmpty()) {
        v.add("parent", "is required for " + kind);
      } else {
        parent = tx.uow.contributions().find(cmd.parent().get())
            .filter(p -> p.consultation().equals(consultation.id()))
            .filter(p -> tx.permits(Operation.READ_CONTRIBUTION, target(p)));
        v.check(parent.isPresent(), "parent", "is not a contribution of this consultation");
        if (kind == ContributionKind.ARGUMENT && parent.isPresent()) {
          ContributionKind target = parent.get().kind();
          v.check(target == ContributionKind.PROPOSAL || target == ContributionKind.IDEA, "parent", "an argument must be about a proposal or an idea");
        }
      }
    } else {
      v.check(cmd.parent().isEmpty(), "parent", "only comments and arguments reply to another contribution");
    }
    if (kind == ContributionKind.ARGUMENT) {
      v.check(cmd.side().isPresent(), "side", "is required for an argument (PRO or CON)");
    } else {
      v.check(cmd.side().isEmpty(), "side", "is only for arguments");
    }
    if (kind == ContributionKind.REPORT) {
      v.check(cmd.location().isPresent(), "location", "is required for a report");
      if (!consultation.categories().isEmpty() && cmd.category().isEmpty()) {
        v.add("category", "is required; one of " + consultation.categories());
      }
    }
    if (cmd.category().isPresent() && !consultation.categories().contains(cmd.category().get())) {
      v.add("category", "'" + cmd.category().get() + "' is not one of " + consultation.categories());
    }
    if (cmd.question().isPresent()) {
      String q = cmd.question().get();
      v.check(consultation.questions().stream().anyMatch(x -> x.key().equals(q)), "question", "'" + q + "' is not a question of this consultation");
    }
    Visibility visibility = cmd.visibility().orElse(Visibility.PUBLIC);
    if (visibility == Visibility.CONFIDENTIAL) {
      v.check(!cmd.confidentialTo().isEmpty(), "confidentialTo", "must name the staff roles that may read a confidential contribution");
      v.check(!cmd.confidentialTo().contains(Role.PARTICIPANT), "confidentialTo", "may only name staff roles");
    } else {
      v.check(cmd.confidentialTo().isEmpty(), "confidentialTo", "is only for confidential contributions");
    }
    v.throwIfAny();
    return parent;
  }

  private void checkEligible(Tx tx, Consultation consultation, Optional<Participant> author) {
    EligibilityRule rule = consultation.eligibility();
    if (rule instanceof EligibilityRule.Anyone) {
      return;
    }
    Participant p = author.orElseThrow(() -> new NotEligibleException("this consultation takes input from registered participants only"));
    DemographicSchema schema = tx.uow.participants().demographicSchema().orElse(DemographicSchema.empty());
    if (rule instanceof EligibilityRule.AreaIn area) {
      Optional<String> declared = p.demographics().declared(area.dimension());
      if (declared.isEmpty() || !area.areas().contains(declared.get())) {
        throw new NotEligibleException("only participants who declared " + area.dimension() + " in " + area.areas() + " may take part");
      }
    } else if (rule instanceof EligibilityRule.MinimumAgeBand age) {
      Optional<DemographicDimension> dimension = schema.dimension(age.dimension());
      Optional<String> declared = p.demographics().declared(age.dimension());
      int minimum = dimension.map(d -> d.rank(age.minimum())).orElse(Integer.MAX_VALUE);
      int rank = declared.flatMap(d -> dimension.map(x -> x.rank(d))).orElse(-1);
      if (rank < 0 || rank < minimum) {
        throw new NotEligibleException("only participants who declared " + age.dimension() + " of " + age.minimum() + " or above may take part");
      }
    } else if (rule instanceof EligibilityRule.Custom custom) {
      EligibilityCheck check = engine.eligibility.get(custom.name());
      if (check == null) {
        throw new NotEligibleException("eligibility rule '" + custom.name() + "' is not available in this engine");
      }
      Optional<String> refusal = check.refusal(author, schema, custom);
      if (refusal.isPresent()) {
        throw new NotEligibleException(refusal.get());
      }
    }
  }

  @Override
  public Contribution get(Actor actor, ContributionId id) {
    return engine.query(actor, tx -> readable(tx, id));
  }

  @Override
  public Page<Contribution> list(Actor actor, ContributionQuery query, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, query.consultation());
      int batch = Paging.batchSize(page);
      return Paging.filteredList(page, after -> tx.uow.contributions().list(query, after, batch),
          c -> tx.permits(Operation.READ_CONTRIBUTION, target(c)), Contribution::sortKey);
    });
  }

  @Override
  public Page<Contribution> mine(Actor actor, PageRequest page) {
    return engine.query(actor, tx -> {
      ParticipantId self = self(actor).orElseThrow(() -> new AccessDeniedException("only participants have contributions of their own"));
      int batch = Paging.batchSize(page);
      return Paging.filteredList(page, after -> tx.uow.contributions().listByAuthor(self, after, batch), c -> true, Contribution::sortKey);
    });
  }

  @Override
  public ContributionCounts counts(Actor actor, ConsultationId consultation) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, consultation);
      tx.require(Operation.READ_STATISTICS, AccessTarget.tenantWide());
      return tx.uow.contributions().counts(consultation);
    });
  }

  @Override
  public Contribution react(Actor actor, ReactionChange cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = readable(tx, cmd.contribution());
      tx.require(Operation.REACT, target(c));
      ParticipantId self = self(actor).orElseThrow(() -> new AccessDeniedException("only registered participants react"));
      Participants.find(tx.uow, self);
      Consultation consultation = tx.consultation(c.consultation());
      Violations v = new Violations();
      cmd.stance().ifPresent(s -> v.check(Double.isFinite(s) && s >= -1 && s <= 1, "stance", "must be between -1 and 1"));
      cmd.support().ifPresent(s -> v.check(s != Support.OPPOSE || consultation.supportRules().opposeAllowed(), "support",
          "this consultation does not allow opposing"));
      v.throwIfAny();
      if (consultation.phase() != Phase.OPEN) {
        throw new ConsultationNotOpenException(consultation.id(), consultation.phase());
      }
      if (c.state() != ContributionState.PUBLISHED) {
        throw new ConflictException("contribution " + c.id() + " is " + c.state() + " and takes no reactions");
      }
      Optional<Reaction> old = tx.uow.reactions().find(c.id(), self);
      OptionalInt stance = cmd.stance().isPresent() ? OptionalInt.of((int) Math.round(cmd.stance().get() * 1000)) : OptionalInt.empty();
      Optional<Reaction> next = cmd.support().isEmpty() && stance.isEmpty()
          ? Optional.empty()
          : Optional.of(new Reaction(c.id(), self, cmd.support(), stance, tx.now));
      if (old.map(r -> r.support().equals(cmd.support()) && r.stanceMillis().equals(stance)).orElse(next.isEmpty())) {
        return c;
      }
      boolean newSupport = cmd.support().filter(Support.SUPPORT::equals).isPresent()
          && old.flatMap(Reaction::support).filter(Support.SUPPORT::equals).isEmpty();
      OptionalInt limit = consultation.supportRules().supportLimit();
      if (newSupport && limit.isPresent() && tx.uow.reactions().supportsGiven(consultation.id(), self) >= limit.getAsInt()) {
        throw new SupportLimitReachedException(limit.getAsInt());
      }
      if (next.isPresent()) {
        tx.uow.reactions().save(consultation.id(), next.get());
        tx.record(new ConsultaEvent.ReactionSet(c.id(), c.consultation(), self, cmd.support(), stance));
      } else {
        tx.uow.reactions().delete(consultation.id(), c.id(), self);
        tx.record(new ConsultaEvent.ReactionCleared(c.id(), c.consultation(), self));
      }
      ReactionTally tally = c.tally().replace(old, next);
      OptionalInt threshold = consultation.supportRules().qualificationThreshold();
      boolean qualifies = !c.qualified() && c.kind() == ContributionKind.PROPOSAL && threshold.isPresent()
          && tally.supports() >= threshold.getAsInt();
      Contribution updated = withCounts(c, tally, c.qualified() || qualifies, c.replies(), c.state(), tx);
      tx.uow.contributions().update(updated);
      if (qualifies) {
        tx.record(new ConsultaEvent.ContributionQualified(c.id(), c.consultation(), tally.supports()));
      }
      return updated;
    });
  }

  @Override
  public Contribution withdraw(Actor actor, Withdrawal cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = readable(tx, cmd.contribution());
      tx.require(Operation.WITHDRAW_CONTRIBUTION, AccessTarget.ownedBy(c.author().map(ParticipantId::toString).orElse("")));
      tx.checkVersion("contribution", c.id(), cmd.expectedVersion(), c.version());
      if (c.state() == ContributionState.WITHDRAWN) {
        throw new IllegalTransitionException("contribution " + c.id(), c.state(), ContributionState.WITHDRAWN);
      }
      Contribution withdrawn = withCounts(c, c.tally(), c.qualified(), c.replies(), ContributionState.WITHDRAWN, tx);
      tx.uow.contributions().update(withdrawn);
      tx.record(new ConsultaEvent.ContributionWithdrawn(c.id(), c.consultation()));
      return withdrawn;
    });
  }

  private static Contribution withCounts(Contribution c, ReactionTally tally, boolean qualified, long replies, ContributionState state, Tx tx) {
    return new Contribution(c.id(), c.tenant(), c.consultation(), c.version() + 1, c.kind(), c.author(), c.body(), c.answers(),
        c.language(), c.channel(), c.recordedBy(), c.visibility(), c.confidentialTo(), c.parent(), c.side(), c.question(),
        c.location(), c.category(), state, qualified, tally, replies, c.submittedAt(), tx.now);
  }

}
