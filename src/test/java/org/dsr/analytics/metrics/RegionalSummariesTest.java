package org.dsr.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/**
 * Three UN members in one region: A (assessed, p 40, population 1), B (assessed in 2020 only, p 60,
 * population 3), C (never assessed). 2019: 1 of 3 with EGDI, under half: null. 2020: 2 of 3: median
 * (40+60)/2 = 50, population-weighted (40x1 + 60x3)/4 = 55.
 */
class RegionalSummariesTest extends SparkTestBase {

  @Test
  void groupValuesAreNullUnderHalfCoverage() {
    StructType members =
        new StructType()
            .add("iso3", DataTypes.StringType)
            .add("region", DataTypes.StringType)
            .add("sub_region", DataTypes.StringType)
            .add("income_group", DataTypes.StringType);
    StructType panelSchema =
        new StructType()
            .add("iso3", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("egdi_observed", DataTypes.BooleanType)
            .add("percentile", DataTypes.DoubleType)
            .add("population", DataTypes.DoubleType)
            .add("ict_loans_usd_cumulative", Datasets.MONEY_SUM)
            .add("deployments_cumulative_telecom_network", DataTypes.LongType)
            .add("deployments_cumulative_data_centre_cloud", DataTypes.LongType)
            .add("deployments_cumulative_e_government", DataTypes.LongType)
            .add("deployments_cumulative_safe_city_surveillance", DataTypes.LongType);
    java.math.BigDecimal zero = new java.math.BigDecimal("0.00");
    java.math.BigDecimal ten = new java.math.BigDecimal("10.00");
    Dataset<Row> panel =
        spark.createDataFrame(
            List.of(
                RowFactory.create("A", 2019, true, 40.0, 1.0, ten, 1L, 0L, 0L, 0L),
                RowFactory.create("B", 2019, false, null, 3.0, zero, 0L, 0L, 0L, 0L),
                RowFactory.create("C", 2019, false, null, 5.0, zero, 0L, 0L, 0L, 0L),
                RowFactory.create("A", 2020, true, 40.0, 1.0, ten, 1L, 0L, 0L, 0L),
                RowFactory.create("B", 2020, true, 60.0, 3.0, ten, 2L, 0L, 1L, 0L),
                RowFactory.create("C", 2020, false, null, 5.0, zero, 0L, 0L, 0L, 0L)),
            panelSchema);
    Dataset<Row> dependence =
        spark.createDataFrame(
            List.of(RowFactory.create("A", 2020, 30.0), RowFactory.create("B", 2020, 50.0)),
            new StructType()
                .add("iso3", DataTypes.StringType)
                .add("year", DataTypes.IntegerType)
                .add("dependence_index", DataTypes.DoubleType));
    Dataset<Row> regionMembers =
        spark.createDataFrame(
            List.of(
                RowFactory.create("A", "Africa", "Eastern Africa", "Low income"),
                RowFactory.create("B", "Africa", "Eastern Africa", "Low income"),
                RowFactory.create("C", "Africa", "Western Africa", "Low income")),
            members);

    List<Row> africa =
        RegionalSummaries.compute(regionMembers, panel, dependence)
            .where("group_type = 'region'")
            .orderBy("year")
            .collectAsList();
    Row y2019 = africa.get(0);
    assertThat(y2019.<Long>getAs("countries")).isEqualTo(3);
    assertThat(y2019.<Long>getAs("countries_with_egdi")).isEqualTo(1);
    assertThat(y2019.<Double>getAs("median_percentile")).isNull();
    assertThat(y2019.<Double>getAs("mean_dependence_index")).isNull();
    Row y2020 = africa.get(1);
    assertThat(y2020.<Double>getAs("median_percentile")).isEqualTo(50.0);
    assertThat(y2020.<Double>getAs("population_weighted_percentile")).isEqualTo(55.0);
    assertThat(y2020.<Double>getAs("mean_dependence_index")).isEqualTo(40.0);
    assertThat(y2020.<java.math.BigDecimal>getAs("ict_loans_usd_cumulative"))
        .isEqualByComparingTo("20.00");
    assertThat(y2020.<Long>getAs("countries_with_telecom_network")).isEqualTo(2);
    assertThat(y2020.<Long>getAs("countries_with_e_government")).isEqualTo(1);
  }
}
