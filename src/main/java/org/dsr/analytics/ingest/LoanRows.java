package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.reference.Lenders;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.schema.Columns;

/** What the loan readers share: the canonical loan columns and the lender and sector rules. */
final class LoanRows {
  private LoanRows() {}

  /** The fields of one loan, as a reader parses them from its layout. */
  record Fields(
      Column sourceRecordId,
      Parse.Field year,
      Column rawLender,
      Column sourceSector,
      Column sector,
      Parse.Field amount,
      Parse.Field amountConstant,
      Column constantBaseYear,
      Column flowClass,
      Column status) {}

  /** A stable id for a record without one: its source, file name and line. */
  static Column positionId() {
    return substring(
        sha2(
            concat_ws(
                "|",
                col(Columns.SOURCE),
                element_at(split(col(Columns.SOURCE_FILE), "/"), -1),
                col(Columns.LINE_NUMBER).cast("string")),
            256),
        1,
        16);
  }

  /** Adds the field issues and selects the canonical loan columns (plus raw fields and issues). */
  static Dataset<Row> select(Dataset<Row> read, Fields f, Column... moreIssues) {
    Column knownSector = f.sector();
    Column unknownSector =
        Rules.UNKNOWN_SECTOR.where(
            f.sourceSector().isNotNull().and(knownSector.isNull()),
            concat(
                lit("sector '"),
                f.sourceSector(),
                lit("' is not in the sector vocabulary; kept as 'other'")));
    Column[] issues = new Column[moreIssues.length + 4];
    issues[0] = f.year().issue();
    issues[1] = f.amount().issue();
    issues[2] = f.amountConstant().issue();
    issues[3] = unknownSector;
    System.arraycopy(moreIssues, 0, issues, 4, moreIssues.length);
    Dataset<Row> checked = Issues.add(read, issues);
    Column sourceRecordId = Parse.text(f.sourceRecordId());
    Column sector = coalesce(knownSector, lit(Sectors.OTHER));
    return checked.select(
        concat(col(Columns.SOURCE), lit(":"), coalesce(sourceRecordId, positionId()))
            .as(Columns.LOAN_ID),
        col(Columns.ISO3),
        f.year().value().as(Columns.COMMITMENT_YEAR),
        coalesce(Lenders.NAMES.lookUp(f.rawLender()), Parse.text(f.rawLender())).as(Columns.LENDER),
        sector.as(Columns.SECTOR),
        Parse.text(f.sourceSector()).as(Columns.SOURCE_SECTOR),
        sector.equalTo(Sectors.ICT).as(Columns.IS_ICT),
        f.amount().value().as(Columns.AMOUNT_USD),
        f.amountConstant().value().as(Columns.AMOUNT_USD_CONSTANT),
        f.constantBaseYear().cast("int").as(Columns.CONSTANT_BASE_YEAR),
        Parse.text(f.flowClass()).as(Columns.FLOW_CLASS),
        Parse.text(f.status()).as(Columns.STATUS),
        sourceRecordId.as(Columns.SOURCE_RECORD_ID),
        col(Columns.SOURCE),
        col(Columns.SOURCE_FILE),
        col(Columns.LINE_NUMBER),
        col(CheckedSource.RAW_FIELDS),
        col(Issues.COLUMN));
  }
}
