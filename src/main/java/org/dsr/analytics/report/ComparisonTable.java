package org.dsr.analytics.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The comparison table: one row per selected country, in selection order, then the selection's
 * median. EGDI values are those of the latest edition up to the reference year; dependence and
 * lending those of the reference year; changes are since the baseline year.
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  /** The numeric columns whose median makes the last row. */
  static final List<String> MEDIAN_COLUMNS =
      List.of(
          Columns.UN_RANK,
          Columns.PERCENTILE,
          Columns.DEPENDENCE_INDEX,
          Columns.FINANCE_EXPOSURE,
          Columns.VENDOR_FOOTPRINT,
          Columns.INFRASTRUCTURE_BREADTH,
          Columns.DEPLOYMENT_INTENSITY,
          Columns.ICT_LOANS_USD_CUMULATIVE,
          Columns.ICT_LOANS_CUMULATIVE_PCT_GDP,
          Columns.DEPLOYMENTS_CUMULATIVE,
          Columns.FINANCED_DEPLOYMENTS_CUMULATIVE,
          Columns.ictLoansUsdCumulative(Categories.E_GOVERNMENT),
          Columns.VENDORS_PRESENT,
          Columns.UN_RANK_CHANGE,
          Columns.PERCENTILE_CHANGE,
          Columns.DEPENDENCE_INDEX_CHANGE);

  /**
   * @param selection ISO3 codes, in the order to show
   * @param names country name by ISO3
   * @param baselineYear null for no baseline
   */
  public static Dataset<Row> build(
      Dataset<Row> countryYear,
      Dataset<Row> dependence,
      List<String> selection,
      Map<String, String> names,
      int referenceYear,
      Integer baselineYear) {
    var spark = countryYear.sparkSession();
    List<Row> order = new ArrayList<>();
    for (int i = 0; i < selection.size(); i++) {
      order.add(RowFactory.create(selection.get(i), names.get(selection.get(i)), i + 1));
    }
    Dataset<Row> selected =
        spark.createDataFrame(
            order,
            new StructType()
                .add(Columns.ISO3, DataTypes.StringType)
                .add(Columns.COUNTRY, DataTypes.StringType)
                .add(Columns.POSITION, DataTypes.IntegerType));
    Dataset<Row> now = egdiUpTo(countryYear, referenceYear);
    Dataset<Row> atYear =
        countryYear
            .where(col(Columns.YEAR).equalTo(referenceYear))
            .select(
                col(Columns.ISO3),
                col(Columns.ICT_LOANS_USD_CUMULATIVE),
                col(Columns.ICT_LOANS_CUMULATIVE_PCT_GDP),
                col(Columns.DEPLOYMENTS_CUMULATIVE),
                col(Columns.deploymentsCumulative("telecom_network")),
                col(Columns.deploymentsCumulative("data_centre_cloud")),
                col(Columns.deploymentsCumulative("e_government")),
                col(Columns.deploymentsCumulative("safe_city_surveillance")),
                col(Columns.FINANCED_DEPLOYMENTS_CUMULATIVE),
                col(Columns.ictLoansUsdCumulative(Categories.E_GOVERNMENT)),
                col(Columns.VENDORS_PRESENT))
            .join(
                dependence
                    .where(col(Columns.YEAR).equalTo(referenceYear))
                    .select(
                        col(Columns.ISO3),
                        col(Columns.DEPENDENCE_INDEX),
                        col(Columns.DEPENDENCE_RANK),
                        col(Columns.FINANCE_EXPOSURE),
                        col(Columns.VENDOR_FOOTPRINT),
                        col(Columns.INFRASTRUCTURE_BREADTH),
                        col(Columns.DEPLOYMENT_INTENSITY)),
                new String[] {Columns.ISO3},
                "left");
    Dataset<Row> table =
        selected
            .join(now, new String[] {Columns.ISO3}, "left")
            .join(atYear, new String[] {Columns.ISO3}, "left")
            .withColumn(Columns.YEAR, lit(referenceYear));
    if (baselineYear != null) {
      Dataset<Row> then =
          egdiUpTo(countryYear, baselineYear)
              .select(
                  col(Columns.ISO3),
                  col(Columns.UN_RANK).as("_base_rank"),
                  col(Columns.PERCENTILE).as("_base_percentile"))
              .join(
                  dependence
                      .where(col(Columns.YEAR).equalTo(baselineYear))
                      .select(col(Columns.ISO3), col(Columns.DEPENDENCE_INDEX).as("_base_index")),
                  new String[] {Columns.ISO3},
                  "full");
      table =
          table
              .join(then, new String[] {Columns.ISO3}, "left")
              .withColumn(Columns.BASELINE_YEAR, lit(baselineYear))
              .withColumn(Columns.UN_RANK_CHANGE, col("_base_rank").minus(col(Columns.UN_RANK)))
              .withColumn(
                  Columns.PERCENTILE_CHANGE, col(Columns.PERCENTILE).minus(col("_base_percentile")))
              .withColumn(
                  Columns.DEPENDENCE_INDEX_CHANGE,
                  col(Columns.DEPENDENCE_INDEX).minus(col("_base_index")));
    } else {
      table =
          table
              .withColumn(Columns.BASELINE_YEAR, lit(null).cast(DataTypes.IntegerType))
              .withColumn(Columns.UN_RANK_CHANGE, lit(null).cast(DataTypes.IntegerType))
              .withColumn(Columns.PERCENTILE_CHANGE, lit(null).cast(DataTypes.DoubleType))
              .withColumn(Columns.DEPENDENCE_INDEX_CHANGE, lit(null).cast(DataTypes.DoubleType));
    }
    Dataset<Row> countries = table.select(MetricDatasets.COMPARISON.selection());
    return countries.unionByName(medianRow(countries, selection.size()));
  }

  private static Dataset<Row> medianRow(Dataset<Row> countries, int n) {
    List<Column> aggs = new ArrayList<>();
    for (ColumnSpec c : MetricDatasets.COMPARISON.columns()) {
      String name = c.name();
      Column value;
      if (MEDIAN_COLUMNS.contains(name)) {
        value = median(col(name));
      } else if (name.equals(Columns.COUNTRY)) {
        value = lit("Median of the " + n + " countries");
      } else if (name.equals(Columns.POSITION)) {
        value = lit(n + 1);
      } else if (name.equals(Columns.YEAR) || name.equals(Columns.BASELINE_YEAR)) {
        value = max(col(name));
      } else {
        value = lit(null);
      }
      aggs.add(value.cast(c.type()).as(name));
    }
    return countries.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /** Per country, the EGDI values of its latest edition up to the year. */
  static Dataset<Row> egdiUpTo(Dataset<Row> countryYear, int year) {
    Column y = col(Columns.YEAR);
    return countryYear
        .where(col(Columns.EGDI_OBSERVED).and(y.leq(year)))
        .groupBy(Columns.ISO3)
        .agg(
            max_by(
                    struct(
                        y.as(Columns.EGDI_EDITION),
                        col(Columns.UN_RANK),
                        col(Columns.PERCENTILE),
                        col(Columns.EGDI_GROUP)),
                    y)
                .as("_latest"))
        .select(col(Columns.ISO3), col("_latest.*"));
  }
}
