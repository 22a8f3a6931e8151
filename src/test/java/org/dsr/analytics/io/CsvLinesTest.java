package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
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

    data.write()
        .option("header", false)
        .option("quote", "\"")
        .option("escape", "\"")
        .option("lineSep", "\n")
        .option("ignoreLeadingWhiteSpace", false)
        .option("ignoreTrailingWhiteSpace", false)
        .csv(out.resolve("spark").toString());
    CsvLines.of(data)
        .write()
        .mode(SaveMode.Overwrite)
        .option("lineSep", "\n")
        .text(out.resolve("lines").toString());

    String spark = parts(out.resolve("spark"));
    assertThat(parts(out.resolve("lines"))).isEqualTo(spark);
    // What the comparison covers: quoting, the empty string, a row of nulls (a line of commas).
    assertThat(spark)
        .startsWith("plain,-7,0,0.0,0.00,true\n\"\",-6,1000000007,-0.0,-12345678901234.50,false\n")
        .contains("\"say \"\"hi\"\"\"", "\"line\nbreak\"", "\"#hash\"")
        .endsWith("\n,,,,,\n\"\",,,,,\n");
  }

  @Test
  void aColumnSparkWouldRenderOtherwiseIsRefused() {
    Dataset<Row> dates = spark.sql("select date'2024-01-31' as published");
    assertThatThrownBy(() -> CsvLines.of(dates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'published' has type date, not written");
  }

  private static String parts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      StringBuilder text = new StringBuilder();
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        text.append(Files.readString(part));
      }
      return text.toString();
    }
  }
}
