package org.dsr.analytics.ingest;

import java.util.List;
import org.apache.spark.sql.Column;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.schema.SourceLayout;

/**
 * dsr-analytics' own loans CSV: {@code loan_id, country, commitment_year, lender, sector,
 * amount_usd} required; {@code amount_usd_constant, constant_base_year, flow_class, status}
 * optional. Amounts in US dollars; sector one of the harmonised set or a name the sector vocabulary
 * knows.
 */
final class DsrLoansReader implements SourceReader {
  static final List<String> OPTIONAL =
      List.of("amount_usd_constant", "constant_base_year", "flow_class", "status");

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.DSR_LOANS;
    List<String> columns =
        java.util.stream.Stream.concat(layout.requiredColumns().stream(), OPTIONAL.stream())
            .toList();
    CsvInput.Read read = CsvInput.read(ctx, input, layout, columns);
    Column sector = Parse.text(CsvInput.raw("sector"));
    Parse.Field constant =
        Parse.money("amount_usd_constant", CsvInput.raw("amount_usd_constant"), 1);
    Parse.Field baseYear = Parse.integer("constant_base_year", CsvInput.raw("constant_base_year"));
    LoanRows.Fields fields =
        new LoanRows.Fields(
            CsvInput.raw("loan_id"),
            Parse.year("commitment_year", CsvInput.raw("commitment_year")),
            CsvInput.raw("lender"),
            sector,
            Sectors.NAMES.lookUp(sector),
            Parse.money("amount_usd", CsvInput.raw("amount_usd"), 1),
            constant,
            baseYear.value(),
            CsvInput.raw("flow_class"),
            CsvInput.raw("status"),
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
            Parse.required("loan_id", CsvInput.raw("loan_id")),
            Parse.required("amount_usd", CsvInput.raw("amount_usd")),
            baseYear.issue(),
            Rules.MISSING_VALUE.where(
                constant.value().isNotNull().and(baseYear.value().isNull()),
                "field 'constant_base_year' is empty but amount_usd_constant is given")),
        read.harmonisation());
  }
}
