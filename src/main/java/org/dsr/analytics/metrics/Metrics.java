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
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.MetricsConfig;
import org.dsr.analytics.ingest.DataQualityException;
import org.dsr.analytics.reference.CountryTable;
import org.dsr.analytics.reference.SourceCoverage;
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
   * @param loanFamilies loan sources that count together, by source (see {@code
   *     CountryYearPanel.build})
   * @param declaredCoverage the declared coverage of the loan and deployment inputs ({@link
   *     SourceCoverage#of})
   * @param cut materialises an intermediate result and cuts its lineage, so later plans stay small
   *     (a run passes {@code io.PlanCut::of}); the identity gives the same rows
   * @return coverage, evidence, country_year, dependence, dependence_sensitivity, trends and
   *     regions by name
   */
  public static Map<String, Dataset<Row>> compute(
      Map<String, Dataset<Row>> canonical,
      Dataset<Row> countries,
      MetricsConfig config,
      List<String> defaultLoanPriority,
      Map<String, String> loanFamilies,
      List<SourceCoverage.Declared> declaredCoverage,
      UnaryOperator<Dataset<Row>> cut) {
    Dataset<Row> egdi = canonical.get(Datasets.EGDI.name());
    Dataset<Row> loans = canonical.get(Datasets.LOANS.name());
    Dataset<Row> deployments = canonical.get(Datasets.DEPLOYMENTS.name());
    long start = System.nanoTime();
    int[] range = yearRange(egdi, canonical.get(Datasets.MACRO.name()), loans, deployments, config);
    List<String> loanPriority =
        config.loanSourcePriority().isEmpty() ? defaultLoanPriority : config.loanSourcePriority();
    Dataset<Row> coverage =
        cut.apply(Coverage.of(egdi.sparkSession(), declaredCoverage, loans, deployments));
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
                loanPriority,
                loanFamilies,
                coverage,
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
    out.put(MetricDatasets.COVERAGE.name(), coverage);
    out.put(
        MetricDatasets.EVIDENCE.name(),
        Evidence.of(
            panel,
            loans,
            deployments,
            canonical.get(Datasets.MACRO.name()),
            coverage,
            loanPriority,
            loanFamilies));
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

  /**
   * The configured years, else the earliest to the latest year of egdi, loans and deployments, else
   * (a job that reads only World Bank indicators) of macro: the macro indicators span decades
   * before the first survey, so they set the panel's years only where nothing else does.
   *
   * @throws DataQualityException where no accepted row has a year and the config sets none
   * @throws ConfigException where the one year configured is beyond the inputs' years
   */
  static int[] yearRange(
      Dataset<Row> egdi,
      Dataset<Row> macro,
      Dataset<Row> loans,
      Dataset<Row> deployments,
      MetricsConfig config) {
    int[] span =
        span(
            List.of(
                egdi.agg(min(Columns.SURVEY_YEAR), max(Columns.SURVEY_YEAR)).first(),
                loans.agg(min(Columns.COMMITMENT_YEAR), max(Columns.COMMITMENT_YEAR)).first(),
                deployments.agg(min(Columns.YEAR), max(Columns.YEAR)).first()));
    if (span == null && (config.yearFrom() == null || config.yearTo() == null)) {
      span = span(List.of(macro.agg(min(Columns.YEAR), max(Columns.YEAR)).first()));
    }
    if (span == null && (config.yearFrom() == null || config.yearTo() == null)) {
      throw new DataQualityException(
          "no accepted row of egdi, macro, loans or deployments has a year, so the panel has none"
              + " (see rejects and reconciliation); set metrics.year_from and metrics.year_to");
    }
    int from = config.yearFrom() != null ? config.yearFrom() : span[0];
    int to = config.yearTo() != null ? config.yearTo() : span[1];
    if (from > to) {
      String key = config.yearFrom() != null ? "metrics.year_from" : "metrics.year_to";
      throw ConfigException.badValue(
          "",
          key,
          config.yearFrom() != null ? from : to,
          (config.yearFrom() != null ? "a year up to " + to : "a year from " + from)
              + ", the inputs' "
              + (config.yearFrom() != null ? "last" : "first")
              + " year, or the other key set too");
    }
    return new int[] {from, to};
  }

  /** The earliest and latest of (min, max) rows, skipping empty ones; null where all are. */
  private static int[] span(List<Row> minMax) {
    int[] span = null;
    for (Row r : minMax) {
      if (!r.isNullAt(0)) {
        span =
            span == null
                ? new int[] {r.getInt(0), r.getInt(1)}
                : new int[] {Math.min(span[0], r.getInt(0)), Math.max(span[1], r.getInt(1))};
      }
    }
    return span;
  }
}
