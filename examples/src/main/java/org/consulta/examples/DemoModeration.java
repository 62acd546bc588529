package org.consulta.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionEdit;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.contribution.ContributionQueryBuilder;
import org.consulta.core.moderation.AppealDecision;
import org.consulta.core.moderation.AppealOutcome;
import org.consulta.core.moderation.CaseDecision;
import org.consulta.core.moderation.ClaimRequest;
import org.consulta.core.moderation.DecisionAction;
import org.consulta.core.moderation.ModerationCase;
import org.consulta.core.moderation.ModerationMetric;
import org.consulta.core.moderation.NewAppeal;
import org.consulta.core.moderation.NewFlag;
import org.consulta.core.moderation.QueueFilter;
import org.consulta.core.moderation.TransparencyReport;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.PageRequest;

/**
 * The moderation part of the demo, at the end of the open phase and after: an author adds a phone
 * number to their idea (the personal-data screener masks it for the public), participants flag
 * another contribution until it is hidden, a moderator works the queue, the hidden item's author
 * appeals and a second moderator decides the appeal. Deterministic for a seed, like the rest of the run.
 */
final class DemoModeration {
  private final Consulta consulta;
  private final TenantId tenant;
  private final ConsultationId consultation;
  private final VirtualClock clock;
  private final Random random;
  private final List<ParticipantId> people;

  DemoModeration(Consulta consulta, TenantId tenant, ConsultationId consultation, VirtualClock clock, Random random, List<ParticipantId> people) {
    this.consulta = consulta;
    this.tenant = tenant;
    this.consultation = consultation;
    this.clock = clock;
    this.random = random;
    this.people = people;
  }

  void run(Consumer<String> say) {
    Actor staff = Actor.of(tenant, "moderator-1", Role.MODERATOR);
    List<Contribution> published = consulta.contributions().list(staff, new ContributionQueryBuilder().consultation(consultation)
        .addStates(ContributionState.PUBLISHED).build(), PageRequest.first(200)).items().stream()
        .filter(c -> c.author().isPresent()).toList();
    if (published.size() < 2) {
      return;
    }
    Contribution target = published.get(random.nextInt(published.size()));
    Contribution other = published.stream().filter(c -> !c.id().equals(target.id()) && c.body().isPresent()).findFirst().orElseThrow();
    Contribution edited = consulta.contributions().edit(Actor.participant(tenant, other.author().orElseThrow()),
        ContributionEdit.body(other.id(), other.body().orElseThrow() + " Call me on 06 12 34 56 78 to talk it over."));
    say.accept("an author added a phone number to " + other.id() + ": the public reads \""
        + consulta.contributions().get(Actor.anonymous(tenant), other.id()).body().orElseThrow().replaceAll("^.*(Call me.*)$", "$1") + "\"");


    ParticipantId targetAuthor = target.author().orElseThrow();
    int flags = 0;
    for (ParticipantId p : people) {
      if (flags == 3) {
        break;
      }
      if (!p.equals(targetAuthor) && random.nextInt(4) == 0) {
        consulta.moderation().flag(Actor.participant(tenant, p), NewFlag.of(target.id(), "off-topic"));
        flags++;
        clock.advance(Duration.ofMinutes(20));
      }
    }
    say.accept("flagged " + target.id() + " " + flags + " times as off-topic: "
        + consulta.contributions().get(staff, target.id()).state());

    clock.advance(Duration.ofHours(3));
    Optional<ModerationCase> next = consulta.moderation().claimNext(staff, ClaimRequest.of(QueueFilter.all().withConsultation(consultation)));
    while (next.isPresent()) {
      ModerationCase k = next.get();
      DecisionAction action = k.contribution().equals(target.id()) ? DecisionAction.HIDE : DecisionAction.APPROVE;
      consulta.moderation().decide(staff, action == DecisionAction.HIDE
          ? CaseDecision.of(k.id(), action, "off-topic") : CaseDecision.approve(k.id()));
      say.accept("moderator-1 decided " + action + " on " + k.contribution() + " (" + String.join(", ", k.triggers().stream().map(Enum::name).toList()) + ")");
      clock.advance(Duration.ofMinutes(10));
      next = consulta.moderation().claimNext(staff, ClaimRequest.of(QueueFilter.all().withConsultation(consultation)));
    }

    clock.advance(Duration.ofHours(5));
    consulta.moderation().appeal(Actor.participant(tenant, targetAuthor), NewAppeal.of(target.id(), "It answers the question about the park."));
    clock.advance(Duration.ofHours(20));
    Actor second = Actor.of(tenant, "moderator-2", Role.MODERATOR);
    ModerationCase appealed = consulta.moderation().caseOf(second, target.id()).orElseThrow();
    consulta.moderation().decideAppeal(second, AppealDecision.of(appealed.id(), AppealOutcome.OVERTURNED));
    say.accept("the author appealed; moderator-2 overturned the decision: " + consulta.contributions().get(staff, target.id()).state());
  }

  /** The transparency report of the whole run (every UTC day from the creation to today), as the summary shows it. */
  static DemoSummary.ModerationStats stats(Consulta consulta, Actor reader, ConsultationId id, LocalDate from, LocalDate to) {
    TransparencyReport r = consulta.moderation().transparencyReport(reader, id, from, to);
    Map<String, Long> totals = new TreeMap<>();
    for (ModerationMetric m : ModerationMetric.values()) {
      if (r.total(m) > 0) {
        totals.put(m.name(), r.total(m));
      }
    }
    return new DemoSummary.ModerationStats(totals, r.decisions(), r.medianTimeToDecision().map(Duration::toString).orElse(""),
        r.p90TimeToDecision().map(Duration::toString).orElse(""), r.overturnRate());
  }

  static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
