package org.consulta.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consulta.core.error.Violations;

/**
 * How to reach a participant. Kept apart from the participant record (its own repository
 * methods) so it can be erased without touching anything else, and never copied into events,
 * logs or exports.
 *
 * @param email an e-mail address
 * @param phone a phone number in international form
 * @param postalAddress a postal address, free text
 */
public record ContactDetails(Optional<String> email, Optional<String> phone, Optional<String> postalAddress) {
  public ContactDetails {
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    requireNonNull(postalAddress, "postalAddress");
  }

  /**
   * @param email an e-mail address
   * @return contact details with only an e-mail address
   */
  public static ContactDetails email(String email) {
    return new ContactDetails(Optional.of(email), Optional.empty(), Optional.empty());
  }

  /**
   * Adds a violation per malformed field under {@code field}.
   *
   * @param field the field path prefix
   * @param violations where violations go
   */
  public void validate(String field, Violations violations) {
    email.ifPresent(e -> violations.check(e.length() <= 254 && e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), field + ".email", "is not an e-mail address"));
    phone.ifPresent(p -> violations.check(p.matches("\\+?[0-9 ()-]{5,30}"), field + ".phone", "is not a phone number"));
    postalAddress.ifPresent(a -> violations.check(!a.isBlank() && a.length() <= 500, field + ".postalAddress", "must be 1..500 characters"));
    violations.check(email.isPresent() || phone.isPresent() || postalAddress.isPresent(), field, "needs at least one of email, phone, postalAddress");
  }
}
