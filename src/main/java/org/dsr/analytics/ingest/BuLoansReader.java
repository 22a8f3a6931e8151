package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.schema.SourceLayout;

/**
 * Boston University's Chinese Loans to Africa database, as downloaded (amounts in USD millions) or
 * as the widely copied scrape (amounts as text such as "$90M", "$1.2B").
 */
final class BuLoansReader implements SourceReader {
  private static final long MILLION = 1_000_000L;
  private final SourceLayout layout;

  BuLoansReader(SourceLayout layout) {
    this.layout = layout;
  }

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    boolean scraped = layout == SourceLayout.BU_LOANS_AFRICA_SCRAPED;
    String idColumn = scraped ? "S.no" : "BU ID";
    String sectorColumn = scraped ? "Invested On" : "Sector";
    String amountColumn = scraped ? "$ Allocation" : "Loan (USD M)";
    List<String> columns = new ArrayList<>(layout.requiredColumns());
    columns.add(idColumn);
    CsvInput.Read read = CsvInput.read(ctx, input, layout, columns);
    Column sourceSector = Parse.text(CsvInput.raw(sectorColumn));
    LoanRows.Fields fields =
        new LoanRows.Fields(
            CsvInput.raw(idColumn),
            Parse.year("Year", CsvInput.raw("Year")),
            CsvInput.raw("Lender"),
            sourceSector,
            Sectors.NAMES.lookUp(sourceSector),
            Parse.money(amountColumn, CsvInput.raw(amountColumn), MILLION),
            Parse.Field.absent(Parse.MONEY),
            lit(null).cast(DataTypes.IntegerType),
            lit(null).cast(DataTypes.StringType),
            lit(null).cast(DataTypes.StringType),
            scraped ? CsvInput.raw("Project") : LoanRows.none(),
            LoanRows.none(),
            LoanRows.none(),
            LoanRows.Release.NONE);
    return new CheckedSource(
        input,
        Target.LOANS,
        read.files(),
        LoanRows.select(
            read.rows(), fields, Parse.required(amountColumn, CsvInput.raw(amountColumn))),
        read.harmonisation());
  }
}
