package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.SampleRun;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every output of the sample run with readers other than Spark: DuckDB (as an analyst's
 * notebook would) compares each Parquet file with its CSV, and Apache Parquet's own reader finds
 * the column descriptions in the file footer.
 */
class OutputReadabilityTest extends SparkTestBase {
  private static Path out;

  @BeforeAll
  static void runSample() {
    out = SampleRun.output();
  }

  static Stream<String> datasets() {
    return Datasets.all().stream().map(DatasetSpec::name);
  }

  private static Path parquetFile(String dataset) throws Exception {
    try (Stream<Path> files = Files.list(out.resolve("parquet/" + dataset))) {
      return files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void duckDbReadsTheSameRowsFromParquetAndCsv(String dataset) throws Exception {
    String parquet = out.resolve("parquet/" + dataset + "/*.parquet").toString();
    String csv = out.resolve("csv/" + dataset + ".csv").toString();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet rs =
          st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
        while (rs.next()) {
          types.put(rs.getString(1), rs.getString(2));
        }
      }
      List<String> columns = new ArrayList<>();
      types.forEach((name, type) -> columns.add("'" + name + "': '" + type + "'"));
      String csvTable =
          "read_csv('"
              + csv
              + "', header = true, allow_quoted_nulls = false, quote = '\"', escape = '\"', columns = {"
              + String.join(", ", columns)
              + "})";
      String parquetTable = "read_parquet('" + parquet + "')";
      assertThat(
              count(st, "SELECT * FROM " + parquetTable + " EXCEPT ALL SELECT * FROM " + csvTable))
          .isZero();
      assertThat(
              count(st, "SELECT * FROM " + csvTable + " EXCEPT ALL SELECT * FROM " + parquetTable))
          .isZero();
      assertThat(count(st, "SELECT * FROM " + parquetTable))
          .isEqualTo(spark.read().parquet(out.resolve("parquet/" + dataset).toString()).count());
      // Each column has the DuckDB type of its documented Spark type: money stays decimal.
      DatasetSpec spec =
          Datasets.all().stream().filter(d -> d.name().equals(dataset)).findFirst().orElseThrow();
      Map<String, String> expected = new LinkedHashMap<>();
      for (ColumnSpec c : spec.columns()) {
        expected.put(c.name(), duckDbType(c.type()));
      }
      assertThat(types).isEqualTo(expected);
    }
  }

  private static String duckDbType(DataType type) {
    if (type instanceof DecimalType d) {
      return "DECIMAL(" + d.precision() + "," + d.scale() + ")";
    }
    return switch (type.typeName()) {
      case "integer" -> "INTEGER";
      case "long" -> "BIGINT";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      case "string" -> "VARCHAR";
      default -> throw new AssertionError("no DuckDB type for " + type);
    };
  }

  private static long count(Statement st, String query) throws Exception {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + query + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void parquetFootersCarryTheColumnDescriptionsAndNoInt96() throws Exception {
    for (DatasetSpec spec : Datasets.all()) {
      Path file = parquetFile(spec.name());
      try (ParquetFileReader reader =
          ParquetFileReader.open(
              HadoopInputFile.fromPath(
                  new org.apache.hadoop.fs.Path(file.toString()), new Configuration()))) {
        ParquetMetadata footer = reader.getFooter();
        String sparkSchema =
            footer
                .getFileMetaData()
                .getKeyValueMetaData()
                .get("org.apache.spark.sql.parquet.row.metadata");
        assertThat(sparkSchema)
            .as(spec.name())
            .contains("\"comment\":\"" + spec.columns().get(0).description());
        assertThat(footer.getFileMetaData().getSchema().getColumns())
            .as(spec.name())
            .noneMatch(
                c ->
                    c.getPrimitiveType().getPrimitiveTypeName()
                        == PrimitiveType.PrimitiveTypeName.INT96);
      }
    }
  }
}
