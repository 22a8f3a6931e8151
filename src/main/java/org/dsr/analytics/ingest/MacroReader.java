package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.forall;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;

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
  private static final String CELLS = "_cells";
  private static final String EMPTY = "empty";
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
    Dataset<Row> checked;
    Column indicator;
    Column rowYear;
    Column observations;
    if (wide) {
      Dataset<Row> cells = read.rows().withColumn(CELLS, yearCells(read.rows().columns()));
      indicator = Parse.text(CsvInput.raw("Indicator Code"));
      rowYear = lit(null).cast(DataTypes.IntegerType);
      observations =
          transform(
              filter(col(CELLS), c -> c.getField(Columns.VALUE).isNotNull()),
              c ->
                  struct(
                      c.getField(Columns.YEAR).as(Columns.YEAR),
                      c.getField(Columns.VALUE).as(Columns.VALUE)));
      checked =
          Issues.add(
              Issues.addArray(
                  Issues.add(
                      cells, Parse.required("Indicator Code", CsvInput.raw("Indicator Code"))),
                  transform(col(CELLS), c -> c.getField(Issues.COLUMN))),
              noObservation(
                  forall(col(CELLS), c -> c.getField(EMPTY)), "no value in any year column"));
    } else {
      indicator = lit(input.indicator());
      Parse.Field year = Parse.year("Year", CsvInput.raw("Year"));
      Parse.Field value = Parse.number("Value", CsvInput.raw("Value"), DataTypes.DoubleType);
      rowYear = year.value();
      observations =
          NonNull.array(
              when(
                  value.value().isNotNull(),
                  struct(year.value().as(Columns.YEAR), value.value().as(Columns.VALUE))));
      checked =
          Issues.add(
              read.rows(),
              year.issue(),
              value.issue(),
              noObservation(Parse.text(CsvInput.raw("Value")).isNull(), "no value"));
    }
    Dataset<Row> rows =
        checked.select(
            col(Columns.ISO3),
            indicator.as(Columns.INDICATOR_CODE),
            rowYear.as(Columns.YEAR),
            observations.as(OBSERVATIONS),
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            col(Columns.LINE_NUMBER),
            col(CheckedSource.RAW_FIELDS),
            col(CheckedSource.RAW_COUNTRY),
            col(Issues.COLUMN));
    return new CheckedSource(input, Target.MACRO, read.files(), rows, read.harmonisation());
  }

  /**
   * Every year cell of a wide row, parsed by one expression over an array: a parser per column made
   * a plan too large for Spark to compile (the WDI bulk file has 64 year columns). Each cell is a
   * struct of its year, value, issue and whether it is empty (or a missing-value mark).
   */
  private static Column yearCells(String[] columns) {
    List<String> years = Arrays.stream(columns).filter(c -> c.matches(YEAR_COLUMN)).toList();
    Column raw =
        array(years.stream().map(CsvInput::raw).toArray(Column[]::new)).cast("array<string>");
    Column names =
        array(years.stream().map(y -> lit(y)).toArray(Column[]::new)).cast("array<string>");
    return transform(
        raw,
        (cell, i) -> {
          Parse.Field value = Parse.number(get(names, i), cell, DataTypes.DoubleType);
          return struct(
              get(names, i).cast(DataTypes.IntegerType).as(Columns.YEAR),
              value.value().as(Columns.VALUE),
              value.issue().as(Issues.COLUMN),
              Parse.text(cell).isNull().as(EMPTY));
        });
  }

  /** A row without any value: excluded, as ".." is the World Bank's mark for no data. */
  private static Column noObservation(Column noValue, String message) {
    return Rules.NO_OBSERVATION.where(noValue, message);
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
