package org.dsr.analytics.report;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.metrics.DependenceIndex;
import org.dsr.analytics.report.ComparisonCharts.Bar;
import org.dsr.analytics.report.ComparisonCharts.Point;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/** What the comparison page shows beside its table: the four charts and the source note. */
public final class ComparisonFigures {
  private ComparisonFigures() {}

  /**
   * The charts by title, as PNG.
   *
   * @param panel the country_year rows of the selected countries
   * @param dependence the dependence dataset
   * @param selection ISO3 codes of the selected countries
   * @param rows the comparison table's rows, in order
   * @param names country name by ISO3
   * @param year the reference year
   */
  public static Map<String, byte[]> charts(
      Dataset<Row> panel,
      Dataset<Row> dependence,
      List<String> selection,
      List<Row> rows,
      Map<String, String> names,
      int year) {
    List<Point> ranks = new ArrayList<>();
    List<Point> lending = new ArrayList<>();
    for (Row r :
        panel
            .where(col(Columns.YEAR).leq(year))
            .select(
                Columns.ISO3,
                Columns.YEAR,
                Columns.EGDI_OBSERVED,
                Columns.UN_RANK,
                Columns.ICT_LOANS_USD_CUMULATIVE)
            .orderBy(Columns.ISO3, Columns.YEAR)
            .collectAsList()) {
      String name = names.get(r.getString(0));
      if (r.getBoolean(2) && !r.isNullAt(3)) {
        ranks.add(new Point(name, r.getInt(1), r.getInt(3)));
      }
      lending.add(new Point(name, r.getInt(1), r.getDecimal(4).doubleValue() / 1e6));
    }
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put(
        "EGDI rank by survey edition (1 = best)",
        ComparisonCharts.lines(
            "EGDI rank", "UN rank", ranks, ComparisonCharts.Direction.LOWER_IS_BETTER));
    charts.put(
        "Dependence index " + year + ": contribution of each component",
        ComparisonCharts.stackedBars(
            "Dependence index", "index points", contributions(dependence, selection, names, year)));
    charts.put(
        "Cumulative Chinese ICT lending (USD million, nominal)",
        ComparisonCharts.lines(
            "Cumulative ICT lending",
            "USD million",
            lending,
            ComparisonCharts.Direction.HIGHER_IS_BETTER));
    charts.put(
        "Chinese deployments by critical category, up to " + year,
        ComparisonCharts.stackedBars("Deployments", "deployments", criticalDeployments(rows)));
    return charts;
  }

  /** Each selected country's index in the year, split into its components' contributions. */
  private static List<Bar> contributions(
      Dataset<Row> dependence, List<String> selection, Map<String, String> names, int year) {
    List<Column> columns = new ArrayList<>(List.of(col(Columns.ISO3)));
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      columns.add(DependenceIndex.contribution(c));
    }
    List<Bar> bars = new ArrayList<>();
    for (Row r :
        dependence
            .where(col(Columns.YEAR).equalTo(year).and(col(Columns.ISO3).isin(selection.toArray())))
            .select(columns.toArray(Column[]::new))
            .collectAsList()) {
      for (int i = 0; i < Columns.DEPENDENCE_COMPONENTS.size(); i++) {
        if (!r.isNullAt(i + 1)) {
          bars.add(
              new Bar(
                  names.get(r.getString(0)),
                  Columns.DEPENDENCE_COMPONENTS.get(i),
                  r.getDouble(i + 1)));
        }
      }
    }
    return bars;
  }

  /** Each compared country's deployments up to the year, per critical category. */
  private static List<Bar> criticalDeployments(List<Row> rows) {
    List<Bar> bars = new ArrayList<>();
    for (Row r : rows) {
      if (r.isNullAt(r.fieldIndex(Columns.ISO3))) {
        continue; // the selection's median
      }
      for (String c : Categories.CRITICAL) {
        Object v = r.getAs(Columns.deploymentsCumulative(c));
        bars.add(new Bar(r.getAs(Columns.COUNTRY), c, v == null ? 0 : ((Number) v).doubleValue()));
      }
    }
    return bars;
  }

  /** The line under the table: which inputs the figures come from and how to read them. */
  public static String sourceNote(Dataset<Row> panel, int year, Integer baseline) {
    TreeSet<String> sources = new TreeSet<>();
    for (Row r :
        panel
            .where(col(Columns.YEAR).leq(year))
            .select(Columns.SOURCES)
            .distinct()
            .collectAsList()) {
      if (!r.isNullAt(0)) {
        sources.addAll(List.of(r.getString(0).split(MetricDatasets.LIST_SEPARATOR)));
      }
    }
    return "Source: dsr-analytics, inputs "
        + String.join(", ", sources)
        + "; reference year "
        + year
        + (baseline == null ? "" : ", changes since " + baseline)
        + "; EGDI of the latest UN edition up to the reference year; methodology in docs/methodology.md.";
  }
}
