package org.dsr.analytics.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Draws items with fixed relative weights, by binary search over the cumulative weights. */
final class Picker<T> {
  private final List<T> items;
  private final double[] cumulative;

  Picker(List<T> items, double[] weights) {
    if (items.size() != weights.length || items.isEmpty()) {
      throw new IllegalArgumentException(
          items.size() + " items for " + weights.length + " weights; expected the same, > 0");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  /** Text items from alternating item and weight arguments: {@code of("Huawei", 60, "ZTE", 30)}. */
  static Picker<String> of(Object... itemsAndWeights) {
    List<String> items = new ArrayList<>();
    double[] weights = new double[itemsAndWeights.length / 2];
    for (int i = 0; i < weights.length; i++) {
      items.add((String) itemsAndWeights[2 * i]);
      weights[i] = ((Number) itemsAndWeights[2 * i + 1]).doubleValue();
    }
    return new Picker<>(items, weights);
  }

  /** The years {@code from..to}, each weighted by {@code weight.applyAsDouble(year)}. */
  static Picker<Integer> years(int from, int to, IntToDoubleFunction weight) {
    List<Integer> years = new ArrayList<>();
    double[] weights = new double[to - from + 1];
    for (int y = from; y <= to; y++) {
      years.add(y);
      weights[y - from] = weight.applyAsDouble(y);
    }
    return new Picker<>(years, weights);
  }

  /** Items weighted like Zipf's law: the i-th (from 0) has weight 1 / (i + 1)^exponent. */
  static <T> Picker<T> zipf(List<T> items, double exponent) {
    double[] weights = new double[items.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / Math.pow(i + 1, exponent);
    }
    return new Picker<>(items, weights);
  }

  T next(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    // binarySearch returns (-(insertion point) - 1) when u is not an exact boundary.
    return items.get(Math.min(i < 0 ? -i - 1 : i + 1, items.size() - 1));
  }
}
