package org.consulta.core.simulation;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.consulta.core.participant.DemographicDimension;

/**
 * The residents of one run as parallel primitive arrays, so a million residents cost tens of
 * megabytes and a day is one pass. Index {@code i} is resident {@code i} in every array.
 * Single-thread: each run owns its population.
 */
final class Population {
  final int size;
  final List<DemographicDimension> dimensions;
  /** {@code values[d][i]}: the option index of dimension {@code d} for resident {@code i}. */
  final byte[][] values;
  final boolean[] online;
  final float[] trust;
  final float[] propensityOnline;
  final float[] propensityOffline;
  /** The last day the resident was touched (became aware, or got an answer); -1 while unaware. */
  final int[] touched;
  /** {@code byFirst[v]}: the residents whose first dimension has option {@code v}, for word of mouth. */
  final int[][] byFirst;
  /** {@code groupSize[d][v]}: how many residents have option {@code v} of dimension {@code d}. */
  final int[][] groupSize;

  private Population(int size, List<DemographicDimension> dimensions) {
    this.size = size;
    this.dimensions = dimensions;
    this.values = new byte[dimensions.size()][size];
    this.online = new boolean[size];
    this.trust = new float[size];
    this.propensityOnline = new float[size];
    this.propensityOffline = new float[size];
    this.touched = new int[size];
    this.groupSize = new int[dimensions.size()][];
    for (int d = 0; d < dimensions.size(); d++) {
      groupSize[d] = new int[dimensions.get(d).options().size()];
    }
    this.byFirst = new int[dimensions.get(0).options().size()][];
  }

  /** Draws the residents of {@code spec} from {@code random}, in resident order (so the same seed gives the same population). */
  static Population draw(PopulationSpec spec, SplittableRandom random) {
    List<DemographicDimension> dims = spec.schema().dimensions();
    if (dims.isEmpty() || dims.stream().anyMatch(d -> d.options().size() > Byte.MAX_VALUE)) {
      throw new IllegalArgumentException("a simulated population needs 1 or more dimensions of at most 127 options each");
    }
    Population p = new Population(spec.size(), dims);
    double[][] cumulative = new double[dims.size()][];
    double[][] access = new double[dims.size()][];
    double[][] onlineFactor = new double[dims.size()][];
    double[][] offlineFactor = new double[dims.size()][];
    for (int d = 0; d < dims.size(); d++) {
      DemographicDimension dim = dims.get(d);
      Map<String, Double> shares = spec.shares().shares().getOrDefault(dim.key(), Map.of());
      int n = dim.options().size();
      cumulative[d] = new double[n];
      access[d] = new double[n];
      onlineFactor[d] = new double[n];
      offlineFactor[d] = new double[n];
      double total = 0;
      for (int v = 0; v < n; v++) {
        total += shares.getOrDefault(dim.options().get(v), 0.0);
      }
      double running = 0;
      for (int v = 0; v < n; v++) {
        String option = dim.options().get(v);
        running += total > 0 ? shares.getOrDefault(option, 0.0) / total : 1.0 / n;
        cumulative[d][v] = running;
        access[d][v] = spec.internetAccessBy().getOrDefault(dim.key(), Map.of()).getOrDefault(option, 1.0);
        ChannelFactors f = spec.propensity().getOrDefault(dim.key(), Map.of()).getOrDefault(option, ChannelFactors.NEUTRAL);
        onlineFactor[d][v] = f.online();
        offlineFactor[d][v] = f.offline();
      }
      cumulative[d][n - 1] = 1.0;
    }
    double[] cellCumulative = new double[spec.cells().size()];
    byte[][] cellValues = new byte[spec.cells().size()][dims.size()];
    double cellTotal = 0;
    for (int c = 0; c < cellCumulative.length; c++) {
      cellTotal += spec.cells().get(c).share();
      cellCumulative[c] = cellTotal;
      for (int d = 0; d < dims.size(); d++) {
        cellValues[c][d] = (byte) dims.get(d).options().indexOf(spec.cells().get(c).values().get(dims.get(d).key()));
      }
    }
    double sigma = spec.propensitySpread();
    for (int i = 0; i < p.size; i++) {
      double internet = spec.internetAccess();
      double on = 1;
      double off = 1;
      int cell = -1;
      if (cellCumulative.length > 0) {
        double r = random.nextDouble() * cellTotal;
        cell = 0;
        while (cell < cellCumulative.length - 1 && r >= cellCumulative[cell]) {
          cell++;
        }
      }
      for (int d = 0; d < dims.size(); d++) {
        int v;
        if (cell >= 0) {
          v = cellValues[cell][d];
        } else {
          double r = random.nextDouble();
          v = 0;
          while (r >= cumulative[d][v]) {
            v++;
          }
        }
        p.values[d][i] = (byte) v;
        p.groupSize[d][v]++;
        internet *= access[d][v];
        on *= onlineFactor[d][v];
        off *= offlineFactor[d][v];
      }
      p.online[i] = random.nextDouble() < Math.min(1, internet);
      p.trust[i] = (float) Math.max(0, Math.min(1, spec.initialTrust() + spec.trustSpread() * gaussian(random)));
      double noise = Math.exp(sigma * gaussian(random) - sigma * sigma / 2);
      p.propensityOnline[i] = (float) (on * noise);
      p.propensityOffline[i] = (float) (off * noise);
      p.touched[i] = -1;
    }
    int[] fill = new int[p.byFirst.length];
    for (int v = 0; v < p.byFirst.length; v++) {
      p.byFirst[v] = new int[p.groupSize[0][v]];
    }
    for (int i = 0; i < p.size; i++) {
      int v = p.values[0][i];
      p.byFirst[v][fill[v]++] = i;
    }
    return p;
  }

  /** A standard normal draw (Box-Muller, one of the pair), from {@code random} only. */
  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  boolean aware(int i) {
    return touched[i] >= 0;
  }
}
