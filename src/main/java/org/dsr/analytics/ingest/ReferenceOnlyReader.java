package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;

import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;

/**
 * Layouts read only for their countries (reference tables, location files): their rows are
 * accounted for in reconciliation and their names in the harmonisation report, and they feed no
 * canonical dataset.
 */
final class ReferenceOnlyReader implements SourceReader {
  private final SourceLayout layout;

  ReferenceOnlyReader(SourceLayout layout) {
    this.layout = layout;
  }

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    CsvInput.Read read = CsvInput.read(ctx, input, layout, layout.countryColumnNames());
    return new CheckedSource(
        input,
        Target.REFERENCE_ONLY,
        read.files(),
        read.rows()
            .select(
                col(Columns.ISO3),
                col(Columns.SOURCE),
                col(Columns.SOURCE_FILE),
                col(Columns.LINE_NUMBER),
                col(CheckedSource.RAW_FIELDS),
                col(CheckedSource.RAW_COUNTRY),
                col(Issues.COLUMN)),
        read.harmonisation());
  }
}
