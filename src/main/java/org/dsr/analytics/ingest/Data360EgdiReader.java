package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;

/**
 * World Bank Data360's re-publication of the UN EGDI, wide: one file per index (EGDI, OSI, HCI,
 * TII), a row per country keyed by ISO3, a column per survey edition. A row is one country and
 * index; its editions are paired with the other files' in {@link EgdiSources}, which also decides,
 * per edition, whether a UN file holds it, whether Data360 marks it not assessed and whether it is
 * kept.
 */
final class Data360EgdiReader implements SourceReader {
  static final String INDICATOR = "INDICATOR";

  /** Data360's indicator codes and the egdi column each feeds; the TII file says UN_EGDI_TTI. */
  static final Map<String, String> COMPONENTS =
      Map.of(
          "UN_EGDI_EGDI", Columns.EGDI,
          "UN_EGDI_OSI", Columns.OSI,
          "UN_EGDI_HCI", Columns.HCI,
          "UN_EGDI_TII", Columns.TII,
          "UN_EGDI_TTI", Columns.TII);

  /** The columns of a Data360 export that are not editions; every other one must be a year. */
  static final List<String> METADATA =
      List.of(
          "FREQ",
          "FREQ_LABEL",
          "REF_AREA",
          "REF_AREA_LABEL",
          INDICATOR,
          "INDICATOR_LABEL",
          "UNIT_MEASURE",
          "UNIT_MEASURE_LABEL",
          "DATABASE_ID",
          "DATABASE_ID_LABEL",
          "UNIT_MULT",
          "UNIT_MULT_LABEL",
          "OBS_STATUS",
          "OBS_STATUS_LABEL",
          "OBS_CONF",
          "OBS_CONF_LABEL");

  private static final String YEAR_COLUMN = "^[0-9]{4}$";

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.DATA360_EGDI_WIDE;
    List<String> years = new ArrayList<>();
    CsvInput.Read read =
        CsvInput.read(
            ctx,
            input,
            layout,
            headers -> {
              years.addAll(editions(headers));
              List<String> columns = new ArrayList<>(layout.requiredColumns());
              columns.addAll(years);
              return columns;
            });
    Column indicator = Parse.text(CsvInput.raw(INDICATOR));
    Column component = lit(null).cast(DataTypes.StringType);
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(COMPONENTS).entrySet()) {
      component = when(indicator.equalTo(e.getKey()), lit(e.getValue())).otherwise(component);
    }
    Column cells = cells(years, component);
    Dataset<Row> checked =
        Issues.addArray(
            Issues.add(
                read.rows(),
                Parse.required(INDICATOR, CsvInput.raw(INDICATOR)),
                Rules.UNKNOWN_INDICATOR.check(INDICATOR, CsvInput.raw(INDICATOR), indicator)),
            transform(cells, c -> c.getField(Issues.COLUMN)));
    Column editions =
        transform(
            filter(cells, c -> c.getField(Columns.VALUE).isNotNull()),
            c ->
                struct(
                    c.getField(Columns.SURVEY_YEAR).as(Columns.SURVEY_YEAR),
                    c.getField(Columns.VALUE).as(Columns.VALUE)));
    Column noDouble = lit(null).cast(DataTypes.DoubleType);
    Dataset<Row> rows =
        checked.select(
            col(Columns.ISO3),
            lit(null).cast(DataTypes.IntegerType).as(Columns.SURVEY_YEAR),
            noDouble.as(Columns.EGDI),
            noDouble.as(Columns.OSI),
            noDouble.as(Columns.HCI),
            noDouble.as(Columns.TII),
            noDouble.as(Columns.EPI),
            lit(null).cast(DataTypes.IntegerType).as(Columns.UN_RANK),
            noDouble.as(Columns.PERCENTILE),
            lit(null).cast(DataTypes.StringType).as(Columns.EGDI_GROUP),
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            col(Columns.LINE_NUMBER),
            col(CheckedSource.RAW_FIELDS),
            col(CheckedSource.RAW_COUNTRY),
            col(Issues.COLUMN),
            component.as(EgdiSources.COMPONENT),
            editions.cast(EgdiSources.EDITIONS_TYPE).as(EgdiSources.EDITIONS));
    return new CheckedSource(input, Target.EGDI, read.files(), rows, read.harmonisation());
  }

  /**
   * Every edition cell of a row, parsed by one expression over an array (as the WDI reader does): a
   * struct of its year, value and issue. An empty cell is no value; the EGDI's own range rule
   * applies to the EGDI file, the components' to the others.
   */
  private static Column cells(List<String> years, Column component) {
    Column raw =
        array(years.stream().map(CsvInput::raw).toArray(Column[]::new)).cast("array<string>");
    Column names = array(years.stream().map(y -> lit(y)).toArray(Column[]::new));
    return transform(
        raw,
        (cell, i) -> {
          Column name = get(names, i);
          Parse.Field value = Parse.number(name, cell, DataTypes.DoubleType);
          Column v = value.value();
          Column range =
              when(
                      component.equalTo(Columns.EGDI),
                      Rules.INDEX_OUT_OF_RANGE.where(
                          not(Rules.INDEX_OUT_OF_RANGE.contains(v)),
                          Issues.fieldMessage(
                              name, cell, "is outside " + Rules.INDEX_OUT_OF_RANGE.range())))
                  .otherwise(
                      Rules.COMPONENT_OUT_OF_RANGE.where(
                          not(Rules.COMPONENT_OUT_OF_RANGE.contains(v)),
                          Issues.fieldMessage(
                              name, cell, "is outside " + Rules.COMPONENT_OUT_OF_RANGE.range())));
          return struct(
              name.cast(DataTypes.IntegerType).as(Columns.SURVEY_YEAR),
              v.as(Columns.VALUE),
              coalesce(value.issue(), range).as(Issues.COLUMN));
        });
  }

  /**
   * The edition columns of every file, in year order: every column that is not Data360 metadata.
   *
   * @throws InputException naming the file and the column that is not a 4-digit survey year
   */
  static List<String> editions(List<FileHeader> headers) {
    TreeSet<String> years = new TreeSet<>();
    for (FileHeader h : headers) {
      for (String c : h.columns()) {
        if (METADATA.contains(c)) {
          continue;
        }
        if (!c.matches(YEAR_COLUMN) || !Rules.YEAR_OUT_OF_RANGE.includes(Integer.parseInt(c))) {
          throw new InputException(
              h.file()
                  + ": column '"
                  + c
                  + "' is neither a Data360 metadata column nor a 4-digit survey year in "
                  + Rules.YEAR_OUT_OF_RANGE.range()
                  + " (layout "
                  + SourceLayout.DATA360_EGDI_WIDE.id()
                  + ")");
        }
        years.add(c);
      }
    }
    return List.copyOf(years);
  }
}
