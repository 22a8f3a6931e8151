package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;

/**
 * UN E-Government Survey, Data Center CSV (one file per edition). A country the survey did not
 * assess in an edition is published with an empty rank and all scores zero: it is excluded as not
 * assessed, never read as "scored zero".
 */
final class EgdiReader implements SourceReader {
  static final String YEAR = "Survey Year";
  static final String RANK = "E-Government Rank";
  static final String EGDI = "E-Government Index";
  static final String EPI = "E-Participation Index";
  static final String OSI = "Online Service Index";
  static final String HCI = "Human Capital Index";
  static final String TII = "Telecommunication Infrastructure Index";

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.UN_EGDI;
    CsvInput.Read read = CsvInput.read(ctx, input, layout, layout.requiredColumns());
    Parse.Field year = Parse.year(YEAR, CsvInput.raw(YEAR));
    Parse.Field rank = Parse.integer(RANK, CsvInput.raw(RANK));
    Parse.Field egdi = index(EGDI);
    Parse.Field epi = index(EPI);
    Parse.Field osi = index(OSI);
    Parse.Field hci = index(HCI);
    Parse.Field tii = index(TII);

    Column allZero = lit(true);
    for (Parse.Field f : List.of(egdi, epi, osi, hci, tii)) {
      allZero = allZero.and(f.value().equalTo(0.0));
    }
    Column notAssessed = Parse.text(CsvInput.raw(RANK)).isNull().and(allZero);

    Dataset<Row> checked =
        Issues.add(
            read.rows(),
            year.issue(),
            rank.issue(),
            egdi.issue(),
            epi.issue(),
            osi.issue(),
            hci.issue(),
            tii.issue(),
            Parse.required(EGDI, CsvInput.raw(EGDI)),
            Rules.INDEX_OUT_OF_RANGE.check(EGDI, CsvInput.raw(EGDI), egdi.value()),
            Rules.COMPONENT_OUT_OF_RANGE.check(EPI, CsvInput.raw(EPI), epi.value()),
            Rules.COMPONENT_OUT_OF_RANGE.check(OSI, CsvInput.raw(OSI), osi.value()),
            Rules.COMPONENT_OUT_OF_RANGE.check(HCI, CsvInput.raw(HCI), hci.value()),
            Rules.COMPONENT_OUT_OF_RANGE.check(TII, CsvInput.raw(TII), tii.value()),
            Rules.NOT_ASSESSED.where(
                notAssessed, "empty rank and all scores zero: not assessed in this edition"));
    Dataset<Row> rows =
        checked.select(
            col(Columns.ISO3),
            year.value().as(Columns.SURVEY_YEAR),
            egdi.value().as(Columns.EGDI),
            osi.value().as(Columns.OSI),
            hci.value().as(Columns.HCI),
            tii.value().as(Columns.TII),
            epi.value().as(Columns.EPI),
            rank.value().as(Columns.UN_RANK),
            lit(null).cast(DataTypes.DoubleType).as(Columns.PERCENTILE),
            lit(null).cast(DataTypes.StringType).as(Columns.EGDI_GROUP),
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            col(Columns.LINE_NUMBER),
            col(CheckedSource.RAW_FIELDS),
            col(CheckedSource.RAW_COUNTRY),
            col(Issues.COLUMN),
            lit(null).cast(DataTypes.StringType).as(EgdiSources.COMPONENT),
            lit(null).cast(EgdiSources.EDITIONS_TYPE).as(EgdiSources.EDITIONS));
    return new CheckedSource(input, Target.EGDI, read.files(), rows, read.harmonisation());
  }

  private static Parse.Field index(String field) {
    return Parse.number(field, CsvInput.raw(field), DataTypes.DoubleType);
  }
}
