package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Aggregates of doubles whose result does not depend on the order the rows arrive in. Spark's sum,
 * avg and regr_slope add in arrival order, and floating-point addition is not associative, so the
 * last digits change when a spill or a shuffle fetch delivers a group's rows in another order: two
 * runs of the same job on the same files published different regional means. These add the group's
 * values sorted, which fixes the order; they suit groups of at most a few thousand values
 * (countries, editions), which they hold in memory.
 */
final class OrderFreeAggregates {
  private OrderFreeAggregates() {}

  /** The sum of the non-null values; null where there are none, as {@code sum}. */
  static Column sum(Column x) {
    Column values = array_sort(collect_list(x.cast("double")));
    return when(size(values).gt(0), aggregate(values, lit(0.0), (total, v) -> total.plus(v)));
  }

  /** The mean of the non-null values; null where there are none, as {@code avg}. */
  static Column mean(Column x) {
    Column values = array_sort(collect_list(x.cast("double")));
    Column n = size(values);
    return when(
        n.gt(0), aggregate(values, lit(0.0), (total, v) -> total.plus(v)).divide(atLeastOne(n)));
  }

  /**
   * The least-squares slope of y on x over the rows where both are set, as {@code regr_slope}: null
   * where there are fewer than two such rows or x does not vary. Computed about the means (two
   * passes over the sorted pairs), which loses no digits to large x such as years.
   */
  static Column slope(Column y, Column x) {
    Column pairs =
        array_sort(
            collect_list(
                when(
                    x.isNotNull().and(y.isNotNull()),
                    struct(x.cast("double").as("x"), y.cast("double").as("y")))));
    Column n = size(pairs);
    Column divisor = atLeastOne(n);
    Column meanX = aggregate(pairs, lit(0.0), (t, p) -> t.plus(p.getField("x"))).divide(divisor);
    Column meanY = aggregate(pairs, lit(0.0), (t, p) -> t.plus(p.getField("y"))).divide(divisor);
    Column sxy =
        aggregate(
            pairs,
            lit(0.0),
            (t, p) -> t.plus(p.getField("x").minus(meanX).multiply(p.getField("y").minus(meanY))));
    Column sxx =
        aggregate(
            pairs,
            lit(0.0),
            (t, p) -> t.plus(p.getField("x").minus(meanX).multiply(p.getField("x").minus(meanX))));
    return when(n.geq(2).and(sxx.gt(0)), sxy.divide(sxx));
  }

  /**
   * A divisor that is never zero: the guard around a division is not always what decides whether
   * Spark evaluates it, and under ANSI mode a division by zero fails the query.
   */
  private static Column atLeastOne(Column n) {
    return greatest(n, lit(1));
  }
}
