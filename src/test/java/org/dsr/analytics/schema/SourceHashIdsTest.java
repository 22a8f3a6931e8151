package org.dsr.analytics.schema;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
