package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percent_rank;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.schema.Columns;

/** Per-edition measures of the EGDI, derived among the countries assessed in each edition. */
public final class EgdiEditions {
  public static final double VERY_HIGH_ABOVE = 0.75;
  public static final double HIGH_FROM = 0.50;
  public static final double MIDDLE_FROM = 0.25;

  private EgdiEditions() {}

  /**
   * Sets {@code percentile} and {@code egdi_group}.
   *
   * <p>Input: assessed rows with {@code survey_year} and {@code egdi}. Output: the same rows with
   * {@code percentile} = 100 × the share of the edition's other countries with a lower EGDI (ties
   * share a percentile; the lowest is 0, the highest 100), rounded to 2 decimals, and {@code
   * egdi_group} = very_high (egdi &gt; 0.75), high (≥ 0.50), middle (≥ 0.25) or low.
   */
  public static Dataset<Row> derive(Dataset<Row> assessed) {
    Column percentile =
        round(
            percent_rank()
                .over(Window.partitionBy(Columns.SURVEY_YEAR).orderBy(col(Columns.EGDI)))
                .multiply(100),
            2);
    return assessed
        .withColumn(Columns.PERCENTILE, percentile)
        .withColumn(Columns.EGDI_GROUP, group(col(Columns.EGDI)));
  }

  static Column group(Column egdi) {
    return when(egdi.gt(VERY_HIGH_ABOVE), lit("very_high"))
        .when(egdi.geq(HIGH_FROM), lit("high"))
        .when(egdi.geq(MIDDLE_FROM), lit("middle"))
        .otherwise(lit("low"));
  }
}
