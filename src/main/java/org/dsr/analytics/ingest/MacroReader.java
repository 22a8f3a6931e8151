package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/**
 * World Bank indicators, wide (the WDI bulk CSV: one column per year) or long (one row per country
 * and year, the indicator named in the job config). A row becomes its non-empty observations; an
 * empty cell or ".." is no observation, an unreadable cell rejects the row. A row without any
 * observation is excluded (".." is the World Bank's mark for no data, not an error), so that every
 * accepted row is in the output.
 */
final class MacroReader implements SourceReader {
  /** The working column of a row's observations, exploded into rows once the row is accepted. */
  static final String OBSERVATIONS = "_observations";

  private static final String YEAR_COLUMN = "^[0-9]{4}$";
  private final SourceLayout layout;

  MacroReader(SourceLayout layout) {
    this.layout = layout;
  }

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    boolean wide = layout == SourceLayout.WDI_WIDE;
    CsvInput.Read read =
        CsvInput.read(
            ctx, input, layout, headers -> wide ? wideColumns(headers) : layout.requiredColumns());
    List<Column> issues = new ArrayList<>();
    List<Column> observations = new ArrayList<>();
    // Every value cell empty or a missing-value mark; an unreadable one rejects the row instead.
    Column noValue = lit(true);
    Column indicator;
    Column rowYear;
    if (wide) {
      indicator = Parse.text(CsvInput.raw("Indicator Code"));
      issues.add(Parse.required("Indicator Code", CsvInput.raw("Indicator Code")));
      rowYear = lit(null).cast(DataTypes.IntegerType);
      for (String year : read.rows().columns()) {
        if (year.matches(YEAR_COLUMN)) {
          Parse.Field value = Parse.number(year, CsvInput.raw(year), DataTypes.DoubleType);
          issues.add(value.issue());
          observations.add(observation(lit(Integer.parseInt(year)), value.value()));
          noValue = noValue.and(Parse.text(CsvInput.raw(year)).isNull());
        }
      }
    } else {
      indicator = lit(input.indicator());
      Parse.Field year = Parse.year("Year", CsvInput.raw("Year"));
      Parse.Field value = Parse.number("Value", CsvInput.raw("Value"), DataTypes.DoubleType);
      issues.add(year.issue());
      issues.add(value.issue());
      rowYear = year.value();
      observations.add(observation(year.value(), value.value()));
      noValue = Parse.text(CsvInput.raw("Value")).isNull();
    }
    issues.add(
        Issues.when(
            noValue, Rules.NO_OBSERVATION, lit(wide ? "no value in any year column" : "no value")));
    Dataset<Row> rows =
        Issues.add(read.rows(), issues.toArray(Column[]::new))
            .select(
                col(Columns.ISO3),
                indicator.as(Columns.INDICATOR_CODE),
                rowYear.as(Columns.YEAR),
                array_compact(array(observations.toArray(Column[]::new))).as(OBSERVATIONS),
                col(Columns.SOURCE),
                col(Columns.SOURCE_FILE),
                col(Columns.LINE_NUMBER),
                col(CheckedSource.RAW_FIELDS),
                col(Issues.COLUMN));
    return new CheckedSource(input, Datasets.MACRO, read.files(), rows, read.harmonisation());
  }

  private static Column observation(Column year, Column value) {
    return when(value.isNotNull(), struct(year.as(Columns.YEAR), value.as(Columns.VALUE)));
  }

  /** The required columns and every year column of any of the files. */
  private List<String> wideColumns(List<FileHeader> headers) {
    TreeSet<String> years = new TreeSet<>();
    for (FileHeader h : headers) {
      h.columns().stream().filter(c -> c.matches(YEAR_COLUMN)).forEach(years::add);
    }
    List<String> columns = new ArrayList<>(layout.requiredColumns());
    columns.addAll(years);
    return columns;
  }
}
