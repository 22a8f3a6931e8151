package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.schema.Columns;

/** Checks across the rows of one survey edition. */
final class EgdiChecks {
  private EgdiChecks() {}

  /**
   * Warns where a country's published rank is better than that of a country with a higher EGDI in
   * the same edition: the lowest EGDI among all better-ranked countries is below its own.
   */
  static Dataset<Row> rankOrder(Dataset<Row> rows, Disposition disposition) {
    Column eligible = not(disposition.blocked(col(Issues.COLUMN)));
    Column lowestBetterRanked =
        min(when(col(Columns.UN_RANK).isNotNull(), col(Columns.EGDI)))
            .over(
                Window.partitionBy(eligible, col(Columns.SURVEY_YEAR))
                    .orderBy(col(Columns.UN_RANK))
                    .rangeBetween(Window.unboundedPreceding(), -1));
    return Issues.add(
        rows,
        Rules.RANK_CONTRADICTS_INDEX.where(
            eligible
                .and(col(Columns.UN_RANK).isNotNull())
                .and(col(Columns.EGDI).gt(lowestBetterRanked)),
            concat(
                lit("rank "),
                col(Columns.UN_RANK).cast("string"),
                lit(" with EGDI "),
                format_number(col(Columns.EGDI), 4),
                lit(" is ranked below a country with the lower EGDI "),
                format_number(lowestBetterRanked, 4))));
  }
}
