package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/**
 * Accounts for every input row, per file: read = accepted + excluded + rejected. Counts are small
 * (files × rules), so they are collected once and checked on the driver.
 */
public final class Reconciliation {
  public static final String READ = "read";
  public static final String WARNED = "warned";

  private Reconciliation() {}

  /**
   * Counts rows per source, file and outcome key ("read", "accepted", "excluded/rule",
   * "rejected/rule", "failed/rule", "warned/rule"); every file of every source gets at least read
   * and accepted, zero for an empty file.
   */
  static Map<String, Map<String, Map<String, Long>>> count(
      Dataset<Row> outcomes, List<CheckedSource> sources) {
    Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
    for (CheckedSource s : sources) {
      for (String file : s.files()) {
        Map<String, Long> c =
            counts
                .computeIfAbsent(s.input().source(), k -> new TreeMap<>())
                .computeIfAbsent(file, k -> new TreeMap<>());
        c.put(READ, 0L);
        c.put(Disposition.ACCEPTED, 0L);
      }
    }
    List<Row> grouped =
        outcomes
            .groupBy(
                col(Columns.SOURCE),
                col(Columns.SOURCE_FILE),
                col(Disposition.OUTCOME),
                col(Disposition.RULE))
            .count()
            .collectAsList();
    for (Row r : grouped) {
      String outcome = r.getString(2);
      String rule = r.getString(3);
      long n = r.getLong(4);
      Map<String, Long> c =
          counts
              .computeIfAbsent(r.getString(0), k -> new TreeMap<>())
              .computeIfAbsent(r.getString(1), k -> new TreeMap<>());
      c.merge(rule == null ? outcome : outcome + "/" + rule, n, Long::sum);
      if (!WARNED.equals(outcome)) {
        c.merge(READ, n, Long::sum);
      }
    }
    return counts;
  }

  /**
   * Fails the run where a fail-severity rule was broken, or where an input's rejected share is
   * above its threshold.
   *
   * @throws DataQualityException with a one-sentence summary
   */
  static void enforce(
      Map<String, Map<String, Map<String, Long>>> counts,
      List<CheckedSource> sources,
      double defaultMaxRejectRate,
      Dataset<Row> rejects) {
    for (Map.Entry<String, Map<String, Map<String, Long>>> source : counts.entrySet()) {
      for (Map<String, Long> file : source.getValue().values()) {
        for (String key : file.keySet()) {
          if (key.startsWith(Disposition.FAILED + "/")) {
            String rule = key.substring(Disposition.FAILED.length() + 1);
            Row first =
                rejects
                    .where(
                        col(Columns.SOURCE)
                            .equalTo(source.getKey())
                            .and(col(Columns.RULE).equalTo(rule)))
                    .orderBy(Columns.SOURCE_FILE, Columns.LINE_NUMBER)
                    .first();
            throw new DataQualityException(
                "input '"
                    + source.getKey()
                    + "' breaks rule "
                    + rule
                    + ", whose severity is fail: "
                    + first.getString(1)
                    + (first.isNullAt(2) ? "" : " line " + first.getLong(2))
                    + ": "
                    + first.getString(5));
          }
        }
      }
    }
    for (CheckedSource s : sources) {
      String name = s.input().source();
      double limit =
          s.input().maxRejectRate() == null ? defaultMaxRejectRate : s.input().maxRejectRate();
      Map<String, Long> byRule = new TreeMap<>();
      long read = 0;
      for (Map<String, Long> file : counts.getOrDefault(name, Map.of()).values()) {
        read += file.getOrDefault(READ, 0L);
        file.forEach(
            (k, v) -> {
              if (k.startsWith(Disposition.REJECTED + "/")) {
                byRule.merge(k.substring(Disposition.REJECTED.length() + 1), v, Long::sum);
              }
            });
      }
      long rejected = byRule.values().stream().mapToLong(Long::longValue).sum();
      if (read > 0 && (double) rejected / read > limit) {
        List<String> reasons = new ArrayList<>();
        byRule.forEach((rule, n) -> reasons.add(rule + " " + n));
        throw new DataQualityException(
            String.format(
                Locale.ROOT,
                "input '%s': %d of %d rows rejected (%.1f%%), above its threshold of %.1f%% (%s);"
                    + " see the rejects dataset",
                name,
                rejected,
                read,
                100.0 * rejected / read,
                100.0 * limit,
                String.join(", ", reasons)));
      }
    }
  }

  /** The counts as the reconciliation dataset; failed rows are reported as rejected. */
  static Dataset<Row> asDataset(
      SparkSession spark, Map<String, Map<String, Map<String, Long>>> counts) {
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (source, files) ->
            files.forEach(
                (file, c) ->
                    c.forEach(
                        (key, n) -> {
                          int slash = key.indexOf('/');
                          String outcome = slash < 0 ? key : key.substring(0, slash);
                          String rule = slash < 0 ? null : key.substring(slash + 1);
                          if (Disposition.FAILED.equals(outcome)) {
                            outcome = Disposition.REJECTED;
                          }
                          rows.add(RowFactory.create(source, file, outcome, rule, n));
                        })));
    return spark.createDataFrame(rows, Datasets.RECONCILIATION.schema());
  }
}
