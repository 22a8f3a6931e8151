package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dsr.analytics.io.PlanCut;
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
    // Only the keys held by more than one release, from a narrow aggregate of the rows still kept.
    Dataset<Row> perKey =
        PlanCut.of(
            rows.where(eligible)
                .groupBy(col(key).as(PREFIX + key))
                .agg(
                    max(struct(
                            col(release),
                            col(Columns.SOURCE),
                            col(Columns.SOURCE_FILE),
                            col(Columns.LINE_NUMBER)))
                        .as(LATEST),
                    min(col(release)).as(EARLIEST))
                .where(col(EARLIEST).lt(col(LATEST).getField(release))));
    if (perKey.isEmpty()) {
      return rows; // no project in two releases: no join for each later use to compute again
    }
    Column latest = col(LATEST);
    Dataset<Row> joined =
        rows.join(broadcast(perKey), rows.col(key).equalTo(perKey.col(PREFIX + key)), "left");
    return Issues.add(
            joined,
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
                        latest.getField(Columns.LINE_NUMBER).cast("string")))))
        .drop(perKey.columns());
  }

  /**
   * Raises conflicting_duplicate and duplicate_key. The rows are read up to three times, so they
   * should be stored ({@link org.dsr.analytics.io.PlanCut}): once for the keys' hashes that repeat
   * among the rows still kept (a narrow aggregate), and, only if a hash repeats, once for what the
   * rows of those keys hold and, if a key repeats, once to join that back to the rows. No row is
   * moved whole, as a window over every row would.
   */
  static Dataset<Row> duplicates(
      Dataset<Row> rows, Disposition disposition, List<String> key, List<String> values) {
    // A row whose key is null throughout has no key (a loan of a source without project keys).
    Column keyed = key.stream().map(k -> col(k).isNotNull()).reduce(Column::or).orElseThrow();
    Column eligible = not(disposition.blocked(col(Issues.COLUMN))).and(keyed);
    Column hash = xxhash64(key.stream().map(k -> col(k)).toArray(Column[]::new));
    Dataset<Row> kept = rows.where(eligible);
    Dataset<Row> repeatedHashes = PlanCut.of(repeated(kept.select(hash.as(HASH))));
    if (repeatedHashes.isEmpty()) {
      return rows; // no hash repeats (the usual case): no pass for what the keys' rows hold
    }
    Column position = struct(col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER));
    Column location =
        concat_ws(" line ", col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER).cast("string"));
    // Keys whose hashes collide are told apart here: grouped by the key itself.
    List<Column> byKey = new ArrayList<>();
    key.forEach(k -> byKey.add(col(k).as(PREFIX + k)));
    Dataset<Row> perKey =
        PlanCut.of(
            kept.join(broadcast(repeatedHashes), hash.equalTo(col(HASH)), "left_semi")
                .groupBy(byKey.toArray(Column[]::new))
                .agg(
                    count(lit(1)).as(ROWS),
                    size(collect_set(
                            struct(values.stream().map(v -> col(v)).toArray(Column[]::new))))
                        .as(DISTINCT),
                    min(position).as(FIRST),
                    array_join(array_sort(collect_list(location)), "; ").as(LOCATIONS))
                .where(col(ROWS).gt(1)));
    if (perKey.isEmpty()) {
      return rows; // no key repeats (the usual case): no join for each later use to compute again
    }
    Column sameKey =
        key.stream()
            .map(k -> rows.col(k).eqNullSafe(perKey.col(PREFIX + k)))
            .reduce(Column::and)
            .orElseThrow();
    Dataset<Row> joined = rows.join(broadcast(perKey), sameKey, "left");
    Column keyText =
        concat_ws(
            ", ",
            key.stream()
                .map(k -> concat(lit(k + "="), coalesce(col(k).cast("string"), lit("null"))))
                .toArray(Column[]::new));
    Column first = col(FIRST);
    Column repeated = eligible.and(col(ROWS).isNotNull());
    Dataset<Row> checked =
        Issues.add(
            joined,
            Rules.CONFLICTING_DUPLICATE.where(
                repeated.and(col(DISTINCT).gt(1)),
                concat(lit("key ("), keyText, lit(") has different values at: "), col(LOCATIONS))),
            Rules.DUPLICATE_KEY.where(
                repeated.and(col(DISTINCT).equalTo(1)).and(not(position.equalTo(first))),
                concat(
                    lit("key ("),
                    keyText,
                    lit(") repeats, with the same values, the row at "),
                    concat_ws(
                        " line ",
                        first.getField(Columns.SOURCE_FILE),
                        first.getField(Columns.LINE_NUMBER).cast("string")))));
    return checked.drop(perKey.columns());
  }

  /**
   * The hashes ({@link #HASH}) that occur more than once, each once. Sorted within hash partitions
   * and compared with the one before, rather than counted by a hash aggregate: nearly every hash is
   * distinct, so an aggregate's partial step, before the shuffle, reduces nothing and holds (and
   * spills) a map entry for every row (docs/benchmarks.md, session 16).
   */
  static Dataset<Row> repeated(Dataset<Row> hashes) {
    return hashes
        .repartition(col(HASH))
        .sortWithinPartitions(col(HASH))
        .as(Encoders.LONG())
        .mapPartitions(KeyChecks::repeats, Encoders.LONG())
        .toDF(HASH);
  }

  /** The values of a sorted run that equal the one before them, each once. */
  private static Iterator<Long> repeats(Iterator<Long> sorted) {
    return new Iterator<>() {
      private long previous;
      private boolean started;
      private boolean previousReported;
      private Long next = advance();

      private Long advance() {
        while (sorted.hasNext()) {
          long value = sorted.next();
          if (started && value == previous) {
            if (!previousReported) {
              previousReported = true;
              return value;
            }
          } else {
            started = true;
            previous = value;
            previousReported = false;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Long next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Long value = next;
        next = advance();
        return value;
      }
    };
  }

  private static final String PREFIX = "_key_";
  static final String HASH = "_key_hash";
  private static final String ROWS = "_key_rows";
  private static final String DISTINCT = "_key_distinct_values";
  private static final String FIRST = "_key_first";
  private static final String LOCATIONS = "_key_locations";
  private static final String LATEST = "_key_latest";
  private static final String EARLIEST = "_key_earliest_release";
}
