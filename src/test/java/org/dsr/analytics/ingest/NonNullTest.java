package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class NonNullTest extends SparkTestBase {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType)
          .add("a", DataTypes.StringType)
          .add("b", DataTypes.StringType)
          .add("c", DataTypes.StringType);

  private Dataset<Row> rows() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create(1, "x", null, "z"),
            RowFactory.create(2, null, null, null),
            RowFactory.create(3, null, "y", null),
            RowFactory.create(4, "", "b", "c")),
        SCHEMA);
  }

  @Test
  void keepsTheNonNullCandidatesInOrder() {
    List<Row> out =
        rows()
            .select(col("id"), NonNull.array(col("a"), col("b"), col("c")).as("found"))
            .orderBy("id")
            .collectAsList();
    assertThat(out.stream().map(r -> r.getList(1)).toList())
        .containsExactly(List.of("x", "z"), List.of(), List.of("y"), Arrays.asList("", "b", "c"));
  }

  @Test
  void anAllNullRowGivesATypedEmptyArrayNotNull() {
    Dataset<Row> out =
        rows()
            .where(col("id").equalTo(2))
            .select(
                NonNull.array(
                        when(
                            col("a").isNotNull(),
                            struct(col("a").as("rule"), lit("m").as("message"))))
                    .as("found"));
    assertThat(out.schema().apply("found").dataType()).isInstanceOf(ArrayType.class);
    assertThat(((ArrayType) out.schema().apply("found").dataType()).elementType())
        .isInstanceOf(StructType.class);
    assertThat(out.first().getList(0)).isEmpty();
  }
}
