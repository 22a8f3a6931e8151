package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/**
 * 1e16, 1, -1e16, 1 add to 1 in this order and to 0 in the reverse one (1e16 + 1 rounds back to
 * 1e16): the aggregates must give one value for both orders.
 */
class OrderFreeAggregatesTest extends SparkTestBase {
  private static final StructType SCHEMA =
      new StructType()
          .add("g", DataTypes.StringType)
          .add("x", DataTypes.IntegerType)
          .add("y", DataTypes.DoubleType);

  private Dataset<Row> rows(List<Row> rows) {
    return spark.createDataFrame(rows, SCHEMA).coalesce(1);
  }

  private static List<Row> cancelling() {
    List<Row> rows = new ArrayList<>();
    double[] values = {1e16, 1.0, -1e16, 1.0};
    for (int i = 0; i < values.length; i++) {
      rows.add(RowFactory.create("a", 2000 + i, values[i]));
    }
    return rows;
  }

  private static Row aggregated(Dataset<Row> rows) {
    return rows.groupBy("g")
        .agg(
            OrderFreeAggregates.sum(col("y")).as("sum"),
            OrderFreeAggregates.mean(col("y")).as("mean"),
            org.apache.spark.sql.functions.sum(col("y")).as("spark_sum"))
        .first();
  }

  @Test
  void sumAndMeanAreTheSameWhateverTheRowOrder() {
    List<Row> reversed = new ArrayList<>(cancelling());
    Collections.reverse(reversed);
    Row forward = aggregated(rows(cancelling()));
    Row backward = aggregated(rows(reversed));
    // What Spark's own sum gives, to show the fixture does depend on the order.
    assertThat(List.of(forward.<Double>getAs("spark_sum"), backward.<Double>getAs("spark_sum")))
        .containsExactly(1.0, 0.0);
    assertThat(forward.<Double>getAs("sum")).isEqualTo(backward.<Double>getAs("sum"));
    assertThat(forward.<Double>getAs("mean")).isEqualTo(backward.<Double>getAs("mean"));
    // Ascending: -1e16 + 1 rounds to -1e16, + 1 again, + 1e16 = 0.
    assertThat(forward.<Double>getAs("sum")).isEqualTo(0.0);
  }

  @Test
  void sumAndMeanOfNoValuesAreNull() {
    Row none = aggregated(rows(List.of(RowFactory.create("a", 2000, null))));
    assertThat(none.<Double>getAs("sum")).isNull();
    assertThat(none.<Double>getAs("mean")).isNull();
  }

  @Test
  void slopeIsTheLeastSquaresSlopeAsRegrSlopeDefinesIt() {
    List<Row> line =
        Arrays.asList(
            RowFactory.create("line", 2019, 10.0),
            RowFactory.create("line", 2020, 20.0),
            RowFactory.create("line", 2021, 40.0),
            RowFactory.create("line", 2022, null), // not a pair: left out
            RowFactory.create("one", 2020, 5.0),
            RowFactory.create("flat", 2020, 5.0),
            RowFactory.create("flat", 2020, 7.0));
    List<Row> slopes =
        rows(line)
            .groupBy("g")
            .agg(
                OrderFreeAggregates.slope(col("y"), col("x")).as("slope"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .regr_slope(col("y"), col("x").cast("double"))
                    .as("spark_slope"))
            .orderBy("g")
            .collectAsList();
    assertThat(slopes).extracting(r -> r.getString(0)).containsExactly("flat", "line", "one");
    assertThat(slopes.get(0).get(1)).isNull(); // x does not vary
    assertThat(slopes.get(1).getDouble(1)).isCloseTo(15.0, within(1e-12));
    assertThat(slopes.get(1).getDouble(1)).isCloseTo(slopes.get(1).getDouble(2), within(1e-12));
    assertThat(slopes.get(2).get(1)).isNull(); // one pair
    assertThat(slopes.get(0).get(2)).isNull();
    assertThat(slopes.get(2).get(2)).isNull();
  }
}
