package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;

/**
 * The China Global Investment Tracker workbook. Sheets "Dataset 1" (investments) and "Dataset 2"
 * (construction contracts) are read; "Dataset 1+2" repeats them and "Dataset 3" lists troubled
 * transactions, so neither is. Deals of the Chinese technology vendors and operators in {@link
 * Vendors} in the Technology sector or the Telecom subsector are kept (telecom as telecom_network,
 * others as other); every other deal is excluded by rule not_chinese_tech_deal. An investment
 * counts as a network only where it is a Chinese operator's greenfield network or majority stake in
 * a telecom firm; any other investment (a stake, an acquisition, a vendor's own premises abroad) is
 * kept as outbound_stake (rule outbound_investment), which no index component counts. Values are in
 * USD millions. Two deals of one entity with one party in one year are told apart by their month.
 */
final class CgitReader implements SourceReader {
  static final List<String> SHEETS = List.of("Dataset 1", "Dataset 2");
  static final Map<String, String> ENTITY_COLUMNS =
      Map.of("Investor", "Chinese Entity", "Contractor", "Chinese Entity");
  static final List<String> OPTIONAL =
      List.of("Month", "Transaction Party", "Subsector", "Share Size", "Greenfield");

  /** The sheet of investments: stakes and greenfield investments, not construction contracts. */
  static final String INVESTMENTS_SHEET = "Dataset 1";

  /** The share of a telecom firm from which an operator's investment runs a network. */
  static final double MAJORITY = 0.5;

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
    Column telecom = coalesce(lower(subsector).equalTo("telecom"), lit(false));
    // The workbook formats Share Size as a percentage, so its cells read "89%"; a plain number is a
    // fraction.
    Column shareRaw = CsvInput.raw("Share Size");
    Parse.Field shareNumber =
        Parse.number("Share Size", regexp_replace(shareRaw, "%\\s*$", ""), DataTypes.DoubleType);
    Column share =
        when(trim(shareRaw).endsWith("%"), shareNumber.value().divide(100))
            .otherwise(shareNumber.value());
    Column greenfield =
        coalesce(upper(Parse.text(CsvInput.raw("Greenfield"))).equalTo("G"), lit(false));
    Column byOperator = exists(vendors, v -> v.isin(Vendors.OPERATORS.toArray()));
    Column chineseRunNetwork =
        telecom.and(byOperator).and(greenfield.or(coalesce(share.geq(MAJORITY), lit(false))));
    Column outboundStake =
        col(Columns.SOURCE_FILE).endsWith("#" + INVESTMENTS_SHEET).and(not(chineseRunNetwork));
    Dataset<Row> checked =
        Issues.add(
            read.rows(),
            year.issue(),
            value.issue(),
            shareNumber.issue(),
            Rules.OUTBOUND_INVESTMENT.where(
                outboundStake.and(vendor.isNotNull()).and(isTechDeal),
                concat(
                    lit("an investment of "),
                    coalesce(Parse.text(CsvInput.raw("Chinese Entity")), lit("")),
                    lit(" (Share Size '"),
                    coalesce(Parse.text(shareRaw), lit("")),
                    lit("', Greenfield '"),
                    coalesce(Parse.text(CsvInput.raw("Greenfield")), lit("")),
                    lit("') that runs no Chinese network in the country"))),
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
            when(outboundStake, lit(Categories.OUTBOUND_STAKE))
                .when(telecom, lit(Categories.TELECOM_NETWORK))
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
