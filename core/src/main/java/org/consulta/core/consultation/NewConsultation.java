package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: create a consultation in {@link Phase#DRAFT}. Build with {@code new
 * NewConsultationBuilder()}; defaults: no schedule, online channel only, registered participants
 * eligible, open support rules.
 *
 * <pre>{@code
 * NewConsultation cmd = new NewConsultationBuilder()
 *     .title(LocalizedText.of("en", "Bike lanes on Main Street"))
 *     .purpose(LocalizedText.of("en", "Decide which side gets the lane"))
 *     .influence(Influence.of(InfluenceLevel.CONSULT))
 *     .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.COMMENT)
 *     .build();
 * }</pre>
 *
 * @param title the title, 1..200 characters per language
 * @param summary a summary
 * @param description the full description
 * @param purpose why the institution asks; required, not blank
 * @param questions the questions asked
 * @param influence what can change and who decides
 * @param schedule planned dates
 * @param channels channels offered (default: online)
 * @param eligibility who may contribute (default: registered participants)
 * @param acceptedKinds kinds accepted; at least one
 * @param forms forms per kind; only for accepted kinds
 * @param categories categories for reports
 * @param supportRules support rules (default: {@link SupportRules#open()})
 * @param moderation moderation policy (default: {@link ModerationPolicy#standard()})
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record NewConsultation(
    LocalizedText title,
    Optional<LocalizedText> summary,
    Optional<LocalizedText> description,
    LocalizedText purpose,
    List<Question> questions,
    Influence influence,
    Optional<PhaseSchedule> schedule,
    Set<Channel> channels,
    Optional<EligibilityRule> eligibility,
    Set<ContributionKind> acceptedKinds,
    Map<ContributionKind, ContributionForm> forms,
    List<String> categories,
    Optional<SupportRules> supportRules,
    Optional<ModerationPolicy> moderation,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public NewConsultation {
    requireNonNull(title, "title");
    requireNonNull(summary, "summary");
    requireNonNull(description, "description");
    requireNonNull(purpose, "purpose");
    questions = List.copyOf(requireNonNull(questions, "questions"));
    requireNonNull(influence, "influence");
    requireNonNull(schedule, "schedule");
    channels = Set.copyOf(requireNonNull(channels, "channels"));
    requireNonNull(eligibility, "eligibility");
    acceptedKinds = Set.copyOf(requireNonNull(acceptedKinds, "acceptedKinds"));
    forms = Map.copyOf(requireNonNull(forms, "forms"));
    categories = List.copyOf(requireNonNull(categories, "categories"));
    requireNonNull(supportRules, "supportRules");
    requireNonNull(moderation, "moderation");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /**
   * @param schedule the planned phase dates
   * @return a copy with that schedule
   */
  public NewConsultation withSchedule(PhaseSchedule schedule) {
    return new NewConsultation(title, summary, description, purpose, questions, influence, Optional.of(schedule), channels, eligibility,
        acceptedKinds, forms, categories, supportRules, moderation, idempotencyKey);
  }

  /**
   * @param moderation how the consultation is moderated
   * @return a copy with that policy
   */
  public NewConsultation withModeration(ModerationPolicy moderation) {
    return new NewConsultation(title, summary, description, purpose, questions, influence, schedule, channels, eligibility, acceptedKinds,
        forms, categories, supportRules, Optional.of(moderation), idempotencyKey);
  }

  /**
   * @param channels the channels it takes input on
   * @param acceptedKinds the kinds of contribution it accepts
   * @return a copy with those channels and kinds (forms for kinds no longer accepted are dropped)
   */
  public NewConsultation withInput(Set<Channel> channels, Set<ContributionKind> acceptedKinds) {
    Map<ContributionKind, ContributionForm> kept = new java.util.LinkedHashMap<>(forms);
    kept.keySet().retainAll(acceptedKinds);
    return new NewConsultation(title, summary, description, purpose, questions, influence, schedule, channels, eligibility, acceptedKinds,
        kept, categories, supportRules, moderation, idempotencyKey);
  }
}
