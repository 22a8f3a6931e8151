package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.schema.SourceLayout;

/**
 * AidData's Global Chinese Development Finance Dataset 3.0, project table. Records marked
 * "Recommended For Aggregates: No" (pledges, umbrella agreements, cancelled projects) are excluded,
 * as AidData advises. Amounts come in nominal and constant 2021 dollars, kept apart.
 */
final class AidDataReader implements SourceReader {
  static final int CONSTANT_BASE_YEAR = 2021;

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.AIDDATA_GCDF3;
    CsvInput.Read read = CsvInput.read(ctx, input, layout, layout.requiredColumns());
    Column sectorCode = Parse.text(CsvInput.raw("Sector Code"));
    Parse.Field constant =
        Parse.money("Amount (Constant USD 2021)", col("Amount (Constant USD 2021)"), 1);
    LoanRows.Fields fields =
        new LoanRows.Fields(
            CsvInput.raw("AidData Record ID"),
            Parse.year("Commitment Year", CsvInput.raw("Commitment Year")),
            CsvInput.raw("Funding Agencies"),
            Parse.text(CsvInput.raw("Sector Name")),
            Sectors.DAC_CODES.lookUp(sectorCode),
            Parse.money("Amount (Nominal USD)", col("Amount (Nominal USD)"), 1),
            constant,
            when(constant.value().isNotNull(), lit(CONSTANT_BASE_YEAR)),
            CsvInput.raw("Flow Class"),
            CsvInput.raw("Status"),
            LoanRows.none(),
            LoanRows.none(),
            LoanRows.none(),
            LoanRows.Release.NONE);
    return new CheckedSource(
        input,
        Target.LOANS,
        read.files(),
        LoanRows.select(
            read.rows(),
            fields,
            Parse.required("AidData Record ID", CsvInput.raw("AidData Record ID")),
            AidData1Reader.amountNotPublished("Amount (Nominal USD)"),
            Rules.NOT_RECOMMENDED_FOR_AGGREGATES.where(
                lower(Parse.text(CsvInput.raw("Recommended For Aggregates"))).equalTo("no"),
                "AidData marks the record 'Recommended For Aggregates: No'")),
        read.harmonisation());
  }
}
