package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/** Regional, sub-regional and income-group summaries (docs/methodology.md, section 4). */
public final class RegionalSummaries {
  public static final double MIN_COVERAGE = 0.5;

  private RegionalSummaries() {}

  /**
   * @param members UN member states: iso3, region, sub_region, income_group
   * @param panel the country_year panel
   * @param dependence the dependence dataset
   * @return one row per group type, group and panel year
   */
  public static Dataset<Row> compute(
      Dataset<Row> members, Dataset<Row> panel, Dataset<Row> dependence) {
    Dataset<Row> years = panel.select(Columns.YEAR).distinct();
    Dataset<Row> memberYears =
        members
            .crossJoin(years)
            .join(
                panel.drop(Columns.REGION, Columns.SUB_REGION, Columns.INCOME_GROUP),
                new String[] {Columns.ISO3, Columns.YEAR},
                "left")
            .join(
                dependence.select(Columns.ISO3, Columns.YEAR, Columns.DEPENDENCE_INDEX),
                new String[] {Columns.ISO3, Columns.YEAR},
                "left");
    List<Dataset<Row>> groups = new ArrayList<>();
    for (String type : List.of(Columns.REGION, Columns.SUB_REGION, Columns.INCOME_GROUP)) {
      groups.add(
          summarise(memberYears.where(col(type).isNotNull().and(col(type).notEqual(""))), type));
    }
    return groups.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  private static Dataset<Row> summarise(Dataset<Row> rows, String type) {
    Column p = when(col(Columns.EGDI_OBSERVED), col(Columns.PERCENTILE));
    Column pop = col(Columns.POPULATION);
    List<Column> aggs = new ArrayList<>();
    aggs.add(countDistinct(col(Columns.ISO3)).as(Columns.COUNTRIES));
    aggs.add(count(p).as(Columns.COUNTRIES_WITH_EGDI));
    aggs.add(count(col(Columns.DEPENDENCE_INDEX)).as(Columns.COUNTRIES_WITH_INDEX));
    aggs.add(median(p).as("_median"));
    aggs.add(
        OrderFreeAggregates.sum(p.multiply(pop))
            .divide(sum(when(p.isNotNull(), pop)))
            .as("_weighted"));
    aggs.add(OrderFreeAggregates.mean(col(Columns.DEPENDENCE_INDEX)).as("_mean_index"));
    aggs.add(
        sum(col(Columns.ICT_LOANS_USD_CUMULATIVE))
            .cast(Datasets.MONEY_SUM)
            .as(Columns.ICT_LOANS_USD_CUMULATIVE));
    for (String category : Categories.CRITICAL) {
      aggs.add(
          sum(when(col(Columns.deploymentsCumulative(category)).gt(0), 1L).otherwise(0L))
              .as(Columns.countriesWith(category)));
    }
    Column enoughEgdi =
        col(Columns.COUNTRIES_WITH_EGDI).geq(col(Columns.COUNTRIES).multiply(MIN_COVERAGE));
    Column enoughIndex =
        col(Columns.COUNTRIES_WITH_INDEX).geq(col(Columns.COUNTRIES).multiply(MIN_COVERAGE));
    return rows.groupBy(
            lit(type).as(Columns.GROUP_TYPE), col(type).as(Columns.GROUP_NAME), col(Columns.YEAR))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
        .withColumn(Columns.MEDIAN_PERCENTILE, when(enoughEgdi, col("_median")))
        .withColumn(Columns.POPULATION_WEIGHTED_PERCENTILE, when(enoughEgdi, col("_weighted")))
        .withColumn(Columns.MEAN_DEPENDENCE_INDEX, when(enoughIndex, col("_mean_index")))
        .drop("_median", "_weighted", "_mean_index");
  }
}
