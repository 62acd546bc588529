package org.consulta.core.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consulta.core.value.SortKey;

/** The sorted-array index behaves like a TreeMap under any sequence of puts, removes and range starts. */
class OrderedIndexProperties {
  record Op(boolean remove, SortKey key, int value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    // few distinct instants and ids, some with the top bit set, so ties, replacements and unsigned order all occur
    Arbitrary<SortKey> keys = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.longs().between(-3, 3))
        .as((second, id) -> new SortKey(Instant.ofEpochSecond(second), new UUID(id, id)));
    return Combinators.combine(Arbitraries.integers().between(0, 4).map(n -> n == 0), keys, Arbitraries.integers())
        .as(Op::new).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void behavesLikeATreeMap(@ForAll("ops") List<Op> ops, @ForAll("probe") SortKey probe) {
    OrderedIndex<Integer> index = new OrderedIndex<>();
    TreeMap<SortKey, Integer> model = new TreeMap<>();
    for (Op op : ops) {
      if (op.remove()) {
        assertThat(index.remove(op.key())).isEqualTo(model.remove(op.key()));
      } else {
        assertThat(index.put(op.key(), op.value())).isEqualTo(model.put(op.key(), op.value()));
      }
      assertThat(index.size()).isEqualTo(model.size());
    }
    assertThat(valuesFrom(index, 0)).containsExactlyElementsOf(model.values());
    assertThat(valuesFrom(index, index.start(probe, true))).containsExactlyElementsOf(model.tailMap(probe, true).values());
    assertThat(valuesFrom(index, index.start(probe, false))).containsExactlyElementsOf(model.tailMap(probe, false).values());
  }

  @Provide
  Arbitrary<SortKey> probe() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.longs().between(-3, 3))
        .as((second, id) -> new SortKey(Instant.ofEpochSecond(second), new UUID(id, id)));
  }

  private static List<Integer> valuesFrom(OrderedIndex<Integer> index, int start) {
    List<Integer> out = new ArrayList<>();
    for (int i = start; i < index.size(); i++) {
      out.add(index.valueAt(i));
    }
    return out;
  }
}
