package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/**
 * The two EGDI sources side by side: the UN's files (layout un_egdi, a row per country and edition)
 * and Data360's re-publication (a row per country and index, a cell per edition). The UN file
 * always wins: a Data360 edition of a country that a UN input holds is only compared with it; the
 * other Data360 editions become egdi rows of their own, without a rank.
 */
final class EgdiSources {
  /** Working column of a Data360 row: the egdi column its index feeds; null on UN rows. */
  static final String COMPONENT = "_component";

  /** Working column of a Data360 row: its editions with a value (then: those it adds to egdi). */
  static final String EDITIONS = "_editions";

  /** Working column of a Data360 row: its values that differ from the UN file's. */
  static final String DIFFERENCES = "_differences";

  static final DataType EDITIONS_TYPE =
      DataTypes.createArrayType(
          DataTypes.createStructType(
              List.of(
                  DataTypes.createStructField(Columns.SURVEY_YEAR, DataTypes.IntegerType, true),
                  DataTypes.createStructField(Columns.VALUE, DataTypes.DoubleType, true))));

  /** The decimals the UN publishes; both values are rounded to them before they are compared. */
  static final int UN_DECIMALS = 5;

  private static final List<String> INDICES =
      List.of(Columns.EGDI, Columns.OSI, Columns.HCI, Columns.TII);
  private static final String KIND = "_kind";
  private static final String IN_UN = "in_un";
  private static final String NOT_ASSESSED = "not_assessed";
  private static final String KEPT = "kept";

  private EgdiSources() {}

  /** The rows of the UN's files: the Data360 rows are the others. */
  static Column isUn() {
    return col(COMPONENT).isNull();
  }

  /**
   * Decides each Data360 row's editions against the UN rows {@code un} (any outcome: a UN row
   * decides its country and edition whatever became of it) and the input's other indices:
   *
   * <ul>
   *   <li>in a UN file: compared, index by index, after rounding both to 5 decimals; a difference
   *       raises {@link Rules#EGDI_SOURCES_DISAGREE} and is kept in {@link #DIFFERENCES};
   *   <li>not assessed: the input's four indices are all 0.0 for the edition ({@link
   *       Rules#NOT_ASSESSED_EDITION}, once per index); a single 0.0 is a score the UN published;
   *   <li>kept: the others, where the input has the edition's EGDI; {@link #EDITIONS} then holds
   *       only these.
   * </ul>
   *
   * A row with no kept edition is excluded: {@link Rules#EGDI_IN_UN_FILE} when a UN file holds one
   * of its editions, else {@link Rules#NOT_ASSESSED}, else {@link Rules#NO_OBSERVATION}.
   */
  static Dataset<Row> compare(Dataset<Row> data360, Dataset<Row> un, Disposition disposition) {
    List<Column> rowKey =
        List.of(col(Columns.SOURCE), col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER));
    Column eligible = not(disposition.blocked(col(Issues.COLUMN)));
    Dataset<Row> cells =
        cells(data360.where(eligible))
            .withColumn(Columns.SURVEY_YEAR, col("_cell").getField(Columns.SURVEY_YEAR))
            .withColumn(Columns.VALUE, col("_cell").getField(Columns.VALUE))
            .drop("_cell");
    WindowSpec edition =
        Window.partitionBy(col(Columns.SOURCE), col(Columns.ISO3), col(Columns.SURVEY_YEAR));
    Column allZero =
        size(collect_set(col(COMPONENT)).over(edition))
            .equalTo(INDICES.size())
            .and(max(col(Columns.VALUE)).over(edition).equalTo(0.0));
    Column hasEgdi = max(col(COMPONENT).equalTo(Columns.EGDI)).over(edition);
    Dataset<Row> compared =
        cells
            .withColumn("_all_zero", allZero)
            .withColumn("_has_egdi", hasEgdi)
            .join(firstUnRows(un), new String[] {Columns.ISO3, Columns.SURVEY_YEAR}, "left")
            .withColumn(Columns.UN_VALUE, unValueOfTheIndex());
    Column unValue = col(Columns.UN_VALUE);
    Column inUn = col(Columns.UN_SOURCE_FILE).isNotNull();
    Column differs =
        inUn.and(unValue.isNotNull())
            .and(not(round(col(Columns.VALUE), UN_DECIMALS).equalTo(round(unValue, UN_DECIMALS))));
    Column place =
        concat(
            col(Columns.ISO3),
            lit(" "),
            col(Columns.SURVEY_YEAR).cast("string"),
            lit(" "),
            col(COMPONENT));
    Dataset<Row> decided =
        compared
            .withColumn(
                KIND,
                when(inUn, lit(IN_UN))
                    .when(col("_all_zero"), lit(NOT_ASSESSED))
                    .when(col("_has_egdi"), lit(KEPT)))
            .withColumn(
                "_cell_issues",
                NonNull.array(
                    Rules.NOT_ASSESSED_EDITION.where(
                        col("_all_zero"),
                        concat(
                            place, lit(": all four indices 0.0, Data360's mark for not assessed"))),
                    Rules.EGDI_SOURCES_DISAGREE.where(
                        differs,
                        concat(
                            place,
                            lit(": UN "),
                            unValue.cast("string"),
                            lit(" ("),
                            col(Columns.UN_SOURCE_FILE),
                            lit(" line "),
                            col(Columns.UN_LINE_NUMBER).cast("string"),
                            lit("), Data360 "),
                            col(Columns.VALUE).cast("string"),
                            lit(" ("),
                            col(Columns.SOURCE_FILE),
                            lit(" line "),
                            col(Columns.LINE_NUMBER).cast("string"),
                            lit("); the UN value is kept")))));
    Dataset<Row> perRow =
        decided
            .groupBy(rowKey.toArray(Column[]::new))
            .agg(
                collect_list(col("_cell_issues")).as("_issue_lists"),
                count(when(col(KIND).equalTo(KEPT), lit(1))).as("_kept"),
                count(when(col(KIND).equalTo(IN_UN), lit(1))).as("_in_un"),
                count(when(col(KIND).equalTo(NOT_ASSESSED), lit(1))).as("_not_assessed"),
                array_sort(
                        collect_list(
                            when(
                                col(KIND).equalTo(KEPT),
                                struct(
                                    col(Columns.SURVEY_YEAR).as(Columns.SURVEY_YEAR),
                                    col(Columns.VALUE).as(Columns.VALUE)))))
                    .as("_kept_editions"),
                collect_list(
                        when(
                            differs,
                            struct(
                                col(Columns.SURVEY_YEAR),
                                unValue.as(Columns.UN_VALUE),
                                col(Columns.VALUE).as(Columns.REPUBLISHED_VALUE),
                                col(Columns.UN_SOURCE_FILE),
                                col(Columns.UN_LINE_NUMBER))))
                    .as("_differing"));
    Column kept = coalesce(col("_kept"), lit(0L));
    Column none = eligible.and(kept.equalTo(0L));
    Dataset<Row> joined =
        data360.join(
            perRow,
            new String[] {Columns.SOURCE, Columns.SOURCE_FILE, Columns.LINE_NUMBER},
            "left");
    // A row without cells (rejected, or no value at all) adds an empty array of the issue type.
    Dataset<Row> withCellIssues =
        Issues.addArray(
            joined,
            coalesce(flatten(col("_issue_lists")), filter(col(Issues.COLUMN), i -> lit(false))));
    return Issues.add(
            withCellIssues,
            Rules.EGDI_IN_UN_FILE.where(
                none.and(col("_in_un").gt(0)),
                concat(
                    col("_in_un").cast("string"),
                    lit(" edition(s) with a value, all in a un_egdi input: compared, not added"))),
            Rules.NOT_ASSESSED.where(
                none.and(coalesce(col("_in_un"), lit(0L)).equalTo(0L))
                    .and(col("_not_assessed").gt(0)),
                "all four indices 0.0 in every edition with a value: not assessed"),
            Rules.NO_OBSERVATION.where(
                none.and(coalesce(col("_in_un"), lit(0L)).equalTo(0L))
                    .and(coalesce(col("_not_assessed"), lit(0L)).equalTo(0L)),
                "no value in an edition that has an EGDI value in this input"))
        .withColumn(EDITIONS, coalesce(col("_kept_editions"), lit(null).cast(EDITIONS_TYPE)))
        .withColumn(DIFFERENCES, col("_differing"))
        .drop("_issue_lists", "_kept", "_in_un", "_not_assessed", "_kept_editions", "_differing");
  }

  /**
   * The egdi rows of the kept Data360 editions of accepted rows: one per source, country and
   * edition, with the four indices from the four files and, as provenance, the EGDI file's row.
   * Data360 publishes no rank and no E-Participation Index: both are null, never computed.
   */
  static Dataset<Row> editions(Dataset<Row> accepted) {
    Dataset<Row> cells = cells(accepted.where(not(isUn())));
    Column isEgdi = col(COMPONENT).equalTo(Columns.EGDI);
    List<Column> values = new java.util.ArrayList<>();
    for (String index : INDICES) {
      values.add(
          max(when(col(COMPONENT).equalTo(index), col("_cell").getField(Columns.VALUE))).as(index));
    }
    values.add(
        min(when(isEgdi, struct(col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER))))
            .as("_egdi_row"));
    Column noDouble = lit(null).cast(DataTypes.DoubleType);
    return cells
        .groupBy(
            col(Columns.SOURCE),
            col(Columns.ISO3),
            col("_cell").getField(Columns.SURVEY_YEAR).as(Columns.SURVEY_YEAR))
        .agg(values.get(0), values.subList(1, values.size()).toArray(Column[]::new))
        // An edition is kept only with its EGDI; a job that rejects the EGDI row by a stricter
        // severity (say egdi_sources_disagree: drop) leaves its other indices without one.
        .where(col(Columns.EGDI).isNotNull())
        .select(
            col(Columns.ISO3),
            col(Columns.SURVEY_YEAR),
            col(Columns.EGDI),
            col(Columns.OSI),
            col(Columns.HCI),
            col(Columns.TII),
            noDouble.as(Columns.EPI),
            lit(null).cast(DataTypes.IntegerType).as(Columns.UN_RANK),
            noDouble.as(Columns.PERCENTILE),
            lit(null).cast(DataTypes.StringType).as(Columns.EGDI_GROUP),
            col(Columns.SOURCE),
            col("_egdi_row").getField(Columns.SOURCE_FILE).as(Columns.SOURCE_FILE),
            col("_egdi_row").getField(Columns.LINE_NUMBER).as(Columns.LINE_NUMBER));
  }

  /** One row per Data360 value that differs from the UN file's, from rows of any outcome. */
  static Dataset<Row> differences(Dataset<Row> tagged) {
    return tagged
        .where(col(DIFFERENCES).isNotNull())
        .select(
            col(Columns.ISO3),
            col(COMPONENT).as(Columns.COMPONENT),
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            col(Columns.LINE_NUMBER),
            explode(col(DIFFERENCES)).as("_d"))
        .select(
            col("*"),
            col("_d").getField(Columns.SURVEY_YEAR).as(Columns.SURVEY_YEAR),
            col("_d").getField(Columns.UN_VALUE).as(Columns.UN_VALUE),
            col("_d").getField(Columns.REPUBLISHED_VALUE).as(Columns.REPUBLISHED_VALUE),
            col("_d").getField(Columns.UN_SOURCE_FILE).as(Columns.UN_SOURCE_FILE),
            col("_d").getField(Columns.UN_LINE_NUMBER).as(Columns.UN_LINE_NUMBER))
        .select(Datasets.EGDI_DIFFERENCES.selection());
  }

  /** A row per edition of each Data360 row, in {@code _cell}, with the row's key and index. */
  private static Dataset<Row> cells(Dataset<Row> data360) {
    return data360.select(
        col(Columns.SOURCE),
        col(Columns.SOURCE_FILE),
        col(Columns.LINE_NUMBER),
        col(Columns.ISO3),
        col(COMPONENT),
        explode(col(EDITIONS)).as("_cell"));
  }

  /** The UN row's value of the index the Data360 row holds. */
  private static Column unValueOfTheIndex() {
    Column value = lit(null).cast(DataTypes.DoubleType);
    for (String index : INDICES) {
      value = when(col(COMPONENT).equalTo(index), col(index)).otherwise(value);
    }
    return value;
  }

  /**
   * The first UN row (by file, then line) of each country and edition, with the value of every
   * index under the index's name: a duplicate UN row is the key check's business, not a second
   * comparison.
   */
  private static Dataset<Row> firstUnRows(Dataset<Row> un) {
    Column first =
        min(
            struct(
                col(Columns.SOURCE_FILE).as(Columns.UN_SOURCE_FILE),
                col(Columns.LINE_NUMBER).as(Columns.UN_LINE_NUMBER),
                col(Columns.EGDI),
                col(Columns.OSI),
                col(Columns.HCI),
                col(Columns.TII)));
    Dataset<Row> firsts =
        un.where(col(Columns.ISO3).isNotNull().and(col(Columns.SURVEY_YEAR).isNotNull()))
            .groupBy(col(Columns.ISO3), col(Columns.SURVEY_YEAR))
            .agg(first.as("_un"));
    return firsts.select(
        col(Columns.ISO3),
        col(Columns.SURVEY_YEAR),
        col("_un").getField(Columns.UN_SOURCE_FILE).as(Columns.UN_SOURCE_FILE),
        col("_un").getField(Columns.UN_LINE_NUMBER).as(Columns.UN_LINE_NUMBER),
        col("_un").getField(Columns.EGDI).as(Columns.EGDI),
        col("_un").getField(Columns.OSI).as(Columns.OSI),
        col("_un").getField(Columns.HCI).as(Columns.HCI),
        col("_un").getField(Columns.TII).as(Columns.TII));
  }
}
