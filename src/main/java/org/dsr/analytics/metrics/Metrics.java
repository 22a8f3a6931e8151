package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.MetricsConfig;
import org.dsr.analytics.reference.CountryTable;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.MetricDatasets;

/** Computes every analysts' dataset from the canonical datasets, in methodology order. */
public final class Metrics {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Metrics.class);

  private Metrics() {}

  /**
   * @param canonical egdi, macro, loans and deployments by name
   * @param countries {@link CountryTable#of} output
   * @param defaultLoanPriority loan sources in the config's input order
   * @param cut materialises an intermediate result and cuts its lineage, so later plans stay small
   *     (a run passes {@code io.PlanCut::of}); the identity gives the same rows
   * @return country_year, dependence, dependence_sensitivity, trends and regions by name
   */
  public static Map<String, Dataset<Row>> compute(
      Map<String, Dataset<Row>> canonical,
      Dataset<Row> countries,
      MetricsConfig config,
      List<String> defaultLoanPriority,
      UnaryOperator<Dataset<Row>> cut) {
    Dataset<Row> egdi = canonical.get(Datasets.EGDI.name());
    Dataset<Row> loans = canonical.get(Datasets.LOANS.name());
    Dataset<Row> deployments = canonical.get(Datasets.DEPLOYMENTS.name());
    long start = System.nanoTime();
    int[] range = yearRange(egdi, loans, deployments, config);
    Dataset<Row> panel =
        cut.apply(
            CountryYearPanel.build(
                countries.drop(CountryTable.UN_MEMBER),
                egdi,
                canonical.get(Datasets.MACRO.name()),
                loans,
                deployments,
                range[0],
                range[1],
                config.loanSourcePriority().isEmpty()
                    ? defaultLoanPriority
                    : config.loanSourcePriority(),
                cut));
    LOG.info(
        "country_year: {}-{} computed in {} ms",
        range[0],
        range[1],
        (System.nanoTime() - start) / 1_000_000);
    start = System.nanoTime();
    Map<String, Double> weights = DependenceIndex.weights(config.weights());
    Dataset<Row> components = DependenceIndex.components(panel);
    DependenceSensitivity.Result sensitivity =
        DependenceSensitivity.analyse(components, weights, config.normalisation(), cut);
    Dataset<Row> dependence =
        cut.apply(
            DependenceIndex.compute(components, weights, config.normalisation())
                .join(sensitivity.ranks(), new String[] {Columns.ISO3, Columns.YEAR}, "left"));
    LOG.info(
        "dependence and its sensitivity computed in {} ms",
        (System.nanoTime() - start) / 1_000_000);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put(MetricDatasets.COUNTRY_YEAR.name(), panel);
    out.put(MetricDatasets.DEPENDENCE.name(), dependence);
    out.put(MetricDatasets.DEPENDENCE_SENSITIVITY.name(), sensitivity.perYear());
    out.put(MetricDatasets.TRENDS.name(), Trends.compute(egdi, deployments, dependence, panel));
    out.put(
        MetricDatasets.REGIONS.name(),
        RegionalSummaries.compute(
            countries.where(col(CountryTable.UN_MEMBER)).drop(CountryTable.UN_MEMBER),
            panel,
            dependence));
    return out;
  }

  /** The configured years, or the earliest to the latest year of egdi, loans and deployments. */
  static int[] yearRange(
      Dataset<Row> egdi, Dataset<Row> loans, Dataset<Row> deployments, MetricsConfig config) {
    Row e = egdi.agg(min(Columns.SURVEY_YEAR), max(Columns.SURVEY_YEAR)).first();
    Row l = loans.agg(min(Columns.COMMITMENT_YEAR), max(Columns.COMMITMENT_YEAR)).first();
    Row d = deployments.agg(min(Columns.YEAR), max(Columns.YEAR)).first();
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (Row r : List.of(e, l, d)) {
      if (!r.isNullAt(0)) {
        lo = Math.min(lo, r.getInt(0));
        hi = Math.max(hi, r.getInt(1));
      }
    }
    int from = config.yearFrom() != null ? config.yearFrom() : lo;
    int to = config.yearTo() != null ? config.yearTo() : hi;
    if (from == Integer.MAX_VALUE || to == Integer.MIN_VALUE) {
      throw new IllegalArgumentException(
          "no year range: the inputs have no egdi, loans or deployments rows; set metrics.year_from and year_to");
    }
    if (from > to) {
      throw new IllegalArgumentException("metrics.year_from " + from + " is after year_to " + to);
    }
    return new int[] {from, to};
  }
}
