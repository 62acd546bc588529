package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.TrackedItem;
import org.consulta.core.value.SortKey;

/**
 * The tracked items of one deadline commitment, answering {@link DeadlineTally} at an instant
 * without a scan: open items are kept ordered by due instant and by risk instant, and two counts
 * (open items due before a horizon, open items at risk by another) move their horizons forward
 * with the clock, so each item is counted once as time passes (amortized O(log n) per item, O(1)
 * per evaluation). An instant before a horizon (a clock set back) recounts that side once.
 * Guarded by the tenant lock; every change registers its inverse with the unit of work.
 */
final class DeadlineLedger {
  private static final UUID LOWEST = new UUID(0, 0);
  private static final UUID HIGHEST = new UUID(-1, -1);

  private enum State { OPEN, ON_TIME, LATE, EXCUSED }

  private static final class Entry {
    final TrackedItem item;
    State state = State.OPEN;

    Entry(TrackedItem item) {
      this.item = item;
    }
  }

  private final Map<UUID, Entry> items = new HashMap<>();
  private final TreeSet<SortKey> openByDue = new TreeSet<>();
  private final TreeSet<SortKey> openByRisk = new TreeSet<>();
  private long onTime;
  private long late;
  /** Open items with {@code dueAt < dueHorizon}. */
  private Instant dueHorizon = Instant.MIN;
  private long overdue;
  /** Open items with {@code riskAt <= riskHorizon}. */
  private Instant riskHorizon = Instant.MIN;
  private long riskPassed;

  void track(MemoryUnitOfWork uow, TrackedItem item) {
    if (items.containsKey(item.id())) {
      return;
    }
    Entry e = new Entry(item);
    items.put(item.id(), e);
    open(e);
    uow.onRollback(() -> {
      if (e.state == State.OPEN) {
        close(e);
      }
      items.remove(item.id());
    });
  }

  void settle(MemoryUnitOfWork uow, UUID id, Instant at) {
    Entry e = items.get(id);
    if (e == null || e.state != State.OPEN) {
      return;
    }
    close(e);
    boolean inTime = !at.isAfter(e.item.dueAt());
    e.state = inTime ? State.ON_TIME : State.LATE;
    if (inTime) {
      onTime++;
    } else {
      late++;
    }
    uow.onRollback(() -> {
      if (inTime) {
        onTime--;
      } else {
        late--;
      }
      e.state = State.OPEN;
      open(e);
    });
  }

  void excuse(MemoryUnitOfWork uow, UUID id) {
    Entry e = items.get(id);
    if (e == null || e.state != State.OPEN) {
      return;
    }
    close(e);
    e.state = State.EXCUSED;
    uow.onRollback(() -> {
      e.state = State.OPEN;
      open(e);
    });
  }

  DeadlineTally tally(Instant at, int examples) {
    moveDueHorizon(at);
    moveRiskHorizon(at);
    List<TrackedItem> overdueItems = new ArrayList<>();
    for (SortKey k : openByDue) {
      if (overdueItems.size() >= examples || !k.at().isBefore(at)) {
        break;
      }
      overdueItems.add(items.get(k.id()).item);
    }
    SortKey next = openByDue.ceiling(new SortKey(at, LOWEST));
    long open = openByDue.size();
    return new DeadlineTally(at, onTime + late + open, onTime, late, open, riskPassed - overdue, overdue, overdueItems,
        Optional.ofNullable(next).map(SortKey::at));
  }

  private void open(Entry e) {
    openByDue.add(new SortKey(e.item.dueAt(), e.item.id()));
    openByRisk.add(new SortKey(e.item.riskAt(), e.item.id()));
    if (e.item.dueAt().isBefore(dueHorizon)) {
      overdue++;
    }
    if (!e.item.riskAt().isAfter(riskHorizon)) {
      riskPassed++;
    }
  }

  private void close(Entry e) {
    openByDue.remove(new SortKey(e.item.dueAt(), e.item.id()));
    openByRisk.remove(new SortKey(e.item.riskAt(), e.item.id()));
    if (e.item.dueAt().isBefore(dueHorizon)) {
      overdue--;
    }
    if (!e.item.riskAt().isAfter(riskHorizon)) {
      riskPassed--;
    }
  }

  private void moveDueHorizon(Instant at) {
    if (at.equals(dueHorizon)) {
      return;
    }
    if (at.isAfter(dueHorizon)) {
      overdue += openByDue.subSet(new SortKey(dueHorizon, LOWEST), true, new SortKey(at, LOWEST), false).size();
    } else {
      overdue = openByDue.headSet(new SortKey(at, LOWEST), false).size();
    }
    dueHorizon = at;
  }

  private void moveRiskHorizon(Instant at) {
    if (at.equals(riskHorizon)) {
      return;
    }
    if (at.isAfter(riskHorizon)) {
      riskPassed += openByRisk.subSet(new SortKey(riskHorizon, HIGHEST), false, new SortKey(at, HIGHEST), true).size();
    } else {
      riskPassed = openByRisk.headSet(new SortKey(at, HIGHEST), true).size();
    }
    riskHorizon = at;
  }
}
