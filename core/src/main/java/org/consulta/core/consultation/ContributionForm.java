package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.error.Violations;

/**
 * The structured questions a contribution of some kind answers (a report's street and photo
 * consent, a records request's subject, a survey). {@link #validate} checks answers against every
 * field rule and reports every broken one.
 *
 * @param fields the fields, keys unique
 */
public record ContributionForm(List<FormField> fields) {
  public ContributionForm {
    fields = List.copyOf(requireNonNull(fields, "fields"));
    if (fields.stream().map(FormField::key).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("form field keys must be unique");
    }
  }

  /**
   * @param key a field key
   * @return the field, if present
   */
  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Checks answers, adding one violation per broken rule under {@code prefix.<key>}.
   *
   * @param answers field key to answer
   * @param prefix field path prefix, e.g. {@code "answers"}
   * @param violations where violations go
   */
  public void validate(Map<String, Answer> answers, String prefix, Violations violations) {
    for (String key : answers.keySet()) {
      if (field(key).isEmpty()) {
        violations.add(prefix + "." + key, "is not a field of this form");
      }
    }
    for (FormField field : fields) {
      Answer answer = answers.get(field.key());
      String path = prefix + "." + field.key();
      if (answer == null) {
        violations.check(!field.required(), path, "is required");
      } else {
        FormRules.check(field, answer, path, violations);
      }
    }
  }

  /** Per-type rules; package-private so the form's public surface stays small. */
  static final class FormRules {
    private FormRules() {}

    static void check(FormField field, Answer answer, String path, Violations v) {
      switch (field.type()) {
        case TEXT:
        case LONG_TEXT:
          if (answer instanceof Answer.Text text) {
            int length = text.value().codePointCount(0, text.value().length());
            if (field.required()) {
              v.check(!text.value().isBlank(), path, "is required");
            }
            field.minLength().ifPresent(min -> v.check(length >= min, path, "must be at least " + min + " characters"));
            field.maxLength().ifPresent(max -> v.check(length <= max, path, "must be at most " + max + " characters"));
          } else {
            v.add(path, "must be text");
          }
          break;
        case SINGLE_CHOICE:
        case MULTIPLE_CHOICE:
          if (answer instanceof Answer.Choices choices) {
            List<String> values = choices.values();
            for (String value : values) {
              v.check(field.options().contains(value), path, "'" + value + "' is not one of " + field.options());
            }
            v.check(new HashSet<>(values).size() == values.size(), path, "must not repeat an option");
            if (field.type() == FieldType.SINGLE_CHOICE) {
              v.check(values.size() == 1, path, "must be exactly one option");
            } else {
              if (field.required()) {
                v.check(!values.isEmpty(), path, "is required");
              }
              field.minChoices().ifPresent(min -> v.check(values.size() >= min, path, "must choose at least " + min));
              field.maxChoices().ifPresent(max -> v.check(values.size() <= max, path, "must choose at most " + max));
            }
          } else {
            v.add(path, "must be a list of options");
          }
          break;
        case NUMBER:
          if (answer instanceof Answer.Number number) {
            field.min().ifPresent(min -> v.check(number.value().compareTo(min) >= 0, path, "must be at least " + min));
            field.max().ifPresent(max -> v.check(number.value().compareTo(max) <= 0, path, "must be at most " + max));
          } else {
            v.add(path, "must be a number");
          }
          break;
        case DATE:
          if (answer instanceof Answer.Date date) {
            field.notBefore().ifPresent(min -> v.check(!date.value().isBefore(min), path, "must not be before " + min));
            field.notAfter().ifPresent(max -> v.check(!date.value().isAfter(max), path, "must not be after " + max));
          } else {
            v.add(path, "must be a date");
          }
          break;
        case LOCATION:
          v.check(answer instanceof Answer.Location, path, "must be a location");
          break;
        case CONSENT:
          if (answer instanceof Answer.Consent consent) {
            if (field.required()) {
              v.check(consent.value(), path, "must be given");
            }
          } else {
            v.add(path, "must be yes or no");
          }
          break;
        default:
          throw new AssertionError(field.type());
      }
    }
  }
}
