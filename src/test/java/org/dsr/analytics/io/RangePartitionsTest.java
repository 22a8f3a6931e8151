package org.dsr.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class RangePartitionsTest extends SparkTestBase {
  /** 300 rows, range id % 5, in no order of their ranges. */
  private static Dataset<Row> rows() {
    return spark.range(300).withColumn("r", col("id").mod(5).cast("int")).repartition(3);
  }

  @Test
  void eachRangeIsMovedIntoItsOwnPartition() {
    List<Row> placed =
        RangePartitions.of(rows(), col("r"), 5)
            .select(col("r"), spark_partition_id().as("partition"))
            .collectAsList();
    assertThat(placed).hasSize(300);
    assertThat(placed).allMatch(r -> r.getInt(0) == r.getInt(1));
  }

  @Test
  void everyPartitionHasAKeyOfItsOwn() {
    for (int count : new int[] {1, 2, 4, 7, 200}) {
      int[] keys = RangePartitions.keys(count);
      assertThat(keys).hasSize(count).doesNotContain(-1).doesNotHaveDuplicates();
    }
  }

  @Test
  void aRowThatLandsInAnotherPartitionFailsTheQuery() {
    int[] swapped = RangePartitions.keys(5);
    int first = swapped[0];
    swapped[0] = swapped[1];
    swapped[1] = first;
    assertThatThrownBy(
            () -> RangePartitions.inPartitions(rows(), col("r"), 5, swapped).collectAsList())
        .hasStackTraceContaining("a row was not moved into the partition of its range");
  }
}
