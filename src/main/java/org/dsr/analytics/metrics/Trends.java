package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;

/** Per-country trends (docs/methodology.md, section 3): ranks, percentiles, groups, dependence. */
public final class Trends {
  public static final int COVID_FROM = 2018;
  public static final int COVID_TO = 2022;

  private Trends() {}

  /**
   * Input: canonical egdi rows, deployments, the dependence dataset and the country_year panel.
   * Output: one row per country with EGDI data (columns in the data dictionary's {@code trends}).
   */
  public static Dataset<Row> compute(
      Dataset<Row> egdi, Dataset<Row> deployments, Dataset<Row> dependence, Dataset<Row> panel) {
    Column year = col(Columns.SURVEY_YEAR);
    Column p = col(Columns.PERCENTILE);
    Column rank = col(Columns.UN_RANK);
    Dataset<Row> numbered =
        egdi.withColumn(
            "_recency", row_number().over(Window.partitionBy(Columns.ISO3).orderBy(year.desc())));
    Column recent = col("_recency");
    Dataset<Row> editions =
        numbered
            .groupBy(Columns.ISO3)
            .agg(
                min(year).as(Columns.FIRST_EDITION),
                max(year).as(Columns.LAST_EDITION),
                count(lit(1)).as(Columns.EDITIONS),
                min_by(rank, year).as(Columns.FIRST_RANK),
                max_by(rank, year).as(Columns.LAST_RANK),
                min_by(p, year).as(Columns.FIRST_PERCENTILE),
                max_by(p, year).as(Columns.LAST_PERCENTILE),
                min_by(col(Columns.EGDI_GROUP), year).as(Columns.FIRST_GROUP),
                max_by(col(Columns.EGDI_GROUP), year).as(Columns.LAST_GROUP),
                OrderFreeAggregates.slope(p, year).as(Columns.PERCENTILE_SLOPE),
                max(when(recent.equalTo(2), year)).as(Columns.RECENT_FROM),
                max(when(recent.equalTo(1), year)).as(Columns.RECENT_TO),
                max(when(recent.equalTo(2), rank)).as("_recent_from_rank"),
                max(when(recent.equalTo(1), rank)).as("_recent_to_rank"),
                max(when(recent.equalTo(2), p)).as("_recent_from_p"),
                max(when(recent.equalTo(1), p)).as("_recent_to_p"),
                max(when(year.equalTo(COVID_FROM), rank)).as("_covid_from_rank"),
                max(when(year.equalTo(COVID_TO), rank)).as("_covid_to_rank"),
                max(when(year.equalTo(COVID_FROM), p)).as("_covid_from_p"),
                max(when(year.equalTo(COVID_TO), p)).as("_covid_to_p"))
            .withColumn(Columns.RANK_CHANGE, col(Columns.FIRST_RANK).minus(col(Columns.LAST_RANK)))
            .withColumn(
                Columns.PERCENTILE_CHANGE,
                col(Columns.LAST_PERCENTILE).minus(col(Columns.FIRST_PERCENTILE)))
            .withColumn(
                Columns.GROUP_MOVE,
                when(
                    col(Columns.FIRST_GROUP).notEqual(col(Columns.LAST_GROUP)),
                    concat(col(Columns.FIRST_GROUP), lit(" -> "), col(Columns.LAST_GROUP))))
            .withColumn(
                Columns.RECENT_RANK_CHANGE, col("_recent_from_rank").minus(col("_recent_to_rank")))
            .withColumn(
                Columns.RECENT_PERCENTILE_CHANGE, col("_recent_to_p").minus(col("_recent_from_p")))
            .withColumn(
                Columns.COVID_RANK_CHANGE, col("_covid_from_rank").minus(col("_covid_to_rank")))
            .withColumn(
                Columns.COVID_PERCENTILE_CHANGE, col("_covid_to_p").minus(col("_covid_from_p")));

    Dataset<Row> firstDeployment =
        deployments
            .where(
                col(Columns.CATEGORY).isin(Categories.E_GOVERNMENT, Categories.DATA_CENTRE_CLOUD))
            .groupBy(Columns.ISO3)
            .agg(min(Columns.YEAR).as(Columns.FIRST_EGOV_DEPLOYMENT_YEAR));
    Dataset<Row> beforeAfter = beforeAfter(egdi, firstDeployment);

    Column indexYear = col(Columns.YEAR);
    Column index = col(Columns.DEPENDENCE_INDEX);
    Dataset<Row> dependenceTrend =
        dependence
            .where(index.isNotNull())
            .groupBy(Columns.ISO3)
            .agg(
                min(indexYear).as(Columns.DEPENDENCE_FIRST_YEAR),
                max(indexYear).as(Columns.DEPENDENCE_LAST_YEAR),
                max_by(index, indexYear)
                    .minus(min_by(index, indexYear))
                    .as(Columns.DEPENDENCE_CHANGE),
                OrderFreeAggregates.slope(index, indexYear).as(Columns.DEPENDENCE_SLOPE));

    Column ict = col(Columns.ICT_LOANS_USD_CUMULATIVE).cast("double");
    Dataset<Row> lending =
        panel
            .groupBy(Columns.ISO3)
            .agg(
                min(when(ict.gt(0), indexYear)).as("_y0"),
                min_by(when(ict.gt(0), ict), when(ict.gt(0), indexYear)).as("_v0"),
                max(indexYear).as("_y1"),
                max_by(ict, indexYear).as("_v1"))
            .withColumn(
                Columns.ICT_LENDING_CAGR,
                when(
                    col("_y1").gt(col("_y0")),
                    pow(
                            col("_v1").divide(col("_v0")),
                            lit(1.0).divide(col("_y1").minus(col("_y0"))))
                        .minus(1)))
            .select(Columns.ISO3, Columns.ICT_LENDING_CAGR);

    return editions
        .join(beforeAfter, new String[] {Columns.ISO3}, "left")
        .join(dependenceTrend, new String[] {Columns.ISO3}, "left")
        .join(lending, new String[] {Columns.ISO3}, "left");
  }

  /**
   * Percentile change per year from the first to the last edition up to the first e-government or
   * data-centre deployment year, and from it on; null where a side has fewer than 2 editions.
   */
  private static Dataset<Row> beforeAfter(Dataset<Row> egdi, Dataset<Row> firstDeployment) {
    Column year = col(Columns.SURVEY_YEAR);
    Column p = col(Columns.PERCENTILE);
    Column d = col(Columns.FIRST_EGOV_DEPLOYMENT_YEAR);
    Column before = year.leq(d);
    Column after = year.geq(d);
    Dataset<Row> sides =
        egdi.join(firstDeployment, Columns.ISO3)
            .groupBy(col(Columns.ISO3), d)
            .agg(
                sum(when(before, 1).otherwise(0)).as(Columns.EDITIONS_BEFORE),
                sum(when(after, 1).otherwise(0)).as(Columns.EDITIONS_AFTER),
                min(when(before, year)).as("_b0"),
                max(when(before, year)).as("_b1"),
                min_by(p, when(before, year)).as("_pb0"),
                max_by(p, when(before, year)).as("_pb1"),
                min(when(after, year)).as("_a0"),
                max(when(after, year)).as("_a1"),
                min_by(p, when(after, year)).as("_pa0"),
                max_by(p, when(after, year)).as("_pa1"));
    return sides
        .withColumn(
            Columns.PERCENTILE_CHANGE_PER_YEAR_BEFORE,
            when(
                col(Columns.EDITIONS_BEFORE).geq(2),
                col("_pb1").minus(col("_pb0")).divide(col("_b1").minus(col("_b0")))))
        .withColumn(
            Columns.PERCENTILE_CHANGE_PER_YEAR_AFTER,
            when(
                col(Columns.EDITIONS_AFTER).geq(2),
                col("_pa1").minus(col("_pa0")).divide(col("_a1").minus(col("_a0")))))
        .select(
            Columns.ISO3,
            Columns.FIRST_EGOV_DEPLOYMENT_YEAR,
            Columns.EDITIONS_BEFORE,
            Columns.EDITIONS_AFTER,
            Columns.PERCENTILE_CHANGE_PER_YEAR_BEFORE,
            Columns.PERCENTILE_CHANGE_PER_YEAR_AFTER);
  }
}
