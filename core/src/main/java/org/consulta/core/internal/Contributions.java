package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Audience;
import org.consulta.core.access.Operation;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.BatchMode;
import org.consulta.core.contribution.BatchResult;
import org.consulta.core.contribution.ConsultationNotOpenException;
import org.consulta.core.contribution.ContributionBatch;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionEdit;
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
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violation;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/** {@link ContributionService} on the engine. */
final class Contributions implements ContributionService {
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

  static Contribution readable(Tx tx, ContributionId id) {
    return readable(tx, id, false);
  }

  /** With {@code lock}, the contribution stays locked until commit: for commands that change it. */
  static Contribution readable(Tx tx, ContributionId id, boolean lock) {
    Contribution c = (lock ? tx.uow.contributions().findForUpdate(id) : tx.uow.contributions().find(id))
        .orElseThrow(() -> new NotFoundException("contribution", id));
    if (!tx.permits(Operation.READ_CONTRIBUTION, target(c))) {
      throw new NotFoundException("contribution", id);
    }
    return c;
  }

  /** The participant an online actor acts as; staff and anonymous actors have none. */
  static Optional<ParticipantId> self(Actor actor) {
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
      Submissions submissions = new Submissions(engine, tx);
      Contribution c = submissions.prepare(cmd);
      submissions.write(List.of(c));
      return view(tx, c);
    });
  }

  @Override
  public BatchResult submitAll(Actor actor, ContributionBatch batch) {
    return engine.command(actor, batch, tx -> {
      Submissions submissions = new Submissions(engine, tx);
      List<NewContribution> items = batch.items();
      // problems of the whole batch fail it in either mode, before any item is judged
      items.forEach(item -> submissions.consultation(item.consultation()));
      items.forEach(item -> submissions.checkAccess(item.channel()));
      items.forEach(item -> Submissions.checkOpen(submissions.consultation(item.consultation())));
      submissions.prefetchAuthors(items);
      List<Contribution> accepted = new ArrayList<>(items.size());
      List<BatchResult.ItemResult> results = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        try {
          Contribution c = submissions.prepare(items.get(i));
          accepted.add(c);
          results.add(BatchResult.ItemResult.accepted(i, c.id()));
        } catch (InvalidInputException e) {
          results.add(BatchResult.ItemResult.rejected(i, e.kind(), e.violations(), Optional.empty()));
        } catch (NotEligibleException | NotFoundException e) {
          // the consultations were found above, so a NotFound here is the item's participant
          results.add(BatchResult.ItemResult.rejected(i, e.kind(), List.of(), Optional.of(e.getMessage())));
        }
      }
      BatchResult result = BatchResult.of(results);
      if (batch.mode() == BatchMode.ALL_OR_NOTHING && result.rejected() > 0) {
        throw new InvalidInputException(prefixed(result));
      }
      submissions.write(accepted);
      return result;
    });
  }

  /** Every problem of every rejected item, as violations of the batch: {@code items[i].field}, or {@code items[i]} for other errors. */
  private static List<Violation> prefixed(BatchResult result) {
    List<Violation> all = new ArrayList<>();
    for (BatchResult.ItemResult item : result.items()) {
      String prefix = "items[" + item.index() + "]";
      item.violations().forEach(v -> all.add(new Violation(prefix + "." + v.field(), v.reason())));
      item.message().ifPresent(m -> all.add(new Violation(prefix, item.errorKind().orElseThrow() + ": " + m)));
    }
    return all;
  }

  @Override
  public Contribution get(Actor actor, ContributionId id) {
    return engine.query(actor, tx -> view(tx, readable(tx, id)));
  }

  /** What the actor reads of a contribution: staff read the original, everyone else the masked text. */
  static Contribution view(Tx tx, Contribution c) {
    return tx.actor.isStaff() ? c : c.publicView();
  }

  private static Page<Contribution> view(Tx tx, Page<Contribution> page) {
    if (tx.actor.isStaff() || page.items().stream().allMatch(c -> c.redactions().isEmpty() && c.recordedBy().isEmpty())) {
      return page;
    }
    return new Page<>(page.items().stream().map(Contribution::publicView).toList(), page.next());
  }

  @Override
  public Page<Contribution> list(Actor actor, ContributionQuery query, PageRequest page) {
    return engine.query(actor, tx -> {
      Consultations.readable(tx, query.consultation());
      int batch = Paging.batchSize(page);
      return view(tx, Paging.filteredList(page, after -> tx.uow.contributions().list(query, after, batch),
          c -> tx.permits(Operation.READ_CONTRIBUTION, target(c)), Contribution::sortKey));
    });
  }

  @Override
  public Page<Contribution> mine(Actor actor, PageRequest page) {
    return engine.query(actor, tx -> {
      ParticipantId self = self(actor).orElseThrow(() -> new AccessDeniedException("only participants have contributions of their own"));
      int batch = Paging.batchSize(page);
      return view(tx, Paging.filteredList(page, after -> tx.uow.contributions().listByAuthor(self, after, batch), c -> true, Contribution::sortKey));
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
      Contribution c = readable(tx, cmd.contribution(), true);
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
      return view(tx, updated);
    });
  }

  @Override
  public Contribution withdraw(Actor actor, Withdrawal cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = readable(tx, cmd.contribution(), true);
      tx.require(Operation.WITHDRAW_CONTRIBUTION, AccessTarget.ownedBy(c.author().map(ParticipantId::toString).orElse("")));
      tx.checkVersion("contribution", c.id(), cmd.expectedVersion(), c.version());
      if (c.state() == ContributionState.WITHDRAWN) {
        throw new IllegalTransitionException("contribution " + c.id(), c.state(), ContributionState.WITHDRAWN);
      }
      Contribution withdrawn = withCounts(c, c.tally(), c.qualified(), c.replies(), ContributionState.WITHDRAWN, tx);
      tx.uow.contributions().update(withdrawn);
      tx.record(new ConsultaEvent.ContributionWithdrawn(c.id(), c.consultation()));
      return view(tx, withdrawn);
    });
  }

  @Override
  public Contribution edit(Actor actor, ContributionEdit cmd) {
    return engine.command(actor, cmd, tx -> {
      Contribution c = readable(tx, cmd.contribution(), true);
      tx.require(Operation.EDIT_CONTRIBUTION, AccessTarget.ownedBy(c.author().map(ParticipantId::toString).orElse("")));
      tx.checkVersion("contribution", c.id(), cmd.expectedVersion(), c.version());
      Consultation consultation = tx.consultation(c.consultation());
      Violations v = new Violations();
      v.check(cmd.body().isPresent() || cmd.answers().isPresent(), "body", "an edit changes the body, the answers or both");
      cmd.body().ifPresent(body -> {
        v.check(!body.isBlank(), "body", "must not be blank");
        v.check(body.length() <= Submissions.MAX_BODY, "body", "must be at most " + Submissions.MAX_BODY + " characters");
      });
      cmd.answers().ifPresent(answers -> {
        ContributionForm form = consultation.forms().get(c.kind());
        if (form != null) {
          form.validate(answers, "answers", v);
        } else {
          v.check(answers.isEmpty(), "answers", "this consultation has no form for " + c.kind());
        }
      });
      v.throwIfAny();
      if (c.state() == ContributionState.REJECTED || c.state() == ContributionState.WITHDRAWN) {
        throw new ConflictException("contribution " + c.id() + " is " + c.state() + " and cannot be edited" 
            + (c.state() == ContributionState.REJECTED ? "; appeal the decision instead" : ""));
      }
      Submissions.checkOpen(consultation);
      Contribution texts = c.withTexts(cmd.body().or(c::body), cmd.answers().orElse(c.answers()), tx.now);
      Screening.Result r = Screening.run(tx, texts, true);
      boolean moderatorRedacted = !c.redactions().isEmpty() && tx.uow.moderation().latestFor(c.id())
          .map(k -> k.decisions().stream().anyMatch(d -> d.action() == DecisionAction.REDACT && !d.automated())).orElse(false);
      ContributionState state = Moderation.stateAfterScreening(consultation.moderation(), r, Optional.of(c.state()), moderatorRedacted);
      Contribution edited = new Contribution(texts.id(), texts.tenant(), texts.consultation(), texts.version(), texts.kind(), texts.author(),
          texts.body(), texts.answers(), texts.language(), texts.channel(), texts.recordedBy(), texts.visibility(), texts.confidentialTo(),
          texts.parent(), texts.side(), texts.question(), texts.location(), texts.category(), state, texts.qualified(), texts.tally(),
          texts.replies(), r.redactions(), texts.campaign(), texts.flags(), texts.submittedAt(), tx.now);
      tx.uow.contributions().update(edited);
      List<String> fields = new java.util.ArrayList<>();
      cmd.body().ifPresent(b -> fields.add("body"));
      cmd.answers().ifPresent(a -> fields.add("answers"));
      tx.record(new ConsultaEvent.ContributionEdited(c.id(), c.consultation(), edited.version(), fields, state));
      Moderation.afterScreening(tx, consultation, edited, r, true, moderatorRedacted);
      return view(tx, edited);
    });
  }

  static Contribution withCounts(Contribution c, ReactionTally tally, boolean qualified, long replies, ContributionState state, Tx tx) {
    return new Contribution(c.id(), c.tenant(), c.consultation(), c.version() + 1, c.kind(), c.author(), c.body(), c.answers(),
        c.language(), c.channel(), c.recordedBy(), c.visibility(), c.confidentialTo(), c.parent(), c.side(), c.question(),
        c.location(), c.category(), state, qualified, tally, replies, c.redactions(), c.campaign(), c.flags(),
        c.submittedAt(), tx.now);
  }

}
