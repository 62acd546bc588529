package org.consulta.core.expectation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.core.consultation.Channel;

/**
 * The gap for one kind of expectation: overall, per channel (where it was stated) and per declared
 * value of each dimension of the tenant's schema ({@code undeclared} for no answer).
 *
 * @param kind the expectation
 * @param all everyone who expected it
 * @param byChannel per channel
 * @param byGroup per dimension, per declared value
 */
public record GapLine(ExpectationKind kind, GapCounts all, Map<Channel, GapCounts> byChannel, Map<String, Map<String, GapCounts>> byGroup) {
  /** The group of participants without a declared value. */
  public static final String UNDECLARED = "undeclared";

  public GapLine {
    requireNonNull(kind, "kind");
    requireNonNull(all, "all");
    byChannel = Collections.unmodifiableMap(byChannel.isEmpty() ? new EnumMap<>(Channel.class) : new EnumMap<>(byChannel));
    TreeMap<String, Map<String, GapCounts>> groups = new TreeMap<>();
    requireNonNull(byGroup, "byGroup").forEach((d, v) -> groups.put(d, Collections.unmodifiableMap(new TreeMap<>(v))));
    byGroup = Collections.unmodifiableMap(groups);
  }
}
