package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/**
 * Keyset paging with a visibility filter applied after the store: reads the store's pages until
 * the caller's page is full, then looks one visible item further to know whether there is a next
 * page. The cursor always points at the last item returned, so pages never skip or repeat.
 */
final class Paging {
  private Paging() {}

  static <T> Page<T> filtered(PageRequest request, Function<PageRequest, Page<T>> source, Predicate<T> visible, Function<T, SortKey> key) {
    List<T> items = new ArrayList<>(request.limit());
    Optional<Cursor> after = request.after();
    while (true) {
      Page<T> batch = source.apply(new PageRequest(after, PageRequest.MAX_LIMIT));
      for (T item : batch.items()) {
        if (!visible.test(item)) {
          continue;
        }
        if (items.size() == request.limit()) {
          return new Page<>(items, Optional.of(key.apply(items.get(items.size() - 1)).toCursor()));
        }
        items.add(item);
      }
      if (batch.next().isEmpty()) {
        return new Page<>(items, Optional.empty());
      }
      after = batch.next();
    }
  }

  static <T> Page<T> filteredList(
      PageRequest request, Function<Optional<SortKey>, List<T>> source, Predicate<T> visible, Function<T, SortKey> key) {
    List<T> items = new ArrayList<>(request.limit());
    Optional<SortKey> after = request.after().map(SortKey::fromCursor);
    int batchSize = Math.min(PageRequest.MAX_LIMIT, request.limit() + 1);
    while (true) {
      List<T> batch = source.apply(after);
      for (T item : batch) {
        if (!visible.test(item)) {
          continue;
        }
        if (items.size() == request.limit()) {
          return new Page<>(items, Optional.of(key.apply(items.get(items.size() - 1)).toCursor()));
        }
        items.add(item);
      }
      if (batch.size() < batchSize) {
        return new Page<>(items, Optional.empty());
      }
      after = Optional.of(key.apply(batch.get(batch.size() - 1)));
    }
  }

  static int batchSize(PageRequest request) {
    return Math.min(PageRequest.MAX_LIMIT, request.limit() + 1);
  }
}
