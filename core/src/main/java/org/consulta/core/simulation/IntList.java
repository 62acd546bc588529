package org.consulta.core.simulation;

import java.util.Arrays;

/** A growable array of ints (no boxing), for the run's bookkeeping. Single-thread. */
final class IntList {
  private int[] items = new int[16];
  private int size;

  void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  int get(int index) {
    return items[index];
  }

  void set(int index, int value) {
    items[index] = value;
  }

  int size() {
    return size;
  }

  void truncate(int newSize) {
    size = newSize;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
