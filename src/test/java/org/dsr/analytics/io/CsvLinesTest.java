package org.dsr.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLinesTest extends SparkTestBase {
  @TempDir Path out;

  private static final StructType SCHEMA =
      new StructType()
          .add("text", DataTypes.StringType)
          .add("whole", DataTypes.IntegerType)
          .add("big", DataTypes.LongType)
          .add("share", DataTypes.DoubleType)
          .add("usd", DataTypes.createDecimalType(20, 2))
          .add("flag", DataTypes.BooleanType);

  @Test
  void linesAreTheRecordsOfSparksCsvWriter() throws IOException {
    List<Row> rows = new ArrayList<>();
    String[] texts = {
      "plain",
      "",
      " Angola ",
      "a,b",
      "say \"hi\"",
      "line\nbreak",
      "cr\rhere",
      "#hash",
      "'=x",
      "\ttab",
      "Côte d’Ivoire",
      "trailing\\",
      "\"",
      ",",
      "null"
    };
    double[] shares = {0.0, -0.0, 1.0e-5, 88.9, 1.0e7, 12345678.9, Double.NaN, 1.0 / 3};
    for (int i = 0; i < texts.length; i++) {
      rows.add(
          RowFactory.create(
              texts[i],
              i - 7,
              (long) i * 1_000_000_007L,
              shares[i % shares.length],
              new BigDecimal(i % 2 == 0 ? "0.00" : "-12345678901234.50"),
              i % 2 == 0));
    }
    rows.add(RowFactory.create(null, null, null, null, null, null));
    rows.add(RowFactory.create("", null, null, null, null, null));
    Dataset<Row> data = spark.createDataFrame(rows, SCHEMA).repartition(1);

    // Spark's CSV writer is given the values as the CSV should show them: a text that a
    // spreadsheet would run as a formula with an apostrophe before it.
    Column text = col("text");
    Column formula =
        Stream.of("=", "+", "-", "@", "\t", "\r").map(text::startsWith).reduce(Column::or).get();
    data.withColumn("text", when(formula, concat(lit("'"), text)).otherwise(text))
        .write()
        .option("header", false)
        .option("quote", "\"")
        .option("escape", "\"")
        .option("lineSep", "\n")
        .option("ignoreLeadingWhiteSpace", false)
        .option("ignoreTrailingWhiteSpace", false)
        .csv(out.resolve("spark").toString());
    data.write().format(ParquetWithCsvParts.class.getName()).save(out.resolve("both").toString());

    String expected = parts(out.resolve("spark"), "part-");
    assertThat(parts(out.resolve("both"), "_csv-part-")).isEqualTo(expected);
    // What the comparison covers: quoting, the empty string, a row of nulls (a line of commas).
    assertThat(expected)
        .startsWith("plain,-7,0,0.0,0.00,true\n\"\",-6,1000000007,-0.0,-12345678901234.50,false\n")
        .contains("\"say \"\"hi\"\"\"", "\"line\nbreak\"", "\"#hash\"", "'\ttab", "'=x")
        .endsWith("\n,,,,,\n\"\",,,,,\n");
    // The Parquet files beside the CSV parts hold the same rows, the values as given.
    assertThat(spark.read().parquet(out.resolve("both").toString()).collectAsList())
        .containsExactlyElementsOf(data.collectAsList());
  }

  @Test
  void aColumnSparkWouldRenderOtherwiseIsRefusedBeforeAnyTask() {
    Dataset<Row> dates = spark.sql("select date'2024-01-31' as published");
    assertThatThrownBy(
            () ->
                dates
                    .write()
                    .format(ParquetWithCsvParts.class.getName())
                    .save(out.resolve("dates").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'published' has type date, not written");
    assertThat(out.resolve("dates/_SUCCESS")).doesNotExist();
  }

  private static String parts(Path folder, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      StringBuilder text = new StringBuilder();
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        text.append(Files.readString(part));
      }
      return text.toString();
    }
  }
}
