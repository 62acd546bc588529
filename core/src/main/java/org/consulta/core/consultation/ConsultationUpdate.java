package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.consulta.core.value.Command;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * Command: change a consultation. Absent fields stay as they are. Texts and the schedule may
 * change until the consultation is archived; the rules of taking part (questions, channels,
 * eligibility, kinds, forms, categories, support rules) only while it is a draft or scheduled, so
 * nobody's input is judged by rules that changed under them. Build with {@code new
 * ConsultationUpdateBuilder()}.
 *
 * @param consultation which consultation
 * @param expectedVersion if present, the version the caller read (optimistic concurrency)
 * @param title new title
 * @param summary new summary
 * @param description new description
 * @param purpose new purpose
 * @param questions new questions
 * @param influence new influence statement
 * @param schedule new planned dates
 * @param channels new channels
 * @param eligibility new eligibility rule
 * @param acceptedKinds new accepted kinds
 * @param forms new forms
 * @param categories new categories
 * @param supportRules new support rules
 * @param moderation new moderation policy
 * @param idempotencyKey optional key for safe repetition
 */
@ConsultaStyle
@Value.Builder
public record ConsultationUpdate(
    ConsultationId consultation,
    OptionalLong expectedVersion,
    Optional<LocalizedText> title,
    Optional<LocalizedText> summary,
    Optional<LocalizedText> description,
    Optional<LocalizedText> purpose,
    Optional<List<Question>> questions,
    Optional<Influence> influence,
    Optional<PhaseSchedule> schedule,
    Optional<Set<Channel>> channels,
    Optional<EligibilityRule> eligibility,
    Optional<Set<ContributionKind>> acceptedKinds,
    Optional<Map<ContributionKind, ContributionForm>> forms,
    Optional<List<String>> categories,
    Optional<SupportRules> supportRules,
    Optional<ModerationPolicy> moderation,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ConsultationUpdate {
    requireNonNull(consultation, "consultation");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(title, "title");
    requireNonNull(summary, "summary");
    requireNonNull(description, "description");
    requireNonNull(purpose, "purpose");
    questions = requireNonNull(questions, "questions").map(List::copyOf);
    requireNonNull(influence, "influence");
    requireNonNull(schedule, "schedule");
    channels = requireNonNull(channels, "channels").map(Set::copyOf);
    requireNonNull(eligibility, "eligibility");
    acceptedKinds = requireNonNull(acceptedKinds, "acceptedKinds").map(Set::copyOf);
    forms = requireNonNull(forms, "forms").map(Map::copyOf);
    categories = requireNonNull(categories, "categories").map(List::copyOf);
    requireNonNull(supportRules, "supportRules");
    requireNonNull(moderation, "moderation");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /** @return the names of the fields this update sets, in declaration order */
  public List<String> changedFields() {
    List<String> names = new java.util.ArrayList<>();
    title.ifPresent(x -> names.add("title"));
    summary.ifPresent(x -> names.add("summary"));
    description.ifPresent(x -> names.add("description"));
    purpose.ifPresent(x -> names.add("purpose"));
    questions.ifPresent(x -> names.add("questions"));
    influence.ifPresent(x -> names.add("influence"));
    schedule.ifPresent(x -> names.add("schedule"));
    channels.ifPresent(x -> names.add("channels"));
    eligibility.ifPresent(x -> names.add("eligibility"));
    acceptedKinds.ifPresent(x -> names.add("acceptedKinds"));
    forms.ifPresent(x -> names.add("forms"));
    categories.ifPresent(x -> names.add("categories"));
    supportRules.ifPresent(x -> names.add("supportRules"));
    moderation.ifPresent(x -> names.add("moderation"));
    return names;
  }
}
