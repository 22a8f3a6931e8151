package org.dsr.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.config.Normalisation;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/**
 * Four countries in 2020 (null = component unavailable):
 *
 * <pre>
 *      finance  vendors  breadth  intensity
 *   A    1.0      0       0.00      null
 *   B    3.0      2       0.50      0.2
 *   C    null     1       0.25      0.1
 *   D    3.0      2       1.00      0.4
 * </pre>
 *
 * Percentile scores (share of available countries below; ties share the lower): finance A 0, B 1/2,
 * D 1/2; vendors A 0, C 1/3, B 2/3, D 2/3; breadth A 0, C 1/3, B 2/3, D 1; intensity C 0, B 1/2, D
 * 1. Equal weights: A (0+0+0)/3 = 0; B (1/2+2/3+2/3+1/2)/4 = 58.333; C (1/3+1/3+0)/3 = 22.222; D
 * (1/2+2/3+1+1)/4 = 79.167.
 */
class DependenceIndexTest extends SparkTestBase {
  private static final StructType SCHEMA =
      new StructType()
          .add("iso3", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add(Columns.FINANCE_EXPOSURE, DataTypes.DoubleType)
          .add(Columns.VENDOR_FOOTPRINT, DataTypes.DoubleType)
          .add(Columns.INFRASTRUCTURE_BREADTH, DataTypes.DoubleType)
          .add(Columns.DEPLOYMENT_INTENSITY, DataTypes.DoubleType);

  private static Dataset<Row> components() {
    return spark.createDataFrame(
        Arrays.asList(
            RowFactory.create("A", 2020, 1.0, 0.0, 0.0, null),
            RowFactory.create("B", 2020, 3.0, 2.0, 0.5, 0.2),
            RowFactory.create("C", 2020, null, 1.0, 0.25, 0.1),
            RowFactory.create("D", 2020, 3.0, 2.0, 1.0, 0.4)),
        SCHEMA);
  }

  private static List<Row> compute(Map<String, Double> weights, Normalisation normalisation) {
    return DependenceIndex.compute(components(), DependenceIndex.weights(weights), normalisation)
        .orderBy("iso3")
        .collectAsList();
  }

  @Test
  void percentileScoresAndTheWeightedMeanOfAvailableComponents() {
    List<Row> rows = compute(Map.of(), Normalisation.PERCENTILE);
    assertThat(rows)
        .extracting(r -> r.<Double>getAs("dependence_index"))
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
        .containsExactly(0.0, 175.0 / 3, 200.0 / 9, 950.0 / 12);
    assertThat(rows)
        .extracting(r -> r.<Integer>getAs("dependence_rank"))
        .containsExactly(null, 2, 3, 1); // A's 0 (every component at the minimum) is not ranked
    Row a = rows.get(0);
    assertThat(a.<String>getAs("components_available"))
        .isEqualTo("finance_exposure,vendor_footprint,infrastructure_breadth");
    assertThat(a.<Double>getAs("deployment_intensity_score")).isNull(); // missing, not zero
    Row b = rows.get(1);
    assertThat(b.<Double>getAs("finance_exposure_score")).isEqualTo(0.5); // tie with D
    assertThat(b.<Double>getAs("weight_vendor_footprint")).isEqualTo(1.0);
    assertThat(rows.get(2).<String>getAs("components_available"))
        .isEqualTo("vendor_footprint,infrastructure_breadth,deployment_intensity");
  }

  @Test
  void weightsFromTheConfig() {
    // B with finance weighted 2: (2 x 1/2 + 2/3 + 2/3 + 1/2) / 5 = 56.667
    Row b = compute(Map.of(Columns.FINANCE_EXPOSURE, 2.0), Normalisation.PERCENTILE).get(1);
    assertThat(b.<Double>getAs("dependence_index")).isCloseTo(170.0 / 3, within(1e-9));
    assertThat(b.<Double>getAs("weight_finance_exposure")).isEqualTo(2.0);
  }

  @Test
  void componentContributionsAddUpToTheIndex() {
    // B with finance weighted 2 (weights 2+1+1+1 = 5): finance 100 x 1/2 x 2 / 5 = 20, vendors and
    // breadth 100 x 2/3 / 5 = 13.333 each, intensity 100 x 1/2 / 5 = 10; together 56.667.
    Dataset<Row> scored =
        DependenceIndex.compute(
            components(),
            DependenceIndex.weights(Map.of(Columns.FINANCE_EXPOSURE, 2.0)),
            Normalisation.PERCENTILE);
    List<Column> shares = new java.util.ArrayList<>();
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      shares.add(DependenceIndex.contribution(c).as(c));
    }
    Row b = scored.where("iso3 = 'B'").select(shares.toArray(Column[]::new)).first();
    assertThat(b.getDouble(0)).isCloseTo(20.0, within(1e-9));
    assertThat(b.getDouble(1)).isCloseTo(40.0 / 3, within(1e-9));
    assertThat(b.getDouble(2)).isCloseTo(40.0 / 3, within(1e-9));
    assertThat(b.getDouble(3)).isCloseTo(10.0, within(1e-9));
    // A has no intensity score: no contribution, not zero.
    assertThat(scored.where("iso3 = 'A'").select(shares.get(3)).first().isNullAt(0)).isTrue();
  }

  @Test
  void minMaxNormalisation() {
    // finance (x-1)/2: A 0, B 1, D 1; vendors x/2; breadth x; intensity (x-0.1)/0.3: C 0, B 1/3, D
    // 1.
    List<Row> rows = compute(Map.of(), Normalisation.MIN_MAX);
    assertThat(rows)
        .extracting(r -> r.<Double>getAs("dependence_index"))
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
        .containsExactly(0.0, (1 + 1 + 0.5 + 1.0 / 3) / 4 * 100, (0.5 + 0.25 + 0) / 3 * 100, 100.0);
  }

  @Test
  void sensitivityComparesEveryVariantWithTheDefaultRanking() {
    DependenceSensitivity.Result result =
        DependenceSensitivity.analyse(
            components(), DependenceIndex.weights(Map.of()), Normalisation.PERCENTILE, PlanCut::of);
    List<Row> perYear = result.perYear().orderBy("variant").collectAsList();
    assertThat(perYear).hasSize(9);
    // Min-max keeps the order D, B, C, A: Spearman 1 over 4 countries.
    Row minMax =
        perYear.stream()
            .filter(r -> r.getAs("variant").equals("normalisation_min_max"))
            .findFirst()
            .orElseThrow();
    assertThat(minMax.<Double>getAs("spearman")).isCloseTo(1.0, within(1e-9));
    assertThat(minMax.<Long>getAs("countries")).isEqualTo(4);
    // D leads on three components and ties on the fourth: first in the default and all nine
    // variants (e.g. breadth x0.5: B (1/2+2/3+1/3+1/2)/3.5 = 57.1 < D (1/2+2/3+1/2+1)/3.5 = 76.2).
    Row d = result.ranks().where("iso3 = 'D'").first();
    assertThat(d.<Integer>getAs("rank_best")).isEqualTo(1);
    assertThat(d.<Integer>getAs("rank_worst")).isEqualTo(1);
  }

  /** A component no source covers is null, not zero; China is not scored (methodology 2). */
  @Test
  void componentsAreNullWhereNoSourceCoversAndForChina() {
    StructType panel =
        new StructType()
            .add(Columns.ISO3, DataTypes.StringType)
            .add(Columns.YEAR, DataTypes.IntegerType)
            .add(Columns.ICT_LOANS_CUMULATIVE_PCT_GDP, DataTypes.DoubleType)
            .add(Columns.VENDORS_PRESENT, DataTypes.LongType)
            .add(Columns.DEPLOYMENTS_PER_MILLION, DataTypes.DoubleType)
            .add(Columns.LOAN_SOURCE, DataTypes.StringType)
            .add(Columns.DEPLOYMENT_COVERAGE, DataTypes.StringType)
            .add(Columns.LOAN_RECORDS_CUMULATIVE, DataTypes.LongType)
            .add(Columns.DEPLOYMENT_RECORDS_CUMULATIVE, DataTypes.LongType)
            .add(Columns.SOURCES, DataTypes.StringType);
    for (String category : org.dsr.analytics.schema.Categories.CRITICAL) {
      panel = panel.add(Columns.deploymentsCumulative(category), DataTypes.LongType);
    }
    List<Row> rows =
        DependenceIndex.components(
                spark.createDataFrame(
                    Arrays.asList(
                        RowFactory.create(
                            "KEN", 2020, 0.0, 2L, 0.1, "aiddata", "cgit", 0L, 2L, "x", 1L, 0L, 0L,
                            0L),
                        RowFactory.create(
                            "USA", 2020, 0.0, 0L, 0.0, null, "cgit", 0L, 0L, "x", 0L, 0L, 0L, 0L),
                        RowFactory.create(
                            "NRU", 2020, 0.0, 0L, 0.0, "aiddata", null, 0L, 0L, "x", 0L, 0L, 0L,
                            0L),
                        RowFactory.create(
                            "CHN", 2020, 0.5, 3L, 1.0, "aiddata", "cgit", 1L, 3L, "x", 1L, 1L, 0L,
                            0L)),
                    panel))
            .orderBy("iso3")
            .collectAsList();
    assertThat(rows)
        .extracting(
            r ->
                r.getAs("iso3")
                    + " "
                    + r.getAs(Columns.FINANCE_EXPOSURE)
                    + " "
                    + r.getAs(Columns.VENDOR_FOOTPRINT)
                    + " "
                    + r.getAs(Columns.INFRASTRUCTURE_BREADTH)
                    + " "
                    + r.getAs(Columns.DEPLOYMENT_INTENSITY))
        .containsExactly(
            "CHN null null null null",
            "KEN 0.0 2.0 0.25 0.1", // a covered zero is a zero
            "NRU 0.0 null null null", // no deployment source covers it
            "USA null 0.0 0.0 0.0"); // no loan source covers it
    assertThat(rows.get(0).<String>getAs(Columns.NOT_SCORED_REASON)).startsWith("China:");
    assertThat(rows.get(1).<String>getAs(Columns.NOT_SCORED_REASON)).isNull();
  }

  @Test
  void spearmanIsNullWhereTheRankingIsConstant() {
    // One country only: every variant ranks it first; a correlation is undefined, not an error.
    Dataset<Row> one = components().where("iso3 = 'A'");
    List<Row> perYear =
        DependenceSensitivity.analyse(
                one, DependenceIndex.weights(Map.of()), Normalisation.PERCENTILE, PlanCut::of)
            .perYear()
            .collectAsList();
    assertThat(perYear)
        .hasSize(9)
        .allSatisfy(r -> assertThat(r.<Double>getAs("spearman")).isNull());
  }

  @Test
  void unknownComponentOrNegativeWeightIsRefused() {
    assertThatThrownBy(() -> DependenceIndex.weights(Map.of("finance", 1.0)))
        .hasMessage(
            "unknown dependence component 'finance'; expected one of [finance_exposure,"
                + " vendor_footprint, infrastructure_breadth, deployment_intensity]");
    assertThatThrownBy(() -> DependenceIndex.weights(Map.of("vendor_footprint", -1.0)))
        .hasMessage("weight of vendor_footprint is -1.0; expected 0 or more");
  }

  /**
   * Eleven countries with finance 0..10 and vendors a permutation of 0..10, so percentile scores
   * are k/10. X scores 0.1 and 0.2, Y 0.3 and 0: both indexes are 100 x 0.3 / 2 = 15, but in
   * doubles 0.1 + 0.2 is 0.30000000000000004, which used to rank X above Y. Found by the DuckDB
   * reference.
   */
  @Test
  void equalIndexesShareARankWhateverTheFloatingPointNoise() {
    double[] vendors = {1, 2, 3, 0, 4, 5, 6, 7, 8, 9, 10};
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      String iso3 = i == 1 ? "X" : i == 3 ? "Y" : "C" + i;
      rows.add(RowFactory.create(iso3, 2020, (double) i, vendors[i], null, null));
    }
    List<Row> result =
        DependenceIndex.compute(
                spark.createDataFrame(rows, SCHEMA),
                DependenceIndex.weights(Map.of()),
                Normalisation.PERCENTILE)
            .where("iso3 in ('X', 'Y')")
            .orderBy("iso3")
            .collectAsList();
    assertThat(result)
        .extracting(r -> r.<Double>getAs("dependence_index"))
        .containsExactly(15.0, 15.0);
    assertThat(result.get(0).<Integer>getAs("dependence_rank"))
        .isEqualTo(result.get(1).<Integer>getAs("dependence_rank"));
  }
}
