package org.consulta.core.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.ConsultaException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.IdGenerator;
import org.consulta.core.store.memory.InMemoryStore;

/**
 * One replay: its own engine on an in-memory store, a virtual clock moved to each event's instant
 * and ids seeded with 0, so the same source gives the same result. Single-thread; used once.
 */
final class ReplayRun {
  private static final TenantId TENANT = TenantId.of("replay");
  /** Source texts come in any language; "und" is BCP 47 for undetermined. */
  private static final String LANGUAGE = "und";
  /** A comment sorts before a vote at the same instant: Polis records the author's own vote with the comment. */
  private static final Comparator<ReplayEvent> BY_TIME =
      Comparator.comparing(ReplayRun::at).thenComparingInt(e -> e instanceof ReplayEvent.Comment ? 0 : 1);

  private final ReplaySource source;
  private final SimulationListener listener;
  private final ReplayMetrics metrics = new ReplayMetrics();
  private final Actor manager = Actor.of(TENANT, "replay-manager", Role.MANAGER);
  private final Map<String, ParticipantId> participants = new HashMap<>();
  private final Map<String, ContributionId> comments = new HashMap<>();
  private final Set<String> seenComments = new HashSet<>();
  private final Set<String> rejectedComments = new HashSet<>();
  private Set<String> commentIds;
  private SimulationClock clock;
  private Consulta consulta;
  private ConsultationId consultation;

  ReplayRun(ReplaySource source, SimulationListener listener) {
    this.source = source;
    this.listener = listener;
  }

  ReplayResult run() {
    List<ReplayEvent> timeline = new ArrayList<>();
    for (ReplayEvent e : List.copyOf(source.events())) {
      if (e instanceof ReplayEvent.Rejected row) {
        metrics.rowRejected(row);
      } else {
        timeline.add(e);
      }
    }
    alignVotesToTheirComments(timeline);
    timeline.sort(BY_TIME);
    if (timeline.isEmpty()) {
      return new ReplayResult(metrics.summary(source.name(), Optional.empty(), Optional.empty()), List.of());
    }
    commentIds = timeline.stream().filter(ReplayEvent.Comment.class::isInstance).map(e -> ((ReplayEvent.Comment) e).id())
        .collect(Collectors.toSet());
    Instant first = at(timeline.get(0));
    Instant last = at(timeline.get(timeline.size() - 1));
    open(first, last);
    LocalDate firstDay = SimulationRun.dateOf(first);
    int dayCount = (int) ChronoUnit.DAYS.between(firstDay, SimulationRun.dateOf(last)) + 1;
    List<DayRecord> days = new ArrayList<>(dayCount);
    metrics.startDay();
    for (ReplayEvent e : timeline) {
      int d = (int) ChronoUnit.DAYS.between(firstDay, SimulationRun.dateOf(at(e)));
      while (days.size() < d) {
        endDay(days, firstDay, dayCount);
      }
      clock.advanceTo(at(e));
      if (e instanceof ReplayEvent.Comment c) {
        comment(c);
      } else {
        vote((ReplayEvent.Vote) e);
      }
    }
    while (days.size() < dayCount) {
      endDay(days, firstDay, dayCount);
    }
    return new ReplayResult(metrics.summary(source.name(), Optional.of(first), Optional.of(last)), days);
  }

  /**
   * A vote up to one second before its comment counts at the comment's instant: some exports write
   * comment times in milliseconds and vote times in whole seconds, so the author's own vote, cast
   * with the comment, would otherwise come first.
   */
  private static void alignVotesToTheirComments(List<ReplayEvent> timeline) {
    Map<String, Instant> commentAt = new HashMap<>();
    for (ReplayEvent e : timeline) {
      if (e instanceof ReplayEvent.Comment c) {
        commentAt.merge(c.id(), c.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    for (int i = 0; i < timeline.size(); i++) {
      if (timeline.get(i) instanceof ReplayEvent.Vote v) {
        Instant c = commentAt.get(v.commentId());
        if (c != null && v.at().isBefore(c) && !v.at().isBefore(c.minusSeconds(1))) {
          timeline.set(i, new ReplayEvent.Vote(v.commentId(), v.voter(), v.vote(), c));
        }
      }
    }
  }

  private void endDay(List<DayRecord> days, LocalDate firstDay, int dayCount) {
    int day = days.size();
    DayRecord record = metrics.endDay(day, firstDay.plusDays(day));
    days.add(record);
    listener.dayEnded(source.name(), day, dayCount, record);
    metrics.startDay();
  }

  /** The engine and one consultation, open from just before the first event to a day after the last. */
  private void open(Instant first, Instant last) {
    Instant opens = first.minusSeconds(1);
    clock = new SimulationClock(opens.minus(Duration.ofDays(1)));
    consulta = Consulta.builder().store(new InMemoryStore()).clock(clock).ids(IdGenerator.seeded(clock, 0)).build();
    NewConsultation scheduled = Scenario.defaultConsultation()
        .withSchedule(PhaseSchedule.of(opens, last.plus(Duration.ofDays(1))))
        .withInput(Set.of(Channel.ONLINE), Set.of(ContributionKind.IDEA, ContributionKind.COMMENT));
    consultation = consulta.consultations().create(manager, scheduled).id();
    consulta.consultations().transition(manager, PhaseTransition.to(consultation, Phase.SCHEDULED));
    clock.advanceTo(opens);
    consulta.consultations().applyScheduledMoves(manager);
  }

  private void comment(ReplayEvent.Comment c) {
    if (!seenComments.add(c.id())) {
      metrics.commentRejected("duplicate comment id");
      return;
    }
    if (c.text().isBlank()) {
      rejectComment(c, "empty comment");
      return;
    }
    ParticipantId author = participant(c.author());
    try {
      ContributionId id = consulta.contributions().submit(Actor.participant(TENANT, author), new NewContributionBuilder()
          .consultation(consultation).channel(Channel.ONLINE).kind(ContributionKind.IDEA).language(LANGUAGE).body(c.text()).build()).id();
      comments.put(c.id(), id);
      metrics.comment(c.moderatedOut());
    } catch (InvalidInputException e) {
      rejectComment(c, "invalid comment: " + violations(e));
    } catch (ConsultaException e) {
      rejectComment(c, "comment refused by the engine: " + e.kind());
    }
  }

  private void rejectComment(ReplayEvent.Comment c, String reason) {
    rejectedComments.add(c.id());
    metrics.commentRejected(reason);
  }

  private void vote(ReplayEvent.Vote v) {
    if (v.vote() < -1 || v.vote() > 1) {
      metrics.voteRejected("vote value not -1, 0 or 1");
      return;
    }
    ContributionId target = comments.get(v.commentId());
    if (target == null) {
      metrics.voteRejected(rejectedComments.contains(v.commentId()) ? "vote on a rejected comment"
          : commentIds.contains(v.commentId()) ? "vote before its comment" : "vote on an unknown comment");
      return;
    }
    ReactionChange change = v.vote() == 0 ? ReactionChange.stance(target, 0.0)
        : ReactionChange.of(target, v.vote() > 0 ? Support.SUPPORT : Support.OPPOSE);
    try {
      consulta.contributions().react(Actor.participant(TENANT, participant(v.voter())), change);
      metrics.vote(v.vote());
    } catch (InvalidInputException e) {
      metrics.voteRejected("invalid vote: " + violations(e));
    } catch (ConsultaException e) {
      metrics.voteRejected("vote refused by the engine: " + e.kind());
    }
  }

  private ParticipantId participant(String sourceId) {
    ParticipantId id = participants.get(sourceId);
    if (id == null) {
      id = consulta.participants().register(Actor.anonymous(TENANT), new NewParticipantBuilder().addConsents(ConsentKind.PROCESSING).build())
          .id();
      participants.put(sourceId, id);
      metrics.participant();
    }
    return id;
  }

  /** The violations as "field reason", joined: no text of the source, so reasons stay few. */
  private static String violations(InvalidInputException e) {
    return e.violations().stream().map(v -> v.field() + " " + v.reason()).collect(Collectors.joining("; "));
  }

  private static Instant at(ReplayEvent e) {
    if (e instanceof ReplayEvent.Comment c) {
      return c.at();
    }
    if (e instanceof ReplayEvent.Vote v) {
      return v.at();
    }
    throw new IllegalArgumentException("no instant: " + e);
  }
}
