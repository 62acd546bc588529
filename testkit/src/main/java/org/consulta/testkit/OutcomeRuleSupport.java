package org.consulta.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.value.SortKey;

/**
 * What the outcome rules share. Themes, responses, decisions and results refer to consultations by
 * id only, so consultations are built without storing them; contributions are stored, since
 * members, aggregates and notices read them.
 */
abstract class OutcomeRuleSupport extends KitRules {
  OutcomeRuleSupport(StoreCompatibilityKit kit) {
    super(kit);
  }

  /** Runs {@code read} on tenant A's outcome repository. */
  <T> T outcomesA(Function<OutcomeRepository, T> read) {
    return inA(uow -> read.apply(uow.outcomes()));
  }

  /** Runs {@code check} on tenant A's outcome repository in a transaction. */
  void checkA(java.util.function.Consumer<OutcomeRepository> check) {
    useA(uow -> check.accept(uow.outcomes()));
  }

  Consultation consultation() {
    return samples.consultation(a).build();
  }

  /** Stores a published online idea of {@code c}, submitted at the next instant. */
  Contribution idea(Consultation c) {
    return inserted(samples.contribution(c).build());
  }

  /** Stores a new theme of {@code c}. */
  Theme theme(Consultation c) {
    Theme t = samples.theme(c);
    useA(uow -> uow.outcomes().insertTheme(t));
    return t;
  }

  /** Puts {@code c} into {@code theme} at {@code at}; asserts nothing. */
  boolean add(Theme theme, Contribution c, Instant at) {
    return outcomesA(o -> o.addMember(new ThemeMembership(theme.id(), c.id(), theme.consultation(), "staff-1", at)));
  }

  /** Puts {@code c} into {@code theme} at the next instant. */
  boolean add(Theme theme, Contribution c) {
    return add(theme, c, samples.nextInstant());
  }

  static Instant hours(long h) {
    return StoreSamples.at(h * 3600);
  }

  static List<ThemeId> ids(List<Theme> themes) {
    return themes.stream().map(Theme::id).toList();
  }

  /** Reads every page of a keyset listing, {@code size} at a time, checking no page is longer. */
  static <T> List<T> allPages(int size, Function<Optional<SortKey>, List<T>> page, Function<T, SortKey> key) {
    List<T> all = new ArrayList<>();
    Optional<SortKey> after = Optional.empty();
    while (true) {
      List<T> next = page.apply(after);
      if (next.size() > size) {
        throw new AssertionError("a page of " + size + " held " + next.size());
      }
      if (next.isEmpty()) {
        return all;
      }
      all.addAll(next);
      after = Optional.of(key.apply(next.get(next.size() - 1)));
    }
  }
}
