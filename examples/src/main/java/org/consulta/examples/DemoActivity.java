package org.consulta.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.GeoPoint;
import org.consulta.core.contribution.ArgumentSide;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.NewContributionBuilder;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.contribution.SupportLimitReachedException;
import org.consulta.core.contribution.Withdrawal;
import org.consulta.core.participant.ParticipantId;

/**
 * The open phase of the demo: participants contribute online, staff record workshop and paper
 * input on their behalf, people reply, argue, react, and a few withdraw. Every choice comes from
 * the seeded random, so a seed always gives the same run. Single-thread.
 *
 * <p>Activity is deliberately unequal, as in real consultations: a few participants are far more
 * active than most, and a few proposals draw most of the support.
 */
final class DemoActivity {
  private static final double WITHDRAW_RATE = 0.015;
  private static final GeoPoint PARK_CENTRE = new GeoPoint(51.0540, 3.7250);

  private final Consulta consulta;
  private final TenantId tenant;
  private final ConsultationId consultation;
  private final VirtualClock clock;
  private final Random random;
  private final List<ParticipantId> participants;
  private final Actor workshopStaff;
  private final Actor mailroomStaff;

  /** Proposals and ideas are inserted at random positions; picks favour the front (see {@link #skewed}). */
  private final List<ContributionId> proposals = new ArrayList<>();
  private final List<ContributionId> ideas = new ArrayList<>();
  private final List<ContributionId> published = new ArrayList<>();
  private final List<Contribution> withdrawable = new ArrayList<>();
  private final Set<ContributionId> withdrawn = new HashSet<>();
  private int proposalNumber;
  private long supportLimitRefusals;

  DemoActivity(Consulta consulta, TenantId tenant, ConsultationId consultation, VirtualClock clock, Random random,
      List<ParticipantId> participants) {
    this.consulta = consulta;
    this.tenant = tenant;
    this.consultation = consultation;
    this.clock = clock;
    this.random = random;
    this.participants = List.copyOf(participants);
    this.workshopStaff = Actor.of(tenant, "staff-workshop", Role.RESPONDER);
    this.mailroomStaff = Actor.of(tenant, "staff-mailroom", Role.RESPONDER);
  }

  /**
   * Takes {@code count} contributions spread evenly until {@code until}, each followed by a few
   * reactions and, now and then, a withdrawal.
   */
  void run(int count, Instant until, Consumer<String> progress) {
    Instant from = clock.instant();
    Duration window = Duration.between(from, until);
    int step = Math.max(1, count / 4);
    for (int i = 0; i < count; i++) {
      clock.advanceTo(from.plus(window.multipliedBy(i + 1).dividedBy(count + 1)).truncatedTo(ChronoUnit.SECONDS));
      contribute();
      react(random.nextInt(6));
      if (random.nextDouble() < WITHDRAW_RATE) {
        withdrawOne();
      }
      if ((i + 1) % step == 0 || i + 1 == count) {
        progress.accept((i + 1) + "/" + count + " contributions taken");
      }
    }
  }

  /** @return how many supports the engine refused because a participant had used them all */
  long supportLimitRefusals() {
    return supportLimitRefusals;
  }

  private void contribute() {
    double r = random.nextDouble();
    Channel channel = r < 0.78 ? Channel.ONLINE : r < 0.91 ? Channel.IN_PERSON : Channel.PAPER;
    ParticipantId author = channel == Channel.ONLINE ? activeParticipant() : participants.get(random.nextInt(participants.size()));
    Actor actor = switch (channel) {
      case ONLINE -> Actor.participant(tenant, author);
      case IN_PERSON -> workshopStaff;
      default -> mailroomStaff;
    };
    NewContributionBuilder input = new NewContributionBuilder().consultation(consultation).channel(channel).language("en");
    if (channel.isOffline()) {
      input.onBehalfOf(author);
    }
    describe(input, chooseKind());
    remember(consulta.contributions().submit(actor, input.build()));
  }

  private ContributionKind chooseKind() {
    double r = random.nextDouble();
    if (r < 0.24 || published.isEmpty()) {
      return ContributionKind.IDEA;
    } else if (r < 0.36) {
      return ContributionKind.PROPOSAL;
    } else if (r < 0.60) {
      return ContributionKind.COMMENT;
    } else if (r < 0.80) {
      return proposals.isEmpty() && ideas.isEmpty() ? ContributionKind.PROPOSAL : ContributionKind.ARGUMENT;
    }
    return ContributionKind.REPORT;
  }

  private void describe(NewContributionBuilder input, ContributionKind kind) {
    input.kind(kind);
    switch (kind) {
      case IDEA -> {
        String language = random.nextDouble() < 0.12 ? "es" : "en";
        input.language(language).body(DemoTexts.idea(random, language));
        if (random.nextBoolean()) {
          input.question(DemoTexts.pick(DemoConsultation.QUESTIONS, random));
        }
      }
      case PROPOSAL -> input.body(DemoTexts.proposal(random, ++proposalNumber)).question("priorities");
      case COMMENT -> {
        Optional<ContributionId> parent = pickLive(published, false);
        if (parent.isEmpty()) {
          describe(input, ContributionKind.IDEA);
          return;
        }
        input.body(DemoTexts.comment(random)).parent(parent.get());
      }
      case ARGUMENT -> {
        boolean pro = random.nextDouble() < 0.6;
        List<ContributionId> about = ideas.isEmpty() || (!proposals.isEmpty() && random.nextDouble() < 0.7) ? proposals : ideas;
        Optional<ContributionId> parent = pickLive(about, true);
        if (parent.isEmpty()) {
          describe(input, ContributionKind.IDEA);
          return;
        }
        input.body(DemoTexts.argument(random, pro)).parent(parent.get()).side(pro ? ArgumentSide.PRO : ArgumentSide.CON);
      }
      case REPORT -> describeReport(input);
      default -> throw new AssertionError(kind);
    }
  }

  private void describeReport(NewContributionBuilder input) {
    input.location(new GeoPoint(
            PARK_CENTRE.latitude() + random.nextGaussian() * 0.002, PARK_CENTRE.longitude() + random.nextGaussian() * 0.003))
        .category(DemoTexts.pick(DemoConsultation.CATEGORIES, random))
        .putAnswers("issue", new Answer.Choices(List.of(DemoTexts.pick(DemoConsultation.ISSUES, random))))
        .putAnswers("photo_consent", new Answer.Consent(random.nextBoolean()));
    if (random.nextBoolean()) {
      input.putAnswers("details", new Answer.Text(DemoTexts.reportDetails(random)));
    }
  }

  private void remember(Contribution c) {
    published.add(c.id());
    withdrawable.add(c);
    switch (c.kind()) {
      case PROPOSAL -> proposals.add(random.nextInt(proposals.size() + 1), c.id());
      case IDEA -> ideas.add(random.nextInt(ideas.size() + 1), c.id());
      default -> { }
    }
  }

  private void react(int times) {
    for (int i = 0; i < times; i++) {
      clock.advance(Duration.ofSeconds(1 + random.nextInt(20)));
      ParticipantId who = activeParticipant();
      Optional<ReactionChange> change = chooseReaction();
      if (change.isEmpty()) {
        continue;
      }
      try {
        consulta.contributions().react(Actor.participant(tenant, who), change.get());
      } catch (SupportLimitReachedException e) {
        supportLimitRefusals++;
      }
    }
  }

  private Optional<ReactionChange> chooseReaction() {
    double r = random.nextDouble();
    if (r < 0.55 && !proposals.isEmpty()) {
      Support support = random.nextDouble() < 0.8 ? Support.SUPPORT : Support.OPPOSE;
      return pickLive(proposals, true).map(target -> ReactionChange.of(target, support));
    } else if (r < 0.85 && !ideas.isEmpty()) {
      double stance = Math.max(-1, Math.min(1, Math.round((0.3 + random.nextGaussian() * 0.5) * 100) / 100.0));
      Optional<Support> support = random.nextDouble() < 0.3 ? Optional.of(Support.SUPPORT) : Optional.empty();
      return pickLive(ideas, true).map(target -> new ReactionChange(target, support, Optional.of(stance), Optional.empty()));
    } else if (!published.isEmpty()) {
      return pickLive(published, false).map(target -> ReactionChange.of(target, Support.SUPPORT));
    }
    return Optional.empty();
  }

  private void withdrawOne() {
    if (withdrawable.isEmpty()) {
      return;
    }
    int index = random.nextInt(withdrawable.size());
    Contribution c = withdrawable.get(index);
    withdrawable.set(index, withdrawable.get(withdrawable.size() - 1));
    withdrawable.remove(withdrawable.size() - 1);
    ParticipantId author = c.author().orElseThrow();
    consulta.contributions().withdraw(Actor.participant(tenant, author), Withdrawal.of(c.id()));
    withdrawn.add(c.id());
  }

  /**
   * Picks a contribution that is not withdrawn (a withdrawn one is no longer visible to other
   * participants, so nobody can reply or react to it), giving up after a few tries.
   */
  private Optional<ContributionId> pickLive(List<ContributionId> from, boolean skew) {
    for (int attempt = 0; attempt < 8; attempt++) {
      ContributionId id = skew ? skewed(from) : from.get(random.nextInt(from.size()));
      if (!withdrawn.contains(id)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** Favours the front of the list strongly: a few items get most of the attention. */
  private ContributionId skewed(List<ContributionId> from) {
    return from.get((int) (from.size() * Math.pow(random.nextDouble(), 3)));
  }

  /** Favours the front of the participant list: a few people do most of the talking. */
  private ParticipantId activeParticipant() {
    return participants.get((int) (participants.size() * Math.pow(random.nextDouble(), 1.8)));
  }
}
