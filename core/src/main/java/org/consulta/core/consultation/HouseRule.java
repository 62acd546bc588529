package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.consulta.core.value.LocalizedText;

/**
 * One published house rule: a reason code that screeners, flags and moderators cite, and the
 * plain-language text participants read (in the consultation's languages).
 *
 * <p>Immutable.
 *
 * @param code the stable reason code, lower-case letters, digits and dashes (e.g. {@code "spam"})
 * @param text what the rule says, in plain language
 * @param appealable whether a decision citing this rule can be appealed
 */
public record HouseRule(String code, LocalizedText text, boolean appealable) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public HouseRule {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    if (code.length() > 40 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a reason code is 1 to 40 lower-case letters, digits and single dashes: " + code);
    }
  }

  /**
   * @param code the reason code
   * @param text the rule's text
   * @return an appealable rule
   */
  public static HouseRule of(String code, LocalizedText text) {
    return new HouseRule(code, text, true);
  }
}
