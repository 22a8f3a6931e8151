package org.dsr.analytics.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The records behind each compared country's index (the evidence dataset): its largest loans and
 * deployments up to the reference year, so a reader of the comparison sees what the numbers rest
 * on.
 */
public final class ComparisonEvidence {
  /** Records listed per country. */
  public static final int PER_COUNTRY = 5;

  private ComparisonEvidence() {}

  /** One record behind a country's index. */
  public record Entry(
      String country,
      int year,
      String components,
      String source,
      String recordId,
      String vendor,
      String category,
      BigDecimal amountUsd,
      String admittedBy) {}

  /**
   * @return per selected country, in selection order, its {@value #PER_COUNTRY} records of the
   *     largest amount (then the latest) up to the reference year, each with the components it
   *     counts in (an evidence row holds a record once)
   */
  public static List<Entry> top(
      Dataset<Row> evidence, List<String> selection, int referenceYear, Map<String, String> names) {
    Dataset<Row> records =
        evidence.where(
            col(Columns.ROLE)
                .equalTo(MetricDatasets.RECORD)
                .and(col(Columns.YEAR).leq(referenceYear))
                .and(col(Columns.ISO3).isin(selection.toArray())));
    var largest =
        Window.partitionBy(Columns.ISO3)
            .orderBy(
                col(Columns.AMOUNT_USD).desc_nulls_last(),
                col(Columns.YEAR).desc(),
                col(Columns.RECORD_ID),
                col(Columns.SOURCE));
    List<Row> rows =
        records
            .withColumn("_n", row_number().over(largest))
            .where(col("_n").leq(PER_COUNTRY))
            .collectAsList();
    return rows.stream()
        .sorted(
            java.util.Comparator.<Row>comparingInt(
                    r -> selection.indexOf(r.<String>getAs(Columns.ISO3)))
                .thenComparingInt(r -> r.<Integer>getAs("_n")))
        .map(
            r ->
                new Entry(
                    names.getOrDefault(r.<String>getAs(Columns.ISO3), r.getAs(Columns.ISO3)),
                    r.<Integer>getAs(Columns.YEAR),
                    r.getAs(Columns.COMPONENTS),
                    r.getAs(Columns.SOURCE),
                    r.getAs(Columns.RECORD_ID),
                    r.getAs(Columns.VENDOR),
                    r.getAs(Columns.CATEGORY),
                    r.getAs(Columns.AMOUNT_USD),
                    r.getAs(Columns.ADMITTED_BY)))
        .toList();
  }
}
