package org.dsr.analytics.testing;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.schema.Datasets;

/** Tiny canonical datasets built in code, in the documented schemas, for metric tests. */
public final class Canonical {
  private Canonical() {}

  public static Row egdi(
      String iso3, int year, double egdi, int rank, double percentile, String group) {
    return RowFactory.create(
        iso3, year, egdi, egdi, egdi, egdi, egdi, rank, percentile, group, "egdi", "egdi.csv", 1L);
  }

  public static Row macro(String iso3, int year, String indicator, double value) {
    return RowFactory.create(iso3, year, indicator, value, "wdi", "wdi.csv", 1L);
  }

  /** A loan; amounts as decimal strings, constant (base 2021) may be null. */
  public static Row loan(
      String source, String id, String iso3, int year, boolean ict, String usd, String usd2021) {
    return RowFactory.create(
        source + ":" + id,
        iso3,
        year,
        "China Eximbank",
        ict ? "ict" : "transport",
        ict ? "COMMUNICATIONS" : "TRANSPORT",
        ict,
        ict ? "telecom_network" : null,
        ict ? "title says 'telecommunications'" : null,
        new BigDecimal(usd),
        usd2021 == null ? null : new BigDecimal(usd2021),
        usd2021 == null ? null : 2021,
        "OOF-like",
        "Completion",
        id,
        null,
        null,
        null,
        source,
        source + ".csv",
        1L);
  }

  public static Row deployment(String iso3, String vendor, int year, String category) {
    return financedDeployment(iso3, vendor, year, category, null);
  }

  /** A deployment that a finance record (loan_id; null: none) names. */
  public static Row financedDeployment(
      String iso3, String vendor, int year, String category, String loanId) {
    return RowFactory.create(
        iso3 + vendor + year + category,
        vendor,
        iso3,
        year,
        category,
        "project",
        null,
        null,
        loanId,
        loanId == null ? null : "China Eximbank",
        loanId == null ? null : new BigDecimal("100.00"),
        "deployments",
        "d.csv",
        1L);
  }

  public static Dataset<Row> egdi(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Datasets.EGDI.schema());
  }

  public static Dataset<Row> macro(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Datasets.MACRO.schema());
  }

  public static Dataset<Row> loans(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Datasets.LOANS.schema());
  }

  public static Dataset<Row> deployments(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Datasets.DEPLOYMENTS.schema());
  }
}
