package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.AidDataAgencies;
import org.dsr.analytics.reference.Lenders;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.schema.SourceLayout;

/**
 * AidData's project-level Chinese official finance, 2000-2014, in its two releases: the Global
 * Chinese Official Finance Dataset 1.0 workbook (2017) and its geocoded research release 1.1
 * (2018), which holds 3,485 of the 5,466 projects under the same project_id. Both are read the same
 * way, as AidData advises: umbrella agreements (whose child projects carry the money) and records
 * not recommended for research (pledges, cancelled, suspended) are excluded; amounts come nominal
 * (usd_current) and in constant 2014 dollars (usd_defl_2014), kept apart. A project both releases
 * hold counts once: {@link Target#LOANS} keeps the later release's record (see {@link
 * KeyChecks#laterRelease}).
 */
final class AidData1Reader implements SourceReader {
  static final int CONSTANT_BASE_YEAR = 2014;

  private final SourceLayout layout;

  AidData1Reader(SourceLayout layout) {
    this.layout = layout;
  }

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    boolean workbook = layout == SourceLayout.AIDDATA_GCOF1_XLSX;
    CsvInput.Read read =
        workbook
            ? CsvInput.readWorkbooks(
                ctx,
                input,
                layout,
                List.of(SourceLayout.GCOF1_SHEET),
                Map.of(),
                layout.requiredColumns())
            : GeocodedRelease.read(ctx, input);
    Parse.Field constant = Parse.money("usd_defl_2014", CsvInput.raw("usd_defl_2014"), 1);
    Parse.Field recommended =
        Parse.flag("recommended_for_research", CsvInput.raw("recommended_for_research"));
    Parse.Field umbrella = Parse.flag("umbrella", CsvInput.raw("umbrella"));
    LoanRows.Fields fields =
        new LoanRows.Fields(
            CsvInput.raw("project_id"),
            Parse.year("year", CsvInput.raw("year")),
            lenders(CsvInput.raw("funding_agency")),
            Parse.text(CsvInput.raw("crs_sector_name")),
            Sectors.DAC_CODES.lookUp(Parse.text(CsvInput.raw("crs_sector_code"))),
            Parse.money("usd_current", CsvInput.raw("usd_current"), 1),
            constant,
            when(constant.value().isNotNull(), lit(CONSTANT_BASE_YEAR)),
            CsvInput.raw("flow_class"),
            CsvInput.raw("status"),
            CsvInput.raw(workbook ? "title" : "project_title"),
            CsvInput.raw("implementing_agency"),
            CsvInput.raw("description"),
            new LoanRows.Release(
                // Both releases share their project ids: the key is the family's and the id.
                concat(lit(layout.releaseFamily() + ":"), Parse.text(CsvInput.raw("project_id"))),
                // GCOF 1.0, then its geocoded release 1.1.
                lit(workbook ? 10 : 11)));
    List<Column> issues = new ArrayList<>();
    issues.add(Parse.required("project_id", CsvInput.raw("project_id")));
    issues.add(recommended.issue());
    issues.add(umbrella.issue());
    // Umbrella first: AidData marks every umbrella record not recommended too, and this says why.
    issues.add(
        Rules.UMBRELLA_PROJECT.where(
            umbrella.value().equalTo(true),
            Issues.fieldMessage(
                "umbrella",
                CsvInput.raw("umbrella"),
                "marks an umbrella agreement; its projects carry the money")));
    issues.add(
        Rules.NOT_RECOMMENDED_FOR_RESEARCH.where(
            recommended.value().equalTo(false),
            Issues.fieldMessage(
                "recommended_for_research",
                CsvInput.raw("recommended_for_research"),
                "marks a record AidData does not recommend for research")));
    issues.add(amountNotPublished("usd_current"));
    return new CheckedSource(
        input,
        Target.LOANS,
        read.files(),
        LoanRows.select(read.rows(), fields, issues.toArray(Column[]::new)),
        read.harmonisation());
  }

  /** The warning that an AidData record publishes no nominal amount in {@code field}. */
  static Column amountNotPublished(String field) {
    return Rules.AMOUNT_NOT_PUBLISHED.where(
        Parse.text(CsvInput.raw(field)).isNull(),
        lit("field '" + field + "' is empty: the amount is not published"));
  }

  /**
   * The funding agencies in the lender vocabulary's names: AidData writes each as "Name, Agency
   * Type" and joins several with "; ". The type goes; a name the vocabulary lacks stays as written.
   */
  static Column lenders(Column raw) {
    return array_join(
        transform(
            AidDataAgencies.names(Parse.text(raw)), n -> coalesce(Lenders.NAMES.lookUp(n), n)),
        "; ");
  }
}
