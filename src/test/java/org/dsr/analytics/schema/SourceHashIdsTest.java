package org.dsr.analytics.schema;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class SourceHashIdsTest extends SparkTestBase {
  private static final StructType SCHEMA =
      new StructType().add("source", DataTypes.StringType).add("what", DataTypes.StringType);

  /** Sources whose ids sort in a different order than the names do ("a1:" before "a:"). */
  private static final List<String> SOURCES =
      List.of("deployments", "deployments_2", "a", "a1", "a_b", "b", "ß", "z");

  private static Dataset<Row> ids(List<String> sources, int rows) {
    Random random = new Random(7);
    List<Row> data = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      data.add(RowFactory.create(sources.get(random.nextInt(sources.size())), "record " + i));
    }
    return spark
        .createDataFrame(data, SCHEMA)
        .withColumn("id", SourceHashIds.of(col("source"), col("source"), col("what")));
  }

  private static List<String> idsSortedBy(Dataset<Row> rows, Column... order) {
    return rows.sort(order).select("id").as(Encoders.STRING()).collectAsList();
  }

  @Test
  void thePrefixSortsAsTheIdsDoAndTellsThemApart() {
    Dataset<Row> rows = ids(SOURCES, 3000);
    Column prefix = SourceHashIds.sortPrefix(col("id"), col("source"), SOURCES).orElseThrow();

    List<String> byId = idsSortedBy(rows, col("id"));
    assertThat(idsSortedBy(rows, prefix, col("id"))).isEqualTo(byId);
    // The first row in id order is of source a1 ("a1:" sorts before "a:").
    assertThat(byId.get(0)).startsWith("a1:");
    // Its first 8 bytes (a byte for the source, 7 of the digits) decide every comparison here.
    assertThat(rows.select(substring(prefix, 1, 8)).distinct().count()).isEqualTo(3000);
  }

  @Test
  void rangesNeverDecreaseInIdOrderAndAreSharedOutByTheSourcesRows() {
    // a1's ids sort first; b has half the rows, a and a1 a quarter each; z was expected to have
    // none but has a few.
    Dataset<Row> rows = ids(List.of("a", "a1", "b", "b"), 4000).union(ids(List.of("z"), 20));
    SourceHashIds.Ranges ranges =
        SourceHashIds.ranges(
                col("id"), col("source"), Map.of("a", 250L, "a1", 250L, "b", 500L, "z", 0L), 8)
            .orElseThrow();
    assertThat(ranges.count()).isEqualTo(8);

    List<Row> inIdOrder =
        rows.sort(col("id")).select(col("source"), ranges.range()).collectAsList();
    List<Integer> byRow = inIdOrder.stream().map(r -> r.getInt(1)).toList();
    assertThat(byRow).isSorted();
    // a1: ranges 0-1, a: 2-3, b: 4-7, each a slice of the hash digits, so about 500 rows each.
    Map<Integer, Long> perRange = new java.util.TreeMap<>();
    byRow.forEach(r -> perRange.merge(r, 1L, Long::sum));
    assertThat(perRange.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(perRange.values()).allMatch(n -> n > 350 && n < 650);
    assertThat(inIdOrder.stream().filter(r -> r.getString(0).equals("a1")).map(r -> r.getInt(1)))
        .containsOnly(0, 1);
    // z's rows (it was expected to have none) join b's last range: still in order.
    assertThat(inIdOrder.stream().filter(r -> r.getString(0).equals("z")).map(r -> r.getInt(1)))
        .containsOnly(7);
  }

  @Test
  void noRangesWhereThereIsNoPrefix() {
    assertThat(SourceHashIds.ranges(col("id"), col("source"), Map.of("a", 1L, "a:b", 1L), 4))
        .isEmpty();
  }

  @Test
  void noPrefixWhereASourcesIdsBeginWithAnothersOrThereAreNoSources() {
    assertThat(SourceHashIds.sortPrefix(col("id"), col("source"), List.of("a", "a:b"))).isEmpty();
    assertThat(SourceHashIds.sortPrefix(col("id"), col("source"), List.of())).isEmpty();
  }

  @Test
  void aRowOfAnotherSourceOrAnotherFormFailsRatherThanSortingOutOfOrder() {
    Column prefix = SourceHashIds.sortPrefix(col("id"), col("source"), List.of("a")).orElseThrow();
    Dataset<Row> unknown = ids(List.of("b"), 1);
    assertThatThrownBy(() -> unknown.select(prefix).collectAsList())
        .hasStackTraceContaining(
            "is not <source>:<16 lower-case hex digits> of a source of the job");
    Dataset<Row> upperCase =
        spark
            .createDataFrame(List.of(RowFactory.create("a", "x")), SCHEMA)
            .withColumn("id", lit("a:0123456789ABCDEF"));
    assertThatThrownBy(() -> upperCase.select(prefix).collectAsList())
        .hasStackTraceContaining("id 'a:0123456789ABCDEF' is not <source>");
  }
}
