package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.value.LocalizedText;

/**
 * How a consultation is moderated: when humans review, the published house rules whose codes every
 * decision cites, how many flags hide an item pending review, how soon a decision is due, and how
 * long an author may appeal.
 *
 * <p>Immutable. {@link #standard()} is the default of a new consultation:
 *
 * <pre>{@code
 * ModerationPolicy policy = ModerationPolicy.standard().withMode(ModerationMode.PRE);
 * }</pre>
 *
 * @param mode pre-, post- or reactive moderation
 * @param houseRules the published rules, at least one, codes unique
 * @param flagThreshold flags from distinct participants that hide a published item pending review;
 *     0 never hides automatically
 * @param decisionDeadline how long after an item needs review a decision is due (expectations
 *     measure against it)
 * @param appealWindow how long after a decision its author may appeal
 */
public record ModerationPolicy(
    ModerationMode mode, List<HouseRule> houseRules, int flagThreshold, Duration decisionDeadline, Duration appealWindow) {
  public ModerationPolicy {
    requireNonNull(mode, "mode");
    houseRules = List.copyOf(requireNonNull(houseRules, "houseRules"));
    requireNonNull(decisionDeadline, "decisionDeadline");
    requireNonNull(appealWindow, "appealWindow");
    if (houseRules.isEmpty()) {
      throw new IllegalArgumentException("a moderation policy needs at least one house rule");
    }
    Set<String> codes = new HashSet<>();
    for (HouseRule rule : houseRules) {
      if (!codes.add(rule.code())) {
        throw new IllegalArgumentException("house rule codes must be unique: " + rule.code());
      }
    }
    if (flagThreshold < 0) {
      throw new IllegalArgumentException("flagThreshold must not be negative");
    }
    if (decisionDeadline.isNegative() || decisionDeadline.isZero() || appealWindow.isNegative()) {
      throw new IllegalArgumentException("decisionDeadline must be positive and appealWindow not negative");
    }
  }

  /**
   * @return reactive moderation (as Decidim and CONSUL default to: humans review what screeners
   *     hold and participants flag), the {@linkplain #standardRules() standard rules}, 3 flags
   *     hide, a decision within 72 hours, 14 days to appeal
   */
  public static ModerationPolicy standard() {
    return new ModerationPolicy(ModerationMode.REACTIVE, standardRules(), 3, Duration.ofHours(72), Duration.ofDays(14));
  }

  /**
   * @return the standard house rules in English, French and German: {@code offensive}, {@code
   *     personal-data}, {@code spam}, {@code off-topic}, {@code illegal}
   */
  public static List<HouseRule> standardRules() {
    return List.of(
        HouseRule.of("offensive", LocalizedText.of("en", "No insults, harassment or hate speech.")
            .with("fr", "Pas d'insultes, de harcèlement ni de discours de haine.")
            .with("de", "Keine Beleidigungen, Belästigungen oder Hassrede.")),
        HouseRule.of("personal-data", LocalizedText.of("en", "No personal data of yourself or others, such as e-mail addresses, phone numbers or bank details.")
            .with("fr", "Pas de données personnelles, les vôtres ou celles d'autrui : adresses e-mail, numéros de téléphone, coordonnées bancaires.")
            .with("de", "Keine persönlichen Daten von Ihnen oder anderen, etwa E-Mail-Adressen, Telefonnummern oder Bankverbindungen.")),
        HouseRule.of("spam", LocalizedText.of("en", "No advertising, spam or repeated posting.")
            .with("fr", "Pas de publicité, de spam ni de messages répétés.")
            .with("de", "Keine Werbung, kein Spam und keine wiederholten Beiträge.")),
        HouseRule.of("off-topic", LocalizedText.of("en", "Stay on the question of this consultation.")
            .with("fr", "Restez sur la question de cette consultation.")
            .with("de", "Bleiben Sie bei der Frage dieser Beteiligung.")),
        HouseRule.of("illegal", LocalizedText.of("en", "Nothing that breaks the law.")
            .with("fr", "Rien qui enfreigne la loi.")
            .with("de", "Nichts, was gegen das Gesetz verstößt.")));
  }

  /**
   * @param code a reason code
   * @return the house rule with that code
   */
  public Optional<HouseRule> rule(String code) {
    return houseRules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * @param mode another mode
   * @return this policy with that mode
   */
  public ModerationPolicy withMode(ModerationMode mode) {
    return new ModerationPolicy(mode, houseRules, flagThreshold, decisionDeadline, appealWindow);
  }

  /**
   * @param flagThreshold another threshold
   * @return this policy with that flag threshold
   */
  public ModerationPolicy withFlagThreshold(int flagThreshold) {
    return new ModerationPolicy(mode, houseRules, flagThreshold, decisionDeadline, appealWindow);
  }
}
