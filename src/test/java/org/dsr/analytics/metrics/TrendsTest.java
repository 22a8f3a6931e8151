package org.dsr.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dsr.analytics.testing.Canonical.deployment;
import static org.dsr.analytics.testing.Canonical.egdi;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.Canonical;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KEN: editions 2010 (rank 50, p 60, middle), 2012 (40, 70, high), 2014 (45, 65, high), 2018 (30,
 * 80, high), 2022 (20, 90, very_high); not assessed in 2016; first Chinese data centre in 2014.
 * ETH: one edition only.
 */
class TrendsTest extends SparkTestBase {
  private static Row ken;
  private static Row eth;

  @BeforeAll
  static void compute() {
    Dataset<Row> egdi =
        Canonical.egdi(
            spark,
            egdi("KEN", 2010, 0.40, 50, 60.0, "middle"),
            egdi("KEN", 2012, 0.50, 40, 70.0, "high"),
            egdi("KEN", 2014, 0.55, 45, 65.0, "high"),
            egdi("KEN", 2018, 0.60, 30, 80.0, "high"),
            egdi("KEN", 2022, 0.80, 20, 90.0, "very_high"),
            egdi("ETH", 2020, 0.80, 10, 95.0, "very_high"));
    Dataset<Row> deployments =
        Canonical.deployments(
            spark,
            deployment("KEN", "Huawei", 2014, "data_centre_cloud"),
            deployment("KEN", "Huawei", 2019, "e_government"),
            deployment("ETH", "ZTE", 2019, "e_government"));
    StructType dep =
        new StructType()
            .add("iso3", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("dependence_index", DataTypes.DoubleType);
    Dataset<Row> dependence =
        spark.createDataFrame(
            List.of(
                RowFactory.create("KEN", 2019, 10.0),
                RowFactory.create("KEN", 2020, 20.0),
                RowFactory.create("KEN", 2021, 40.0)),
            dep);
    StructType panelSchema =
        new StructType()
            .add("iso3", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("ict_loans_usd_cumulative", Datasets.MONEY_SUM);
    Dataset<Row> panel =
        spark.createDataFrame(
            List.of(
                RowFactory.create("KEN", 2018, new java.math.BigDecimal("0.00")),
                RowFactory.create("KEN", 2019, new java.math.BigDecimal("100.00")),
                RowFactory.create("KEN", 2021, new java.math.BigDecimal("121.00"))),
            panelSchema);
    List<Row> rows =
        Trends.compute(egdi, deployments, dependence, panel).orderBy("iso3").collectAsList();
    eth = rows.get(0);
    ken = rows.get(1);
  }

  @Test
  void firstAndLastEditionsRanksPercentilesAndGroups() {
    assertThat(ken.<Integer>getAs("first_edition")).isEqualTo(2010);
    assertThat(ken.<Integer>getAs("last_edition")).isEqualTo(2022);
    assertThat(ken.<Long>getAs("editions")).isEqualTo(5);
    assertThat(ken.<Integer>getAs("rank_change")).isEqualTo(30); // 50 -> 20: improved
    assertThat(ken.<Double>getAs("percentile_change")).isEqualTo(30.0);
    assertThat(ken.<String>getAs("group_move")).isEqualTo("middle -> very_high");
    assertThat(eth.<String>getAs("group_move")).isNull();
  }

  @Test
  void slopeOfPercentileOverAllEditions() {
    // x mean 2015.2, y mean 73: Sxy 222.0, Sxx 92.8 -> 2.39224...
    assertThat(ken.<Double>getAs("percentile_slope")).isCloseTo(222.0 / 92.8, within(1e-9));
    assertThat(eth.<Double>getAs("percentile_slope")).isNull();
  }

  @Test
  void recentAndCovidChanges() {
    assertThat(ken.<Integer>getAs("recent_from")).isEqualTo(2018);
    assertThat(ken.<Integer>getAs("recent_to")).isEqualTo(2022);
    assertThat(ken.<Integer>getAs("recent_rank_change")).isEqualTo(10);
    assertThat(ken.<Integer>getAs("covid_rank_change")).isEqualTo(10);
    assertThat(ken.<Double>getAs("covid_percentile_change")).isEqualTo(10.0);
    assertThat(eth.<Integer>getAs("recent_from")).isNull();
    assertThat(eth.<Integer>getAs("covid_rank_change")).isNull();
  }

  @Test
  void beforeAndAfterTheFirstEgovernmentDeployment() {
    assertThat(ken.<Integer>getAs("first_egov_deployment_year")).isEqualTo(2014);
    assertThat(ken.<Long>getAs("editions_before")).isEqualTo(3); // 2010, 2012, 2014
    assertThat(ken.<Long>getAs("editions_after")).isEqualTo(3); // 2014, 2018, 2022
    assertThat(ken.<Double>getAs("percentile_change_per_year_before")).isEqualTo(1.25); // (65-60)/4
    assertThat(ken.<Double>getAs("percentile_change_per_year_after")).isEqualTo(3.125); // (90-65)/8
    assertThat(eth.<Long>getAs("editions_before")).isEqualTo(0);
    assertThat(eth.<Double>getAs("percentile_change_per_year_before")).isNull();
    assertThat(eth.<Double>getAs("percentile_change_per_year_after")).isNull();
  }

  @Test
  void dependenceTrendAndLendingGrowth() {
    assertThat(ken.<Double>getAs("dependence_change")).isEqualTo(30.0);
    assertThat(ken.<Double>getAs("dependence_slope")).isEqualTo(15.0); // 10, 20, 40 over 2019-2021
    // 100 in 2019 -> 121 in 2021: (1.21)^(1/2) - 1 = 0.1
    assertThat(ken.<Double>getAs("ict_lending_cagr")).isCloseTo(0.1, within(1e-12));
  }
}
