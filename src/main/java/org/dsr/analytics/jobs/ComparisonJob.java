package org.dsr.analytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.ComparisonConfig;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.report.ComparisonEvidence;
import org.dsr.analytics.report.ComparisonFigures;
import org.dsr.analytics.report.ComparisonFormat;
import org.dsr.analytics.report.ComparisonPage;
import org.dsr.analytics.report.ComparisonTable;
import org.dsr.analytics.report.CountrySelection;
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
      Dataset<Row> evidence,
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
    String note = ComparisonFigures.sourceNote(panel, referenceYear, config.baselineYear());
    String title = config.titleOrDefault() + ", " + referenceYear;
    var conf = spark.sparkContext().hadoopConfiguration();
    List<ComparisonEvidence.Entry> records =
        ComparisonEvidence.top(evidence, selection, referenceYear, names);
    writer.writeText("comparison.md", ComparisonFormat.markdown(rows, title, note, records), conf);
    writer.writeText(
        "comparison.html",
        ComparisonPage.html(
            title,
            rows,
            note,
            ComparisonFigures.charts(panel, dependence, selection, rows, names, referenceYear),
            records),
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
}
