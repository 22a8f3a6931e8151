package org.dsr.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;

/** Every output dataset of dsr-analytics, defined once: readers, jobs and docs use these. */
public final class Datasets {
  private Datasets() {}

  public static final DatasetSpec HARMONISATION =
      new DatasetSpec(
          "harmonisation",
          "distinct raw country name (and code) per source file",
          List.of(
              new ColumnSpec(
                  Columns.SOURCE, StringType, "", "input source as named in the job config"),
              new ColumnSpec(
                  Columns.SOURCE_FILE, StringType, "", "input file the name was read from"),
              new ColumnSpec(
                  Columns.RAW_NAME, StringType, "", "country name exactly as in the source"),
              new ColumnSpec(
                  Columns.RAW_CODE,
                  StringType,
                  "",
                  "country code exactly as in the source, if any"),
              new ColumnSpec(
                  Columns.NORMALISED_NAME,
                  StringType,
                  "",
                  "name after normalisation (accents, case, punctuation, leading 'The')"),
              new ColumnSpec(
                  Columns.ISO3,
                  StringType,
                  "",
                  "ISO 3166-1 alpha-3 code resolved, null when excluded or unmatched"),
              new ColumnSpec(
                  Columns.MATCH_METHOD,
                  StringType,
                  "",
                  "code, exact, alias, override, aggregate, code_conflict, missing or unmatched"),
              new ColumnSpec(
                  Columns.ROW_COUNT, LongType, "rows", "rows of the file carrying this name"),
              new ColumnSpec(
                  Columns.SUGGESTIONS,
                  StringType,
                  "",
                  "for unmatched names, the three closest reference names, separated by '; '"),
              new ColumnSpec(
                  Columns.NOTE, StringType, "", "why, where the match method alone does not say")),
          List.of(Columns.SOURCE, Columns.SOURCE_FILE, Columns.RAW_NAME, Columns.RAW_CODE));

  public static List<DatasetSpec> all() {
    return List.of(HARMONISATION);
  }
}
