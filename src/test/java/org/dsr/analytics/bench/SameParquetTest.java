package org.dsr.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameParquetTest extends SparkTestBase {
  @TempDir Path dir;

  private static final StructType SCHEMA =
      new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType);

  @Test
  void theSameRowsSplitOtherwiseAreEqualAndAChangedOneIsNamed() throws Exception {
    List<Row> rows =
        List.of(
            RowFactory.create(1, "Angola"),
            RowFactory.create(2, "Kenya"),
            RowFactory.create(3, "Togo"),
            RowFactory.create(4, "Zambia"));
    spark
        .createDataFrame(rows, SCHEMA)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("a/parquet/names").toString());
    // The same rows in two files, by range: the first two in one, the last two in the other.
    spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
    try {
      spark
          .createDataFrame(rows, SCHEMA)
          .repartitionByRange(2, org.apache.spark.sql.functions.col("id"))
          .sortWithinPartitions("id")
          .write()
          .parquet(dir.resolve("b/parquet/names").toString());
    } finally {
      spark.conf().unset("spark.sql.adaptive.coalescePartitions.enabled");
    }
    spark
        .createDataFrame(
            List.of(rows.get(0), rows.get(1), RowFactory.create(3, "Tanzania"), rows.get(3)),
            SCHEMA)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("c/parquet/names").toString());

    try (var files = java.nio.file.Files.list(dir.resolve("b/parquet/names"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".parquet")).count()).isEqualTo(2);
    }
    assertThat(SameParquet.compare(dir.resolve("a"), dir.resolve("b"))).isEmpty();
    assertThat(SameParquet.compare(dir.resolve("a"), dir.resolve("c")))
        .containsExactly("parquet/names: row 3: [3, Togo] against [3, Tanzania]");
    // The same values with a column that may no longer be null: another schema.
    spark
        .createDataFrame(
            rows,
            new StructType()
                .add("id", DataTypes.IntegerType)
                .add("name", DataTypes.StringType, false))
        .coalesce(1)
        .write()
        .parquet(dir.resolve("d/parquet/names").toString());
    assertThat(SameParquet.compare(dir.resolve("a"), dir.resolve("d")))
        .singleElement()
        .asString()
        .startsWith("parquet/names: schema ")
        .contains("name BYTE_ARRAY OPTIONAL")
        .contains("name BYTE_ARRAY REQUIRED");
  }
}
