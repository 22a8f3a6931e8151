package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.dsr.analytics.schema.Columns;

/**
 * Checks that no two rows a dataset would keep share a key. Rows with the same key and the same
 * values are duplicates: the first (by file, then line) is kept, the others rejected. Rows with the
 * same key and different values conflict: all of them are rejected, each naming the others. A
 * record that a later release replaces is excluded ({@link #laterRelease}).
 */
final class KeyChecks {
  private KeyChecks() {}

  /**
   * Excludes, by rule in_later_release, the record of a project that a later release also holds:
   * among the rows still kept with the same {@code key}, those of a lower {@code release} than the
   * highest. A row of the latest release is not decided here (two of them are duplicates).
   */
  static Dataset<Row> laterRelease(
      Dataset<Row> rows, Disposition disposition, String key, String release) {
    Column eligible = not(disposition.blocked(col(Issues.COLUMN))).and(col(key).isNotNull());
    WindowSpec byKey = Window.partitionBy(eligible, col(key));
    Column latest =
        max(struct(
                col(release),
                col(Columns.SOURCE),
                col(Columns.SOURCE_FILE),
                col(Columns.LINE_NUMBER)))
            .over(byKey);
    return Issues.add(
        rows,
        Rules.IN_LATER_RELEASE.where(
            eligible.and(col(release).lt(latest.getField(release))),
            concat(
                lit(key + " "),
                col(key),
                lit(" is also in the later release of input '"),
                latest.getField(Columns.SOURCE),
                lit("', kept from "),
                concat_ws(
                    " line ",
                    latest.getField(Columns.SOURCE_FILE),
                    latest.getField(Columns.LINE_NUMBER).cast("string")))));
  }

  static Dataset<Row> duplicates(
      Dataset<Row> rows, Disposition disposition, List<String> key, List<String> values) {
    // A row whose key is null throughout has no key (a loan of a source without project keys).
    Column keyed = key.stream().map(k -> col(k).isNotNull()).reduce(Column::or).orElseThrow();
    Column eligible = not(disposition.blocked(col(Issues.COLUMN))).and(keyed);
    List<Column> partition = new ArrayList<>();
    // A hash of the key first: the window's sort then decides most comparisons on a long, instead
    // of comparing the key's strings. The partitions are the same (the hash is of the key).
    partition.add(xxhash64(key.stream().map(k -> col(k)).toArray(Column[]::new)));
    partition.add(eligible);
    key.forEach(k -> partition.add(col(k)));
    WindowSpec byKey = Window.partitionBy(partition.toArray(Column[]::new));
    Column position = struct(col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER));
    Column location =
        concat_ws(" line ", col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER).cast("string"));
    Column keyText =
        concat_ws(
            ", ",
            key.stream()
                .map(k -> concat(lit(k + "="), coalesce(col(k).cast("string"), lit("null"))))
                .toArray(Column[]::new));
    Column rowsWithKey = count(lit(1)).over(byKey);
    Column distinctValues =
        size(
            collect_set(struct(values.stream().map(v -> col(v)).toArray(Column[]::new)))
                .over(byKey));
    Column first = min(position).over(byKey);
    Column locations = array_join(array_sort(collect_list(location).over(byKey)), "; ");
    Column repeated = eligible.and(rowsWithKey.gt(1));
    return Issues.add(
        rows,
        Rules.CONFLICTING_DUPLICATE.where(
            repeated.and(distinctValues.gt(1)),
            concat(lit("key ("), keyText, lit(") has different values at: "), locations)),
        Rules.DUPLICATE_KEY.where(
            repeated.and(distinctValues.equalTo(1)).and(not(position.equalTo(first))),
            concat(
                lit("key ("),
                keyText,
                lit(") repeats, with the same values, the row at "),
                concat_ws(
                    " line ",
                    first.getField(Columns.SOURCE_FILE),
                    first.getField(Columns.LINE_NUMBER).cast("string")))));
  }
}
