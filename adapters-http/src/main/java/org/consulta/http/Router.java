package org.consulta.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a method and path to a handler; path templates like {@code /v1/consultations/{id}}. Immutable once built. */
final class Router {
  /** Handles one exchange. */
  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws Exception;
  }

  /** A route: method, template, handler; an open route needs neither credentials nor a tenant. */
  record Route(String method, String template, Pattern pattern, List<String> names, Handler handler, boolean open) {
    /** The template's text before its first parameter: a cheap test before the regex. */
    String prefix() {
      int brace = template.indexOf('{');
      return brace < 0 ? template : template.substring(0, brace);
    }
  }

  /** What a lookup found. */
  record Match(Route route, Map<String, String> path) {}

  private final List<Route> routes = new ArrayList<>();
  /** Per route, its literal prefix, in the order of {@link #routes}; checked before any regex runs. */
  private final List<String> prefixes = new ArrayList<>();

  Router add(String method, String template, Handler handler) {
    return add(method, template, handler, false);
  }

  /** Adds a route anyone may call without credentials or tenant; its exchange has no actor. */
  Router addOpen(String method, String template, Handler handler) {
    return add(method, template, handler, true);
  }

  private Router add(String method, String template, Handler handler, boolean open) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    Route route = new Route(method, template, Pattern.compile(regex.toString()), names, handler, open);
    routes.add(route);
    prefixes.add(route.prefix());
    return this;
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The route for this method and path, or empty; {@link #allowed} tells 404 from 405. */
  Optional<Match> find(String method, String path) {
    for (int i = 0; i < routes.size(); i++) {
      Route r = routes.get(i);
      if (!r.method().equals(method) || !path.startsWith(prefixes.get(i))) {
        continue;
      }
      Matcher m = r.pattern().matcher(path);
      if (m.matches()) {
        Map<String, String> values = new LinkedHashMap<>(4);
        for (int g = 0; g < r.names().size(); g++) {
          values.put(r.names().get(g), m.group(g + 1));
        }
        return Optional.of(new Match(r, values));
      }
    }
    return Optional.empty();
  }

  /** The methods some route accepts for this path. */
  Set<String> allowed(String path) {
    Set<String> methods = new LinkedHashSet<>();
    for (int i = 0; i < routes.size(); i++) {
      Route r = routes.get(i);
      if (path.startsWith(prefixes.get(i)) && r.pattern().matcher(path).matches()) {
        methods.add(r.method());
      }
    }
    return methods;
  }
}
