package org.dsr.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.generate.DataGenerator;
import org.dsr.analytics.jobs.PipelineJob;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated inputs (scale 0.001) through the pipeline and through the DuckDB reference SQL: every
 * column the SQL computes must agree for every country-year (and year and sensitivity variant).
 * {@code -Ddsr.reference.scale=0.01 -Ddsr.reference.seed=3} runs the same comparison on other data.
 */
class DuckDbReferenceTest extends SparkTestBase {
  private static final double RELATIVE_TOLERANCE = 1e-9;
  private static final double SCALE =
      Double.parseDouble(System.getProperty("dsr.reference.scale", "0.001"));
  private static final long SEED = Long.parseLong(System.getProperty("dsr.reference.seed", "7"));

  @TempDir static Path dir;
  private static PipelineJob.Result result;

  @BeforeAll
  static void runBoth() throws Exception {
    Path input = dir.resolve("input");
    DataGenerator.generate(input, SCALE, SEED);
    result =
        PipelineJob.run(
            spark,
            JobConfigLoader.load(input.resolve(DataGenerator.JOB_FILE))
                .withOutput(dir.resolve("out").toString()));
    DuckDbReference.run(input, dir.resolve("duckdb"));
  }

  @Test
  void pipelineReadsEveryGeneratedRowWithoutRejects() throws Exception {
    assertThat(
            rows(
                dir.resolve("out/parquet/rejects/*.parquet"),
                List.of("source_file", "line_number")))
        .isEmpty();
    Map<String, Long> deployments = outcomes("deployments");
    long deploymentRows = Math.round(SCALE * DataGenerator.DEPLOYMENTS_PER_SCALE);
    assertThat(deployments)
        .containsEntry("read", deploymentRows)
        .containsEntry("accepted", deploymentRows);
    // About 8% of AidData records are marked not for aggregates, and excluded.
    Map<String, Long> loans = outcomes("aiddata_gcdf3");
    long loanRows = Math.round(SCALE * DataGenerator.LOANS_PER_SCALE);
    long excluded = loans.get("excluded/not_recommended_for_aggregates");
    assertThat(loans)
        .containsEntry("read", loanRows)
        .containsEntry("accepted", loanRows - excluded);
    assertThat(excluded).isBetween(loanRows / 50, loanRows / 5);
  }

  @Test
  void countryYearAgreesWithTheReference() throws Exception {
    assertAgree("country_year");
  }

  @Test
  void dependenceAgreesWithTheReference() throws Exception {
    assertAgree("dependence");
  }

  @Test
  void sensitivityAgreesWithTheReference() throws Exception {
    assertAgree("dependence_sensitivity", "year", "variant");
  }

  private static Map<String, Long> outcomes(String source) {
    return result.outcomes().summaryBySource().get(source);
  }

  /** Every value of the reference's rows equals the pipeline's; rows matched by {@code key}. */
  private static void assertAgree(String dataset, String... key) throws Exception {
    List<String> keyColumns = key.length == 0 ? List.of("iso3", "year") : List.of(key);
    Map<String, Map<String, Object>> pipeline =
        rows(dir.resolve("out/parquet/" + dataset + "/*.parquet"), keyColumns);
    Map<String, Map<String, Object>> reference =
        rows(dir.resolve("duckdb/" + dataset + ".parquet"), keyColumns);
    assertThat(pipeline.keySet()).as(dataset + " rows").isEqualTo(reference.keySet());
    // Per column: how many rows differ, and the first of them.
    Map<String, List<String>> differences = new TreeMap<>();
    for (var row : reference.entrySet()) {
      Map<String, Object> actual = pipeline.get(row.getKey());
      for (var cell : row.getValue().entrySet()) {
        assertThat(actual).as(dataset + " columns").containsKey(cell.getKey());
        Object mine = actual.get(cell.getKey());
        if (!same(mine, cell.getValue())) {
          differences
              .computeIfAbsent(cell.getKey(), c -> new ArrayList<>())
              .add(row.getKey() + ": pipeline " + mine + ", duckdb " + cell.getValue());
        }
      }
    }
    Map<String, String> summary = new TreeMap<>();
    differences.forEach((c, d) -> summary.put(c, d.size() + " rows, e.g. " + d.get(0)));
    assertThat(summary).as(dataset + " columns that differ").isEmpty();
  }

  /** Doubles within a relative 1e-9, decimals exactly, integers of any width by value. */
  private static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }
    if (a instanceof BigDecimal || b instanceof BigDecimal) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.longValue() == y.longValue();
    }
    return Objects.equals(a, b);
  }

  /** The Parquet rows at {@code glob}, read with DuckDB, by their key columns' values. */
  private static Map<String, Map<String, Object>> rows(Path glob, List<String> key)
      throws Exception {
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SELECT * FROM read_parquet('" + glob + "')")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnName(i), rs.getObject(i));
        }
        rows.put(key.stream().map(k -> String.valueOf(row.get(k))).toList().toString(), row);
      }
    }
    return rows;
  }
}
