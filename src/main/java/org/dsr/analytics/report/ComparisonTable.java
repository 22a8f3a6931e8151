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
import org.dsr.analytics.metrics.DependenceIndex;
import org.dsr.analytics.metrics.PanelColumns;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The comparison table: one row per selected country, in selection order, then the selection's
 * median. EGDI values are those of the latest edition up to the reference year; dependence and
 * lending those of the reference year; changes are since the baseline year.
 */
public final class ComparisonTable {
  public static final String COUNTRY = "country";
  public static final String POSITION = "position";
  public static final String EGDI_EDITION = "egdi_edition";

  private ComparisonTable() {}

  /** The numeric columns whose median makes the last row. */
  static final List<String> MEDIAN_COLUMNS =
      List.of(
          Columns.UN_RANK,
          Columns.PERCENTILE,
          DependenceIndex.INDEX,
          DependenceIndex.FINANCE_EXPOSURE,
          DependenceIndex.VENDOR_FOOTPRINT,
          DependenceIndex.INFRASTRUCTURE_BREADTH,
          DependenceIndex.DEPLOYMENT_INTENSITY,
          PanelColumns.ICT_LOANS_USD_CUMULATIVE,
          PanelColumns.ICT_LOANS_CUMULATIVE_PCT_GDP,
          PanelColumns.DEPLOYMENTS_CUMULATIVE,
          PanelColumns.VENDORS_PRESENT,
          "un_rank_change",
          "percentile_change",
          "dependence_index_change");

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
                .add(COUNTRY, DataTypes.StringType)
                .add(POSITION, DataTypes.IntegerType));
    Dataset<Row> now = egdiUpTo(countryYear, referenceYear);
    Dataset<Row> atYear =
        countryYear
            .where(col(Columns.YEAR).equalTo(referenceYear))
            .select(
                col(Columns.ISO3),
                col(PanelColumns.ICT_LOANS_USD_CUMULATIVE),
                col(PanelColumns.ICT_LOANS_CUMULATIVE_PCT_GDP),
                col(PanelColumns.DEPLOYMENTS_CUMULATIVE),
                col(PanelColumns.deploymentsCumulative("telecom_network")),
                col(PanelColumns.deploymentsCumulative("data_centre_cloud")),
                col(PanelColumns.deploymentsCumulative("e_government")),
                col(PanelColumns.deploymentsCumulative("safe_city_surveillance")),
                col(PanelColumns.VENDORS_PRESENT))
            .join(
                dependence
                    .where(col(Columns.YEAR).equalTo(referenceYear))
                    .select(
                        col(Columns.ISO3),
                        col(DependenceIndex.INDEX),
                        col(DependenceIndex.RANK),
                        col(DependenceIndex.FINANCE_EXPOSURE),
                        col(DependenceIndex.VENDOR_FOOTPRINT),
                        col(DependenceIndex.INFRASTRUCTURE_BREADTH),
                        col(DependenceIndex.DEPLOYMENT_INTENSITY)),
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
                      .select(col(Columns.ISO3), col(DependenceIndex.INDEX).as("_base_index")),
                  new String[] {Columns.ISO3},
                  "full");
      table =
          table
              .join(then, new String[] {Columns.ISO3}, "left")
              .withColumn("baseline_year", lit(baselineYear))
              .withColumn("un_rank_change", col("_base_rank").minus(col(Columns.UN_RANK)))
              .withColumn(
                  "percentile_change", col(Columns.PERCENTILE).minus(col("_base_percentile")))
              .withColumn(
                  "dependence_index_change", col(DependenceIndex.INDEX).minus(col("_base_index")));
    } else {
      table =
          table
              .withColumn("baseline_year", lit(null).cast(DataTypes.IntegerType))
              .withColumn("un_rank_change", lit(null).cast(DataTypes.IntegerType))
              .withColumn("percentile_change", lit(null).cast(DataTypes.DoubleType))
              .withColumn("dependence_index_change", lit(null).cast(DataTypes.DoubleType));
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
      } else if (name.equals(COUNTRY)) {
        value = lit("Median of the " + n + " countries");
      } else if (name.equals(POSITION)) {
        value = lit(n + 1);
      } else if (name.equals(Columns.YEAR) || name.equals("baseline_year")) {
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
        .where(col(PanelColumns.EGDI_OBSERVED).and(y.leq(year)))
        .groupBy(Columns.ISO3)
        .agg(
            max_by(
                    struct(
                        y.as(EGDI_EDITION),
                        col(Columns.UN_RANK),
                        col(Columns.PERCENTILE),
                        col(Columns.EGDI_GROUP)),
                    y)
                .as("_latest"))
        .select(col(Columns.ISO3), col("_latest.*"));
  }
}
