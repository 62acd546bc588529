package org.consulta.http;

import java.util.Map;
import org.consulta.core.outcome.NewTheme;
import org.consulta.core.outcome.OutcomeService;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembers;
import org.consulta.core.outcome.ThemeUpdate;

/**
 * Themes of a consultation: create and list under {@code /v1/consultations/{id}/themes}, read and
 * change at {@code /v1/themes/{id}}, members at {@code /v1/themes/{id}/contributions} (a page; {@code
 * POST} adds, {@code POST .../remove} removes: a removal is a command with a body and an
 * idempotency key, which {@code DELETE} should not carry), and per consultation the members' counts
 * ({@code theme-stats}) and the suggesters' proposals ({@code theme-suggestions}). Who may do what is
 * decided in core: staff write, everyone who may read the consultation reads.
 */
final class ThemeRoutes {
  private ThemeRoutes() {}

  /** The answer to adding members: how many were not in the theme yet. */
  record Added(int added) {}

  /** The answer to removing members: how many were in the theme. */
  record Removed(int removed) {}

  static void register(Router router, OutcomeService outcomes) {
    router.add("POST", "/v1/consultations/{id}/themes", x -> {
      String consultation = ConsultationRoutes.id(x).toString();
      Theme t = outcomes.createTheme(x.actor, Bodies.bind(x, x.body(), NewTheme.class, Map.of("consultation", consultation)));
      x.etag(t.version());
      x.created("/v1/themes/" + t.id(), t);
    });
    router.add("GET", "/v1/consultations/{id}/themes", x -> x.json(200, outcomes.themes(x.actor, ConsultationRoutes.id(x), x.page())));
    router.add("GET", "/v1/themes/{id}", x -> {
      Theme t = outcomes.theme(x.actor, id(x));
      x.etag(t.version());
      x.json(200, t);
    });
    router.add("PATCH", "/v1/themes/{id}", x -> {
      Theme t = outcomes.updateTheme(x.actor, Bodies.bind(x, Bodies.versioned(x), ThemeUpdate.class, Map.of("theme", id(x).toString())));
      x.etag(t.version());
      x.json(200, t);
    });
    router.add("GET", "/v1/themes/{id}/contributions", x -> x.json(200, outcomes.members(x.actor, id(x), x.page())));
    router.add("POST", "/v1/themes/{id}/contributions", x -> {
      ThemeMembers command = Bodies.bind(x, x.body(), ThemeMembers.class, Map.of("theme", id(x).toString()));
      x.json(200, new Added(outcomes.addToTheme(x.actor, command)));
    });
    router.add("POST", "/v1/themes/{id}/contributions/remove", x -> {
      ThemeMembers command = Bodies.bind(x, x.body(), ThemeMembers.class, Map.of("theme", id(x).toString()));
      x.json(200, new Removed(outcomes.removeFromTheme(x.actor, command)));
    });
    router.add("GET", "/v1/consultations/{id}/theme-stats", x ->
        x.json(200, Map.of("items", outcomes.themeStats(x.actor, ConsultationRoutes.id(x)))));
    router.add("GET", "/v1/consultations/{id}/theme-suggestions", x ->
        x.json(200, Map.of("items", outcomes.suggestThemes(x.actor, ConsultationRoutes.id(x)))));
  }

  static ThemeId id(Exchange x) {
    return Ids.parse(x.path("id"), "theme", ThemeId::new);
  }
}
