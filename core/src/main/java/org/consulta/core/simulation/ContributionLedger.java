package org.consulta.core.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consulta.core.contribution.ContributionId;

/**
 * A run's own record of the contributions it made, by ordinal (0 for the first): id, author, day,
 * supports and state bits, the visible ones residents may react or reply to, the top-level ones
 * waiting for an answer, and which fall due on which day. The engine holds the contributions; the
 * ledger holds what the run needs to decide its next moves without querying it. Single-thread.
 */
final class ContributionLedger {
  private static final byte PROBLEMATIC = 1;
  private static final byte TOP_LEVEL = 2;
  private static final byte VISIBLE = 4;
  private static final byte SETTLED = 8;
  private static final byte PROMISED = 16;

  private final List<ContributionId> ids = new ArrayList<>();
  private final Map<ContributionId, Integer> ordinalOf = new HashMap<>();
  private final IntList author = new IntList();
  private final IntList submittedDay = new IntList();
  private final IntList supports = new IntList();
  private byte[] state = new byte[1024];
  /** Visible contributions, to react or reply to; rejected ones stay listed and are skipped when drawn. */
  private final IntList visible = new IntList();
  /** Top-level visible contributions waiting for an answer, in submission order (compacted lazily). */
  private final IntList waiting = new IntList();
  /** Day to the contributions due that day. */
  private final IntList[] dueOn;
  private int responseBacklog;

  /** Most supported first, then the earlier. */
  private final Comparator<Integer> bySupport = (a, b) ->
      supports.get(a) != supports.get(b) ? Integer.compare(supports.get(b), supports.get(a)) : Integer.compare(a, b);

  /** @param days the last day a contribution may fall due on, exclusive */
  ContributionLedger(int days) {
    this.dueOn = new IntList[days];
  }

  /** @return the new contribution's ordinal */
  int add(ContributionId id, int resident, int day, boolean problematic, boolean topLevel) {
    int ordinal = ids.size();
    ids.add(id);
    ordinalOf.put(id, ordinal);
    author.add(resident);
    submittedDay.add(day);
    supports.add(0);
    if (ordinal == state.length) {
      state = Arrays.copyOf(state, ordinal * 2);
    }
    state[ordinal] = (byte) ((problematic ? PROBLEMATIC : 0) | (topLevel ? TOP_LEVEL : 0));
    return ordinal;
  }

  int size() {
    return ids.size();
  }

  ContributionId id(int ordinal) {
    return ids.get(ordinal);
  }

  /** @return the ordinal of a contribution the run made, if it did */
  Optional<Integer> ordinalOf(ContributionId id) {
    return Optional.ofNullable(ordinalOf.get(id));
  }

  int author(int ordinal) {
    return author.get(ordinal);
  }

  boolean problematic(int ordinal) {
    return (state[ordinal] & PROBLEMATIC) != 0;
  }

  boolean settled(int ordinal) {
    return (state[ordinal] & SETTLED) != 0;
  }

  boolean promised(int ordinal) {
    return (state[ordinal] & PROMISED) != 0;
  }

  void supported(int ordinal) {
    supports.set(ordinal, supports.get(ordinal) + 1);
  }

  /** @return how many top-level visible contributions wait for an answer */
  int responseBacklog() {
    return responseBacklog;
  }

  /** It is published: residents may see it, and if it starts a thread it waits for an answer. */
  void publish(int ordinal) {
    if ((state[ordinal] & VISIBLE) == 0) {
      state[ordinal] |= VISIBLE;
      visible.add(ordinal);
      if ((state[ordinal] & TOP_LEVEL) != 0 && !settled(ordinal)) {
        waiting.add(ordinal);
        responseBacklog++;
      }
    }
  }

  /** Moderators rejected it: hidden, and nothing is owed on it any more. */
  void reject(int ordinal) {
    if ((state[ordinal] & VISIBLE) != 0 && (state[ordinal] & TOP_LEVEL) != 0 && !settled(ordinal)) {
      responseBacklog--;
    }
    state[ordinal] &= ~VISIBLE;
    state[ordinal] |= SETTLED;
  }

  /** It got its answer. */
  void answered(int ordinal) {
    state[ordinal] |= SETTLED;
    responseBacklog--;
  }

  /** It falls due on {@code day} ({@code promised} when a commitment set the day); later than the ledger's days is never. */
  void due(int ordinal, int day, boolean promised) {
    if (promised) {
      state[ordinal] |= PROMISED;
    }
    if (day < dueOn.length) {
      if (dueOn[day] == null) {
        dueOn[day] = new IntList();
      }
      dueOn[day].add(ordinal);
    }
  }

  /** @return the contributions due on {@code day}, forgotten once taken */
  IntList takeDue(int day) {
    IntList due = dueOn[day];
    dueOn[day] = null;
    return due == null ? new IntList() : due;
  }

  boolean anyVisible() {
    return !visible.isEmpty();
  }

  /** A visible contribution, recent ones more likely (half the draws from the newest 200); empty if the one drawn was rejected since. */
  Optional<Integer> pickVisible(SplittableRandom random) {
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    int n = visible.size();
    int k = random.nextBoolean() ? n - 1 - random.nextInt(Math.min(n, 200)) : random.nextInt(n);
    int ordinal = visible.get(k);
    return (state[ordinal] & VISIBLE) == 0 ? Optional.empty() : Optional.of(ordinal);
  }

  /** @return up to {@code limit} visible contributions, most supported first */
  List<Integer> mostSupportedVisible(int limit) {
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < visible.size(); k++) {
      int ordinal = visible.get(k);
      if ((state[ordinal] & VISIBLE) != 0) {
        all.add(ordinal);
      }
    }
    all.sort(bySupport);
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * @param order which to answer first
   * @param latestDay the last submission day old enough to be answered
   * @param capacity how many may be answered
   * @return the waiting contributions to answer now, in order
   */
  List<Integer> toAnswer(ResponseOrder order, int latestDay, int capacity) {
    compactWaiting();
    List<Integer> chosen = new ArrayList<>();
    switch (order) {
      case OLDEST_FIRST -> {
        for (int k = 0; k < waiting.size() && chosen.size() < capacity; k++) {
          if (submittedDay.get(waiting.get(k)) <= latestDay) {
            chosen.add(waiting.get(k));
          }
        }
      }
      case NEWEST_FIRST -> {
        for (int k = waiting.size() - 1; k >= 0 && chosen.size() < capacity; k--) {
          if (submittedDay.get(waiting.get(k)) <= latestDay) {
            chosen.add(waiting.get(k));
          }
        }
      }
      case MOST_SUPPORTED -> {
        for (int k = 0; k < waiting.size(); k++) {
          if (submittedDay.get(waiting.get(k)) <= latestDay) {
            chosen.add(waiting.get(k));
          }
        }
        chosen.sort(bySupport);
        return chosen.subList(0, Math.min(capacity, chosen.size()));
      }
      default -> throw new AssertionError(order);
    }
    return chosen;
  }

  boolean anyWaiting() {
    return !waiting.isEmpty();
  }

  private void compactWaiting() {
    int kept = 0;
    for (int k = 0; k < waiting.size(); k++) {
      int ordinal = waiting.get(k);
      if (!settled(ordinal)) {
        waiting.set(kept++, ordinal);
      }
    }
    waiting.truncate(kept);
  }
}
