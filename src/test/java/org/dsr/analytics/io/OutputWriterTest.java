package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest extends SparkTestBase {
  @TempDir Path out;

  private static final DatasetSpec SPEC =
      new DatasetSpec(
          "hostile",
          "test row",
          List.of(
              new ColumnSpec("id", DataTypes.IntegerType, "", "order"),
              new ColumnSpec("name", DataTypes.StringType, "", "text from an input"),
              new ColumnSpec("amount", DataTypes.DoubleType, "", "a number")),
          List.of("id"));

  @Test
  void csvNeutralisesSpreadsheetFormulasButKeepsNumbersAndSpaces() throws Exception {
    var rows =
        List.of(
            RowFactory.create(1, "=HYPERLINK(\"http://x\")", -5.0),
            RowFactory.create(2, "+1", 1.0),
            RowFactory.create(3, "-x", 2.0),
            RowFactory.create(4, "@SUM(A1)", 3.0),
            RowFactory.create(5, "\tTab", 4.0),
            RowFactory.create(6, " Angola ", 5.0),
            RowFactory.create(7, "a,b \"c\"\nd", 6.0),
            RowFactory.create(8, "\rCR", 7.0),
            RowFactory.create(9, "x=1", 8.0),
            RowFactory.create(10, "", 9.0));
    new OutputWriter(out.toString()).write(spark.createDataFrame(rows, SPEC.schema()), SPEC);

    String csv = Files.readString(out.resolve("csv/hostile.csv"));
    assertThat(csv)
        .isEqualTo(
            "id,name,amount\n"
                + "1,\"'=HYPERLINK(\"\"http://x\"\")\",-5.0\n"
                + "2,'+1,1.0\n"
                + "3,'-x,2.0\n"
                + "4,'@SUM(A1),3.0\n"
                + "5,'\tTab,4.0\n"
                + "6, Angola ,5.0\n"
                + "7,\"a,b \"\"c\"\"\nd\",6.0\n"
                + "8,\"'\rCR\",7.0\n"
                + "9,x=1,8.0\n"
                + "10,\"\",9.0\n");
    // Parquet keeps the values as read.
    List<Row> parquet =
        spark
            .read()
            .parquet(out.resolve("parquet/hostile").toString())
            .orderBy("id")
            .collectAsList();
    assertThat(parquet.get(0).getString(1)).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(parquet.get(0).getDouble(2)).isEqualTo(-5.0);
  }

  @Test
  void aDatasetThatGrowsWithTheInputsIsWrittenInSortedRangesAndJoinedIntoOneCsv() throws Exception {
    DatasetSpec rejects = org.dsr.analytics.schema.Datasets.REJECTS;
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      long line = (i * 7919L) % 500 + 1; // every line once, in no order
      rows.add(RowFactory.create("src", "f.csv", line, "raw " + line, "rule", "m"));
    }
    // Without merging small partitions, the ranges stay apart: two tasks, two Parquet files.
    spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
    Dataset<Row> written;
    try {
      written =
          new OutputWriter(out.toString())
              .write(
                  spark
                      .createDataFrame(rows, rejects.schema())
                      .withColumn(
                          "source_file",
                          functions.coalesce(functions.col("source_file"), functions.lit("?"))),
                  rejects);
    } finally {
      spark.conf().unset("spark.sql.adaptive.coalescePartitions.enabled");
    }
    try (var parts = Files.list(out.resolve("parquet/rejects"))) {
      // Two Parquet files, and none of the CSV parts written beside them is left.
      assertThat(
              parts
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.startsWith("."))
                  .map(n -> n.replaceAll("-[0-9a-f-]{36}-", "-<uuid>-")))
          .containsExactlyInAnyOrder(
              "_SUCCESS",
              "part-00000-<uuid>-c000.snappy.parquet",
              "part-00001-<uuid>-c000.snappy.parquet");
    }
    // The rows returned are those of the Parquet files, in their order, with the written schema:
    // a column computed as never null (source_file) is still marked so, though Spark reads every
    // Parquet column as nullable.
    assertThat(written.schema().apply("source_file").nullable()).isFalse();
    assertThat(written.schema().apply("raw_record").nullable()).isTrue();
    assertThat(written.collectAsList())
        .extracting(r -> r.getLong(2))
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 500).boxed().toList());
    List<String> csv = Files.readAllLines(out.resolve("csv/rejects.csv"));
    assertThat(csv).hasSize(501);
    assertThat(csv.get(0)).isEqualTo(String.join(",", rejects.schema().fieldNames()));
    for (int line = 1; line <= 500; line++) {
      assertThat(csv.get(line)).isEqualTo("src,f.csv," + line + ",raw " + line + ",rule,m");
    }
    try (var files = Files.list(out.resolve("csv"))) {
      // No part files or scratch folder left beside it (Hadoop's hidden .crc files aside).
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactly("rejects.csv");
    }
  }

  @Test
  void deploymentsSortedWithTheirIdsPrefixAreWrittenAsWithoutIt() throws Exception {
    DatasetSpec deployments = org.dsr.analytics.schema.Datasets.DEPLOYMENTS;
    Dataset<Row> rows =
        spark
            .range(600)
            .select(
                functions
                    .when(functions.col("id").mod(3).equalTo(0), "a1")
                    .when(functions.col("id").mod(3).equalTo(1), "a")
                    .otherwise("deployments")
                    .as("source"),
                functions.col("id").cast("string").as("what"));
    List<Column> columns = new java.util.ArrayList<>();
    for (var field : deployments.schema().fields()) {
      columns.add(
          switch (field.name()) {
            case "deployment_id" ->
                org.dsr.analytics.schema.SourceHashIds.of(
                        functions.col("source"), functions.col("what"))
                    .as(field.name());
            case "source" -> functions.col("source");
            default -> functions.lit("1").cast(field.dataType()).as(field.name());
          });
    }
    Dataset<Row> data = rows.select(columns.toArray(Column[]::new));

    new OutputWriter(out.resolve("plain").toString()).write(data, deployments);
    new OutputWriter(out.resolve("prefixed").toString())
        .forSources(Map.of("deployments", 200L, "a", 200L, "a1", 200L, "unused", 0L))
        .write(data, deployments);
    // Sources of a million rows each (as far as the writer is told): cut into ranges of their ids,
    // one per source with the tests' two shuffle partitions, without sampling the rows.
    new OutputWriter(out.resolve("ranges").toString())
        .forSources(
            Map.of("deployments", 1_000_000L, "a", 1_000_000L, "a1", 1_000_000L, "unused", 0L))
        .write(data, deployments);

    List<String> plain = Files.readAllLines(out.resolve("plain/csv/deployments.csv"));
    assertThat(Files.readAllLines(out.resolve("prefixed/csv/deployments.csv")))
        .isEqualTo(plain)
        .hasSize(601);
    assertThat(Files.readAllLines(out.resolve("ranges/csv/deployments.csv"))).isEqualTo(plain);
    try (var parts = Files.list(out.resolve("ranges/parquet/deployments"))) {
      assertThat(parts.filter(p -> p.toString().endsWith(".parquet")).count()).isEqualTo(3);
    }
    List<String> ids = plain.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(ids).isSorted();
    assertThat(ids.get(0)).startsWith("a1:");
  }

  @Test
  void aTextFileOnAFullDiskFailsAsAnOutputError() {
    java.io.File full = new java.io.File("/dev/full"); // every write fails: no space left
    org.junit.jupiter.api.Assumptions.assumeTrue(
        full.canWrite(), "SKIPPED: no writable /dev/full on this machine");
    // Without checksum files, the write goes straight to the device.
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    conf.setClass(
        "fs.file.impl",
        org.apache.hadoop.fs.RawLocalFileSystem.class,
        org.apache.hadoop.fs.FileSystem.class);
    conf.setBoolean("fs.file.impl.disable.cache", true);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new OutputWriter("/dev").writeText("full", "x".repeat(100_000), conf))
        .isInstanceOf(OutputException.class)
        .hasMessage("cannot write /dev/full: IOException: No space left on device");
  }
}
