package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.SourceLayout;

/**
 * The China Global Investment Tracker workbook. Sheets "Dataset 1" (investments) and "Dataset 2"
 * (construction contracts) are read; "Dataset 1+2" repeats them and "Dataset 3" lists troubled
 * transactions, so neither is. Deals of the Chinese technology vendors and operators in {@link
 * Vendors} in the Technology sector or the Telecom subsector are kept (telecom as telecom_network,
 * others as other); every other deal is excluded by rule not_chinese_tech_deal. Values are in USD
 * millions. Two deals of one entity with one party in one year are told apart by their month.
 */
final class CgitReader implements SourceReader {
  static final List<String> SHEETS = List.of("Dataset 1", "Dataset 2");
  static final Map<String, String> ENTITY_COLUMNS =
      Map.of("Investor", "Chinese Entity", "Contractor", "Chinese Entity");
  static final List<String> OPTIONAL = List.of("Month", "Transaction Party", "Subsector");
  private static final long MILLION = 1_000_000L;

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.CGIT_XLSX;
    List<String> columns = new ArrayList<>(layout.requiredColumns());
    columns.addAll(OPTIONAL);
    CsvInput.Read read =
        CsvInput.readWorkbooks(ctx, input, layout, SHEETS, ENTITY_COLUMNS, columns);

    // A joint deal names several entities: "ZTE, Huawei, and China Communications Construction".
    // Possessive, and " and " tried only where a run of spaces starts, so that a cell of many
    // spaces is split in one pass, not one scan of the run per space.
    Column entities =
        split(
            Parse.text(CsvInput.raw("Chinese Entity")), ",\\s*+(and\\s++)?|(?<!\\s)\\s++and\\s++");
    Column vendors =
        array_distinct(array_compact(transform(entities, e -> Vendors.NAMES.lookUp(e))));
    Column vendor = when(size(vendors).gt(0), vendors);
    Parse.Field year = Parse.year("Year", CsvInput.raw("Year"));
    Parse.Field value =
        Parse.money("Quantity in Millions", CsvInput.raw("Quantity in Millions"), MILLION);
    Column subsector = Parse.text(CsvInput.raw("Subsector"));
    Column isTechDeal =
        coalesce(lower(Parse.text(CsvInput.raw("Sector"))).equalTo("technology"), lit(false))
            .or(coalesce(lower(subsector).equalTo("telecom"), lit(false)));
    Dataset<Row> checked =
        Issues.add(
            read.rows(),
            year.issue(),
            value.issue(),
            Rules.NOT_CHINESE_TECH_DEAL.where(
                vendor.isNull(),
                Issues.fieldMessage(
                    "Chinese Entity",
                    CsvInput.raw("Chinese Entity"),
                    "is not a Chinese technology vendor")),
            Rules.NOT_CHINESE_TECH_DEAL.where(
                vendor.isNotNull().and(not(isTechDeal)),
                concat(
                    lit("a deal in sector '"),
                    coalesce(Parse.text(CsvInput.raw("Sector")), lit("")),
                    lit("', not a technology or telecom deal"))));
    return new CheckedSource(
        input,
        Target.DEPLOYMENTS,
        read.files(),
        DeploymentRows.select(
            checked,
            vendors,
            year.value(),
            when(lower(subsector).equalTo("telecom"), lit(Categories.TELECOM_NETWORK))
                .otherwise(lit(Categories.OTHER)),
            concat_ws(
                ", ",
                Parse.text(CsvInput.raw("Transaction Party")),
                Parse.text(CsvInput.raw("Sector")),
                subsector),
            value.value(),
            lit(null).cast("string"),
            Parse.text(CsvInput.raw("Month"))),
        read.harmonisation());
  }
}
