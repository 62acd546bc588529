package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.value.ConsultaStyle;
import org.consulta.core.value.LocalizedText;
import org.immutables.value.Value;

/**
 * One field of a {@link ContributionForm}. Build with {@code new FormFieldBuilder()}.
 *
 * <pre>{@code
 * FormField street = new FormFieldBuilder().key("street").type(FieldType.TEXT)
 *     .label(LocalizedText.of("en", "Street")).required(true).maxLength(120).build();
 * }</pre>
 *
 * @param key stable key ([a-z][a-z0-9_]{0,63}), unique in its form
 * @param type what kind of answer it takes
 * @param label the question shown
 * @param required whether an answer is required (for CONSENT: must be yes)
 * @param minLength text: fewest characters
 * @param maxLength text: most characters
 * @param min number: smallest value
 * @param max number: largest value
 * @param options choices: the allowed options
 * @param minChoices multiple choice: fewest options chosen
 * @param maxChoices multiple choice: most options chosen
 * @param notBefore date: earliest date
 * @param notAfter date: latest date
 */
@ConsultaStyle
@Value.Builder
public record FormField(
    String key,
    FieldType type,
    LocalizedText label,
    boolean required,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> options,
    OptionalInt minChoices,
    OptionalInt maxChoices,
    Optional<LocalDate> notBefore,
    Optional<LocalDate> notAfter) {
  public FormField {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    requireNonNull(label, "label");
    requireNonNull(minLength, "minLength");
    requireNonNull(maxLength, "maxLength");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    options = List.copyOf(requireNonNull(options, "options"));
    requireNonNull(minChoices, "minChoices");
    requireNonNull(maxChoices, "maxChoices");
    requireNonNull(notBefore, "notBefore");
    requireNonNull(notAfter, "notAfter");
    if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("a field key is [a-z][a-z0-9_]{0,63}, was '" + key + "'");
    }
    boolean choice = type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE;
    if (choice == options.isEmpty()) {
      throw new IllegalArgumentException("field " + key + ": options are required for choice fields and only for them");
    }
  }
}
