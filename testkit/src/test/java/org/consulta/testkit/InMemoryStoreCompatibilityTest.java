package org.consulta.testkit;

import org.consulta.core.store.Store;
import org.consulta.core.store.memory.InMemoryStore;

/** Runs the store contract against the in-memory store. */
class InMemoryStoreCompatibilityTest extends StoreCompatibilityKit {
  @Override
  protected Store store() {
    return new InMemoryStore();
  }
}
