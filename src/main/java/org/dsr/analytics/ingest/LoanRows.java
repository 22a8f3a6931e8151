package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.reference.DigitalFinance;
import org.dsr.analytics.reference.Lenders;
import org.dsr.analytics.reference.Sectors;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Columns;

/** What the loan readers share: the canonical loan columns and the lender and sector rules. */
final class LoanRows {
  private LoanRows() {}

  /**
   * The release of a project's record, carried (not written) so that of two releases among the
   * inputs that hold a project the later wins ({@link KeyChecks#laterRelease}).
   */
  static final String RELEASE = "release";

  /**
   * Every file a row's record was read from: its source_file, and for a record joined from the
   * files of a release folder the others too, so that each file's rows reconcile.
   */
  static final String RECORD_FILES = "record_files";

  /**
   * The fields of one loan, as a reader parses them from its layout; a column the layout lacks is a
   * null literal.
   *
   * @param project the project title
   * @param implementingAgencies the implementing agencies as published
   * @param description the record's description
   * @param release the project key and the release, {@link Release#NONE} for single releases
   */
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
      Column status,
      Column project,
      Column implementingAgencies,
      Column description,
      Release release) {}

  /**
   * Where a record sits among the releases of one dataset.
   *
   * @param projectKey the project, the same in every release (e.g. aiddata_1:140)
   * @param order the release's place in time: a higher one is later
   */
  record Release(Column projectKey, Column order) {
    static final Release NONE =
        new Release(lit(null).cast(DataTypes.StringType), lit(null).cast(DataTypes.IntegerType));
  }

  /** A column the layout does not have. */
  static Column none() {
    return lit(null).cast(DataTypes.StringType);
  }

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

  /** The files of each row's record: as the reader joined them, else its source_file. */
  private static Column recordFiles(Dataset<Row> read) {
    return (List.of(read.columns()).contains(RECORD_FILES)
            ? col(RECORD_FILES)
            : array(col(Columns.SOURCE_FILE)))
        .as(RECORD_FILES);
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
    Column project = Parse.text(f.project());
    Column agencies = Parse.text(f.implementingAgencies());
    Column digital =
        DigitalFinance.classify(
            project,
            Parse.text(f.description()),
            Vendors.ofFinanceRecord(agencies, project),
            sector.equalTo(Sectors.ICT));
    return checked.select(
        concat(col(Columns.SOURCE), lit(":"), coalesce(sourceRecordId, positionId()))
            .as(Columns.LOAN_ID),
        col(Columns.ISO3),
        f.year().value().as(Columns.COMMITMENT_YEAR),
        coalesce(Lenders.NAMES.lookUp(f.rawLender()), Parse.text(f.rawLender())).as(Columns.LENDER),
        sector.as(Columns.SECTOR),
        Parse.text(f.sourceSector()).as(Columns.SOURCE_SECTOR),
        digital.getField(Columns.DIGITAL_CATEGORY).isNotNull().as(Columns.IS_ICT),
        digital.getField(Columns.DIGITAL_CATEGORY).as(Columns.DIGITAL_CATEGORY),
        digital.getField(Columns.CLASSIFICATION_REASON).as(Columns.CLASSIFICATION_REASON),
        f.amount().value().as(Columns.AMOUNT_USD),
        f.amountConstant().value().as(Columns.AMOUNT_USD_CONSTANT),
        f.constantBaseYear().cast("int").as(Columns.CONSTANT_BASE_YEAR),
        Parse.text(f.flowClass()).as(Columns.FLOW_CLASS),
        Parse.text(f.status()).as(Columns.STATUS),
        sourceRecordId.as(Columns.SOURCE_RECORD_ID),
        project.as(Columns.PROJECT),
        agencies.as(Columns.IMPLEMENTING_AGENCIES),
        f.release().projectKey().as(Columns.PROJECT_KEY),
        f.release().order().cast(DataTypes.IntegerType).as(RELEASE),
        col(Columns.SOURCE),
        col(Columns.SOURCE_FILE),
        col(Columns.LINE_NUMBER),
        recordFiles(read),
        col(CheckedSource.RAW_FIELDS),
        col(CheckedSource.RAW_COUNTRY),
        col(Issues.COLUMN));
  }
}
