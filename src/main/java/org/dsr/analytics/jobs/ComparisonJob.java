package org.dsr.analytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.ComparisonConfig;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.report.ComparisonCharts;
import org.dsr.analytics.report.ComparisonCharts.Bar;
import org.dsr.analytics.report.ComparisonCharts.Point;
import org.dsr.analytics.report.ComparisonFormat;
import org.dsr.analytics.report.ComparisonPage;
import org.dsr.analytics.report.ComparisonTable;
import org.dsr.analytics.report.CountrySelection;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * Writes a country comparison under {@code <output>/comparison/}: comparison.csv and .parquet,
 * comparison.md (ready to paste) and comparison.html (table and charts, self-contained).
 */
public final class ComparisonJob {
  public static final String DIRECTORY = "comparison";

  private ComparisonJob() {}

  /** What was compared. */
  public record Result(List<String> countries, int referenceYear, String directory) {}

  public static Result run(
      SparkSession spark,
      ComparisonConfig config,
      CountryReference reference,
      CountryHarmoniser harmoniser,
      Dataset<Row> countryYear,
      Dataset<Row> dependence,
      String output) {
    int referenceYear =
        config.referenceYear() != null ? config.referenceYear() : latestEgdiYear(countryYear);
    List<String> selection =
        CountrySelection.resolve(config, reference, harmoniser, dependence, referenceYear);
    Map<String, String> names = new HashMap<>();
    reference.countries().forEach(c -> names.put(c.iso3(), c.name()));
    Dataset<Row> table =
        ComparisonTable.build(
            countryYear, dependence, selection, names, referenceYear, config.baselineYear());
    String directory = output + "/" + DIRECTORY;
    OutputWriter writer = OutputWriter.flat(directory);
    writer.write(table, MetricDatasets.COMPARISON);
    List<Row> rows = table.orderBy(Columns.POSITION).collectAsList();

    Dataset<Row> panel = countryYear.where(col(Columns.ISO3).isin(selection.toArray()));
    String note = sourceNote(panel, referenceYear, config.baselineYear());
    String title = config.titleOrDefault() + ", " + referenceYear;
    var conf = spark.sparkContext().hadoopConfiguration();
    writer.writeText("comparison.md", ComparisonFormat.markdown(rows, title, note), conf);
    writer.writeText(
        "comparison.html",
        ComparisonPage.html(
            title, rows, note, charts(panel, dependence, selection, rows, names, referenceYear)),
        conf);
    return new Result(selection, referenceYear, directory);
  }

  static int latestEgdiYear(Dataset<Row> countryYear) {
    Row r = countryYear.where(col(Columns.EGDI_OBSERVED)).agg(max(Columns.YEAR)).first();
    if (r.isNullAt(0)) {
      throw new ConfigException(
          "the comparison needs a reference_year: the inputs have no EGDI edition");
    }
    return r.getInt(0);
  }

  private static String sourceNote(Dataset<Row> panel, int year, Integer baseline) {
    TreeSet<String> sources = new TreeSet<>();
    for (Row r :
        panel
            .where(col(Columns.YEAR).leq(year))
            .select(Columns.SOURCES)
            .distinct()
            .collectAsList()) {
      if (!r.isNullAt(0)) {
        sources.addAll(List.of(r.getString(0).split("; ")));
      }
    }
    return "Source: dsr-analytics, inputs "
        + String.join(", ", sources)
        + "; reference year "
        + year
        + (baseline == null ? "" : ", changes since " + baseline)
        + "; EGDI of the latest UN edition up to the reference year; methodology in docs/methodology.md.";
  }

  private static Map<String, byte[]> charts(
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
    List<Bar> components = new ArrayList<>();
    for (Row r :
        dependence
            .where(col(Columns.YEAR).equalTo(year).and(col(Columns.ISO3).isin(selection.toArray())))
            .collectAsList()) {
      double weights = 0;
      for (String c : Columns.DEPENDENCE_COMPONENTS) {
        if (r.getAs(Columns.score(c)) != null) {
          weights += r.<Double>getAs(Columns.weight(c));
        }
      }
      for (String c : Columns.DEPENDENCE_COMPONENTS) {
        Double score = r.getAs(Columns.score(c));
        if (score != null && weights > 0) {
          components.add(
              new Bar(
                  names.get(r.<String>getAs(Columns.ISO3)),
                  c,
                  100 * score * r.<Double>getAs(Columns.weight(c)) / weights));
        }
      }
    }
    List<Bar> deployments = new ArrayList<>();
    for (Row r : rows) {
      if (r.isNullAt(r.fieldIndex(Columns.ISO3))) {
        continue;
      }
      for (String c : Categories.CRITICAL) {
        Object v = r.getAs(Columns.deploymentsCumulative(c));
        deployments.add(
            new Bar(r.getAs(Columns.COUNTRY), c, v == null ? 0 : ((Number) v).doubleValue()));
      }
    }
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put(
        "EGDI rank by survey edition (1 = best)",
        ComparisonCharts.lines(
            "EGDI rank", "UN rank", ranks, ComparisonCharts.Direction.LOWER_IS_BETTER));
    charts.put(
        "Dependence index " + year + ": contribution of each component",
        ComparisonCharts.stackedBars("Dependence index", "index points", components));
    charts.put(
        "Cumulative Chinese ICT lending (USD million, nominal)",
        ComparisonCharts.lines(
            "Cumulative ICT lending",
            "USD million",
            lending,
            ComparisonCharts.Direction.HIGHER_IS_BETTER));
    charts.put(
        "Chinese deployments by critical category, up to " + year,
        ComparisonCharts.stackedBars("Deployments", "deployments", deployments));
    return charts;
  }
}
