package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.avg;
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
import org.dsr.analytics.reference.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/** Regional, sub-regional and income-group summaries (docs/methodology.md, section 4). */
public final class RegionalSummaries {
  public static final String GROUP_TYPE = "group_type";
  public static final String GROUP_NAME = "group_name";
  public static final double MIN_COVERAGE = 0.5;

  private RegionalSummaries() {}

  public static String countriesWith(String category) {
    return "countries_with_" + category;
  }

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
                panel.drop(PanelColumns.REGION, PanelColumns.SUB_REGION, PanelColumns.INCOME_GROUP),
                new String[] {Columns.ISO3, Columns.YEAR},
                "left")
            .join(
                dependence.select(Columns.ISO3, Columns.YEAR, DependenceIndex.INDEX),
                new String[] {Columns.ISO3, Columns.YEAR},
                "left");
    List<Dataset<Row>> groups = new ArrayList<>();
    for (String type :
        List.of(PanelColumns.REGION, PanelColumns.SUB_REGION, PanelColumns.INCOME_GROUP)) {
      groups.add(
          summarise(memberYears.where(col(type).isNotNull().and(col(type).notEqual(""))), type));
    }
    return groups.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  private static Dataset<Row> summarise(Dataset<Row> rows, String type) {
    Column p = when(col(PanelColumns.EGDI_OBSERVED), col(Columns.PERCENTILE));
    Column pop = col(PanelColumns.POPULATION);
    List<Column> aggs = new ArrayList<>();
    aggs.add(countDistinct(col(Columns.ISO3)).as("countries"));
    aggs.add(count(p).as("countries_with_egdi"));
    aggs.add(count(col(DependenceIndex.INDEX)).as("countries_with_index"));
    aggs.add(median(p).as("_median"));
    aggs.add(sum(p.multiply(pop)).divide(sum(when(p.isNotNull(), pop))).as("_weighted"));
    aggs.add(avg(col(DependenceIndex.INDEX)).as("_mean_index"));
    aggs.add(
        sum(col(PanelColumns.ICT_LOANS_USD_CUMULATIVE))
            .cast(Datasets.MONEY_SUM)
            .as(PanelColumns.ICT_LOANS_USD_CUMULATIVE));
    for (String category : Categories.CRITICAL) {
      aggs.add(
          sum(when(col(PanelColumns.deploymentsCumulative(category)).gt(0), 1L).otherwise(0L))
              .as(countriesWith(category)));
    }
    Column enoughEgdi = col("countries_with_egdi").geq(col("countries").multiply(MIN_COVERAGE));
    Column enoughIndex = col("countries_with_index").geq(col("countries").multiply(MIN_COVERAGE));
    return rows.groupBy(lit(type).as(GROUP_TYPE), col(type).as(GROUP_NAME), col(Columns.YEAR))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
        .withColumn("median_percentile", when(enoughEgdi, col("_median")))
        .withColumn("population_weighted_percentile", when(enoughEgdi, col("_weighted")))
        .withColumn("mean_dependence_index", when(enoughIndex, col("_mean_index")))
        .drop("_median", "_weighted", "_mean_index");
  }
}
