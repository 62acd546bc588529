package org.consulta.core.budgeting;

/** The {@link CountingRule#KNAPSACK} rule. Not built yet. */
final class Knapsack {
  private Knapsack() {}

  static CountResult count(Election election) {
    throw new UnsupportedOperationException("not built yet");
  }
}
