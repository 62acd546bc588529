package org.consulta.core.moderation.screeners;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The texts of a contribution in field-name order, the order every screener reports them in. Stateless. */
final class Fields {
  private Fields() {}

  /** @return the entries sorted by field name; a single field (the usual case) without copying */
  static Collection<Map.Entry<String, String>> inOrder(Map<String, String> texts) {
    return texts.size() <= 1 ? texts.entrySet() : new TreeMap<>(texts).entrySet();
  }
}
