package org.consulta.core.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Operation;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityCheck;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.Phase;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ConsultationNotOpenException;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.NewContribution;
import org.consulta.core.contribution.NotEligibleException;
import org.consulta.core.contribution.ReactionTally;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.contribution.Visibility;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.Violations;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;

/**
 * The rules of submitting contributions, shared by {@code submit} and {@code submitAll} so that a
 * batch item is judged exactly like a single submission. One instance per command: it remembers
 * what a batch would otherwise look up once per item (consultations, access decisions, authors,
 * parents). Single-threaded, like the {@link Tx} it works in.
 */
final class Submissions {
  /** Compiled once: {@code String.matches} would compile it on every submission. */
  private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  static final int MAX_BODY = 20_000;

  private final Engine engine;
  private final Tx tx;
  private final Map<ConsultationId, Consultation> consultations = new HashMap<>();
  private final Map<ParticipantId, Optional<Participant>> participants = new HashMap<>();
  private final Map<ContributionId, Optional<Contribution>> parents = new HashMap<>();
  /** Screening results of prepared items that moderation must follow up after they are stored. */
  private final Map<ContributionId, Screening.Result> screened = new HashMap<>();
  private boolean mayRecordOffline;
  /** The participant an online actor is, once checked. */
  private Participant self;
  private DemographicSchema schema;

  Submissions(Engine engine, Tx tx) {
    this.engine = engine;
    this.tx = tx;
  }

  /** A consultation the actor may read, loaded (and moved by the clock) once per command. */
  Consultation consultation(ConsultationId id) {
    Consultation c = consultations.get(id);
    if (c == null) {
      c = Consultations.readable(tx, id);
      consultations.put(id, c);
    }
    return c;
  }

  static void checkOpen(Consultation consultation) {
    if (consultation.phase() != Phase.OPEN) {
      throw new ConsultationNotOpenException(consultation.id(), consultation.phase());
    }
  }

  /** Offline input is recorded by staff; online input comes from the participant the actor is. */
  void checkAccess(Channel channel) {
    if (channel.isOffline()) {
      if (!mayRecordOffline) {
        tx.require(Operation.RECORD_OFFLINE_CONTRIBUTION, AccessTarget.tenantWide());
        mayRecordOffline = true;
      }
    } else if (self == null) {
      tx.require(Operation.SUBMIT_CONTRIBUTION, AccessTarget.tenantWide());
      ParticipantId id = Contributions.self(tx.actor)
          .orElseThrow(() -> new AccessDeniedException("online input must come from a registered participant"));
      self = participant(id);
    }
  }

  /**
   * Looks up in one repository call the participants that offline items are recorded for, so that
   * {@link #prepare} finds them cached instead of reading one at a time (a round trip each on a
   * database). Ids not found are remembered as absent; {@code prepare} reports them per item.
   */
  void prefetchAuthors(List<NewContribution> items) {
    Set<ParticipantId> wanted = new LinkedHashSet<>();
    for (NewContribution item : items) {
      if (item.channel().isOffline()) {
        item.onBehalfOf().filter(id -> !participants.containsKey(id)).ifPresent(wanted::add);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<ParticipantId, Participant> found = tx.uow.participants().findAll(wanted);
    for (ParticipantId id : wanted) {
      participants.put(id, Optional.ofNullable(found.get(id)));
    }
  }

  /**
   * Checks one new contribution against every rule of submitting and builds it at version 1.
   * Writes nothing (but loading its consultation may record the clock's phase moves).
   */
  Contribution prepare(NewContribution cmd) {
    Consultation consultation = consultation(cmd.consultation());
    checkAccess(cmd.channel());
    Optional<Participant> author = cmd.channel().isOffline() ? cmd.onBehalfOf().map(this::participant) : Optional.of(self);
    validate(consultation, cmd);
    checkOpen(consultation);
    checkEligible(consultation, author);
    Contribution c = build(consultation, cmd, author, ContributionState.PUBLISHED, List.of(), Optional.empty(), new ContributionId(engine.ids.next()));
    Screening.Result r = Screening.run(tx, c, false);
    ContributionState state = Moderation.stateAfterScreening(consultation.moderation(), r, Optional.empty(), false);
    if (r != Screening.Result.NONE || consultation.moderation().mode() != ModerationMode.REACTIVE) {
      screened.put(c.id(), r);
    }
    if (state != ContributionState.PUBLISHED || !r.redactions().isEmpty() || r.campaign().isPresent()) {
      c = build(consultation, cmd, author, state, r.redactions(), r.campaign(), c.id());
    }
    return c;
  }

  private Contribution build(Consultation consultation, NewContribution cmd, Optional<Participant> author, ContributionState state,
      List<TextSpan> redactions, Optional<CampaignId> campaign, ContributionId id) {
    return new Contribution(id, tx.actor.tenant(), consultation.id(), 1, cmd.kind(),
        author.map(Participant::id), cmd.body(), cmd.answers(), cmd.language(), cmd.channel(),
        cmd.channel().isOffline() ? Optional.of(tx.actor.subject()) : Optional.empty(), cmd.visibility().orElse(Visibility.PUBLIC),
        cmd.confidentialTo(), cmd.parent(), cmd.side(), cmd.question(), cmd.location(), cmd.category(), state,
        false, ReactionTally.none(), 0, redactions, campaign, 0, tx.now, tx.now);
  }

  /**
   * Stores prepared contributions with one insert, moves each parent's reply count once by the
   * number of its new replies, and records one event per contribution, in order.
   */
  void write(List<Contribution> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    tx.uow.contributions().insertAll(accepted);
    Map<ContributionId, Integer> replies = new LinkedHashMap<>();
    for (Contribution c : accepted) {
      c.parent().ifPresent(p -> replies.merge(p, 1, Integer::sum));
    }
    replies.forEach((id, added) -> {
      // locked read: concurrent replies to one popular contribution queue here instead of failing the version check
      Contribution p = tx.uow.contributions().findForUpdate(id).orElseThrow(() -> new NotFoundException("contribution", id));
      tx.uow.contributions().update(Contributions.withCounts(p, p.tally(), p.qualified(), p.replies() + added, p.state(), tx));
    });
    for (Contribution c : accepted) {
      tx.record(new ConsultaEvent.ContributionSubmitted(c.id(), c.consultation(), c.kind(), c.channel(), c.author(), c.recordedBy(),
          c.parent(), c.visibility(), c.state()));
      Screening.Result r = screened.get(c.id());
      if (r != null) {
        Moderation.afterScreening(tx, consultation(c.consultation()), c, r, false, false);
      }
    }
  }

  private DemographicSchema schema() {
    if (schema == null) {
      schema = tx.uow.participants().demographicSchema().orElse(DemographicSchema.empty());
    }
    return schema;
  }

  private Participant participant(ParticipantId id) {
    return participants.computeIfAbsent(id, k -> tx.uow.participants().find(k))
        .orElseThrow(() -> new NotFoundException("participant", id));
  }

  /** A contribution of this consultation that the actor may read, looked up once per command. */
  private Optional<Contribution> parent(Consultation consultation, ContributionId id) {
    return parents.computeIfAbsent(id, k -> tx.uow.contributions().find(k)
            .filter(p -> tx.permits(Operation.READ_CONTRIBUTION, Contributions.target(p))))
        .filter(p -> p.consultation().equals(consultation.id()));
  }

  private void validate(Consultation consultation, NewContribution cmd) {
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
    cmd.body().ifPresent(body -> {
      v.check(!body.isBlank(), "body", "must not be blank");
      v.check(body.length() <= MAX_BODY, "body", "must be at most " + MAX_BODY + " characters");
    });
    if (form != null) {
      form.validate(cmd.answers(), "answers", v);
    } else {
      v.check(cmd.answers().isEmpty(), "answers", "this consultation has no form for " + kind);
      v.check(cmd.body().isPresent(), "body", "is required");
    }
    if (kind.needsParent()) {
      if (cmd.parent().isEmpty()) {
        v.add("parent", "is required for " + kind);
      } else {
        Optional<Contribution> parent = parent(consultation, cmd.parent().get());
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
    cmd.category().ifPresent(category -> v.check(consultation.categories().contains(category), "category",
        "'" + category + "' is not one of " + consultation.categories()));
    cmd.question().ifPresent(q -> v.check(consultation.questions().stream().anyMatch(x -> x.key().equals(q)), "question",
        "'" + q + "' is not a question of this consultation"));
    Visibility visibility = cmd.visibility().orElse(Visibility.PUBLIC);
    if (visibility == Visibility.CONFIDENTIAL) {
      v.check(!cmd.confidentialTo().isEmpty(), "confidentialTo", "must name the staff roles that may read a confidential contribution");
      v.check(!cmd.confidentialTo().contains(Role.PARTICIPANT), "confidentialTo", "may only name staff roles");
    } else {
      v.check(cmd.confidentialTo().isEmpty(), "confidentialTo", "is only for confidential contributions");
    }
    v.throwIfAny();
  }

  private void checkEligible(Consultation consultation, Optional<Participant> author) {
    EligibilityRule rule = consultation.eligibility();
    if (rule instanceof EligibilityRule.Anyone) {
      return;
    }
    Participant p = author.orElseThrow(() -> new NotEligibleException("this consultation takes input from registered participants only"));
    DemographicSchema schema = schema();
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
}
