package org.consulta.core.store.memory;

import java.util.ArrayList;
import java.util.Collections;
import org.consulta.core.value.SortKey;

/**
 * Values kept in {@link SortKey} order in two parallel arrays. Contributions arrive in time order
 * almost always, so an insert is an append; an out-of-order key is placed by binary search. Reads
 * start at a binary-searched position. Compared with a {@code TreeMap} this saves an entry object
 * per value and the tree walk on every insert (the in-memory store's largest ingest cost). Not
 * thread-safe: guarded by the tenant's lock.
 */
final class OrderedIndex<V> {
  private final ArrayList<SortKey> keys = new ArrayList<>();
  private final ArrayList<V> values = new ArrayList<>();

  /** Inserts or replaces; returns the value replaced, or null. */
  V put(SortKey key, V value) {
    int n = keys.size();
    if (n == 0 || keys.get(n - 1).compareTo(key) < 0) {
      keys.add(key);
      values.add(value);
      return null;
    }
    int i = Collections.binarySearch(keys, key);
    if (i >= 0) {
      return values.set(i, value);
    }
    keys.add(-i - 1, key);
    values.add(-i - 1, value);
    return null;
  }

  /** Removes the key (the last one in the usual rollback); returns its value, or null. */
  V remove(SortKey key) {
    int n = keys.size();
    int i = n > 0 && keys.get(n - 1).equals(key) ? n - 1 : Collections.binarySearch(keys, key);
    if (i < 0) {
      return null;
    }
    keys.remove(i);
    return values.remove(i);
  }

  int size() {
    return keys.size();
  }

  /** The position of the first key after {@code key} (at or after it when {@code inclusive}). */
  int start(SortKey key, boolean inclusive) {
    int i = Collections.binarySearch(keys, key);
    if (i < 0) {
      return -i - 1;
    }
    return inclusive ? i : i + 1;
  }

  V valueAt(int i) {
    return values.get(i);
  }
}
