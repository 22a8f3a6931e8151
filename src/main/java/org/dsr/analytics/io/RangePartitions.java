package org.dsr.analytics.io;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.assert_true;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.spark_partition_id;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;

/**
 * Moves each row into the partition of its range, a number each row carries, so that partition r
 * holds range r. Spark's own range partitioning first samples the rows for the ranges' bounds: a
 * pass that computes the whole plan before the shuffle once more (docs/benchmarks.md, session 15).
 * Where the range follows from the row itself, that pass is not needed.
 *
 * <p>Spark's hash partitioning sends a row to partition {@code pmod(murmur3(key, 42), n)}; each
 * range's key is an int that Spark sends to the range's own partition. A row found in another
 * partition fails the query, so a Spark that partitioned otherwise could not write rows out of
 * order.
 */
final class RangePartitions {
  /** The seed of Spark's {@code HashPartitioning} (that of its {@code hash} function). */
  private static final int SEED = 42;

  private static final String RANGE = "_range";

  private RangePartitions() {}

  /**
   * The rows in {@code count} partitions, range r in partition r.
   *
   * @param range an int column from 0 to {@code count - 1}
   */
  static Dataset<Row> of(Dataset<Row> rows, Column range, int count) {
    return inPartitions(rows, range, count, keys(count));
  }

  /** As {@link #of}, with the partitioning key of range r at {@code keys[r]}. */
  static Dataset<Row> inPartitions(Dataset<Row> rows, Column range, int count, int[] keys) {
    Column key =
        element_at(
            array(java.util.Arrays.stream(keys).mapToObj(k -> lit(k)).toArray(Column[]::new)),
            col(RANGE).plus(1));
    return rows.withColumn(RANGE, range)
        .repartition(count, key)
        .where(
            assert_true(
                    spark_partition_id().equalTo(col(RANGE)),
                    lit("a row was not moved into the partition of its range"))
                .isNull())
        .drop(RANGE);
  }

  /** For each partition of {@code count}, the smallest int that Spark sends there. */
  static int[] keys(int count) {
    int[] keys = new int[count];
    java.util.Arrays.fill(keys, -1);
    int found = 0;
    for (int key = 0; found < count; key++) {
      int partition = Math.floorMod(Murmur3_x86_32.hashInt(key, SEED), count);
      if (keys[partition] < 0) {
        keys[partition] = key;
        found++;
      }
    }
    return keys;
  }
}
