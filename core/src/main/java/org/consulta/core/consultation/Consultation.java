package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.TenantId;
import org.consulta.core.value.LocalizedText;

/**
 * A consultation: one question put to the public by one tenant, with its purpose, the influence
 * on offer, its phases and dates, channels, eligibility, the kinds of contribution it accepts and
 * their forms. Immutable; every change yields a new {@link #version()}.
 *
 * <p>The phase stored is the phase as of {@link #updatedAt()}; {@link #advancedTo(Instant)} gives the
 * phase the clock has moved it to since. The engine applies due moves whenever it reads a
 * consultation, so callers always see the current phase.
 *
 * @param id the id
 * @param tenant the owning tenant
 * @param version optimistic-concurrency version, 1 when created
 * @param title the title
 * @param summary a one-paragraph summary
 * @param description the full description
 * @param purpose why the institution asks (required)
 * @param questions the questions asked
 * @param influence what can change and who decides
 * @param phase the phase as of {@code updatedAt}
 * @param schedule the planned dates
 * @param history every phase move so far, oldest first
 * @param channels the channels input is taken on
 * @param eligibility who may contribute
 * @param acceptedKinds the kinds of contribution accepted
 * @param forms the form each kind's contributions answer, if any
 * @param categories the categories reports may use (empty: no categories)
 * @param supportRules how support works
 * @param moderation how contributions are moderated
 * @param createdBy the subject that created it
 * @param createdAt when it was created
 * @param updatedAt when this version was made
 */
public record Consultation(
    ConsultationId id,
    TenantId tenant,
    long version,
    LocalizedText title,
    Optional<LocalizedText> summary,
    Optional<LocalizedText> description,
    LocalizedText purpose,
    List<Question> questions,
    Influence influence,
    Phase phase,
    PhaseSchedule schedule,
    List<PhaseChange> history,
    Set<Channel> channels,
    EligibilityRule eligibility,
    Set<ContributionKind> acceptedKinds,
    Map<ContributionKind, ContributionForm> forms,
    List<String> categories,
    SupportRules supportRules,
    ModerationPolicy moderation,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {
  public Consultation {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(title, "title");
    requireNonNull(summary, "summary");
    requireNonNull(description, "description");
    requireNonNull(purpose, "purpose");
    questions = List.copyOf(requireNonNull(questions, "questions"));
    requireNonNull(influence, "influence");
    requireNonNull(phase, "phase");
    requireNonNull(schedule, "schedule");
    history = List.copyOf(requireNonNull(history, "history"));
    channels = immutableEnumSet(requireNonNull(channels, "channels"), Channel.class);
    requireNonNull(eligibility, "eligibility");
    acceptedKinds = immutableEnumSet(requireNonNull(acceptedKinds, "acceptedKinds"), ContributionKind.class);
    forms = requireNonNull(forms, "forms").isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(forms));
    categories = List.copyOf(requireNonNull(categories, "categories"));
    requireNonNull(supportRules, "supportRules");
    requireNonNull(moderation, "moderation");
    requireNonNull(createdBy, "createdBy");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /**
   * @return the consultation as readers who are not staff see it: its creator named {@value
   *     org.consulta.core.access.Actor#PUBLIC_STAFF}
   */
  public Consultation publicView() {
    return new Consultation(id, tenant, version, title, summary, description, purpose, questions, influence, phase, schedule, history,
        channels, eligibility, acceptedKinds, forms, categories, supportRules, moderation, org.consulta.core.access.Actor.PUBLIC_STAFF,
        createdAt, updatedAt);
  }

  private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> set, Class<E> type) {
    return set.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
  }

  /** @return the language of the first title entry, used as fallback */
  public String defaultLanguage() {
    return title.languages().iterator().next();
  }

  /**
   * @param kind a contribution kind
   * @return whether this consultation accepts it
   */
  public boolean accepts(ContributionKind kind) {
    return acceptedKinds.contains(kind);
  }

  /**
   * @param channel a channel
   * @return whether this consultation takes input on it
   */
  public boolean offers(Channel channel) {
    return channels.contains(channel);
  }

  /**
   * The scheduled moves due by {@code now}, in order: a scheduled consultation opens at {@code
   * opensAt}; an open one closes at {@code closesAt}. Both can be due at once.
   *
   * @param now the engine clock's instant
   * @return the moves due, empty if none
   */
  public List<PhaseChange> dueMoves(Instant now) {
    List<PhaseChange> moves = new ArrayList<>(2);
    Phase current = phase;
    if (current == Phase.SCHEDULED && schedule.opensAt().isPresent() && !schedule.opensAt().get().isAfter(now)) {
      moves.add(new PhaseChange(Phase.SCHEDULED, Phase.OPEN, schedule.opensAt().get(), true));
      current = Phase.OPEN;
    }
    if (current == Phase.OPEN && schedule.closesAt().isPresent() && !schedule.closesAt().get().isAfter(now)) {
      Instant at = schedule.closesAt().get();
      if (!moves.isEmpty() && at.isBefore(moves.get(0).at())) {
        at = moves.get(0).at();
      }
      moves.add(new PhaseChange(Phase.OPEN, Phase.CLOSED, at, true));
    }
    return moves;
  }

  /**
   * @param now the engine clock's instant
   * @return the phase after applying the moves due by {@code now}
   */
  public Phase advancedTo(Instant now) {
    List<PhaseChange> moves = dueMoves(now);
    return moves.isEmpty() ? phase : moves.get(moves.size() - 1).to();
  }

  /**
   * @return when the clock will next move this consultation, if ever (for stores that index it)
   */
  public Optional<Instant> nextScheduledMove() {
    if (phase == Phase.SCHEDULED) {
      return schedule.opensAt();
    }
    if (phase == Phase.OPEN) {
      return schedule.closesAt();
    }
    return Optional.empty();
  }
}
