package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.consulta.core.value.Command;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;

/**
 * Command: change a theme's title or description.
 *
 * @param theme the theme
 * @param expectedVersion apply only to this version
 * @param title the new title, if it changes
 * @param description the new description, if it changes
 * @param idempotencyKey optional key for safe repetition
 */
public record ThemeUpdate(
    ThemeId theme,
    OptionalLong expectedVersion,
    Optional<LocalizedText> title,
    Optional<LocalizedText> description,
    Optional<IdempotencyKey> idempotencyKey)
    implements Command {
  public ThemeUpdate {
    requireNonNull(theme, "theme");
    requireNonNull(expectedVersion, "expectedVersion");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
