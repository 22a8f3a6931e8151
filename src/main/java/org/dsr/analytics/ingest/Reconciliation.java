package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
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

  /** The column of {@link #count}'s input that says how many rows each of its rows stands for. */
  static final String ROWS = "_rows";

  private static final Comparator<List<String>> SOURCE_THEN_FILE =
      Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));

  private Reconciliation() {}

  /**
   * Counts the rows of every file of every source by outcome and rule; every file gets its
   * outcomes, all zero for an empty one.
   *
   * @param outcomes source, source_file, outcome, rule and {@link #ROWS}, the rows they stand for
   */
  static Outcomes count(Dataset<Row> outcomes, List<CheckedSource> sources) {
    Map<List<String>, Tally> tallies = new TreeMap<>(SOURCE_THEN_FILE);
    for (CheckedSource s : sources) {
      for (String file : s.files()) {
        tallies.put(List.of(s.input().source(), file), new Tally());
      }
    }
    List<Row> grouped =
        outcomes
            .groupBy(
                col(Columns.SOURCE),
                col(Columns.SOURCE_FILE),
                col(Disposition.OUTCOME),
                col(Disposition.RULE))
            .agg(sum(col(ROWS)))
            .collectAsList();
    for (Row r : grouped) {
      tallies
          .computeIfAbsent(List.of(r.getString(0), r.getString(1)), k -> new Tally())
          .add(r.getString(2), r.getString(3), r.getLong(4));
    }
    List<FileOutcomes> files = new ArrayList<>();
    tallies.forEach((key, t) -> files.add(t.outcomes(key.get(0), key.get(1))));
    return new Outcomes(files);
  }

  /** One file's counts while they are collected. */
  private static final class Tally {
    private long read;
    private long accepted;
    private final Map<String, Map<String, Long>> byOutcome = new TreeMap<>();

    void add(String outcome, String rule, long n) {
      if (Disposition.ACCEPTED.equals(outcome)) {
        accepted += n;
      } else {
        byOutcome.computeIfAbsent(outcome, o -> new TreeMap<>()).merge(rule, n, Long::sum);
      }
      if (!WARNED.equals(outcome)) {
        read += n;
      }
    }

    FileOutcomes outcomes(String source, String file) {
      return new FileOutcomes(
          source,
          file,
          read,
          accepted,
          byOutcome.getOrDefault(Disposition.EXCLUDED, Map.of()),
          byOutcome.getOrDefault(Disposition.REJECTED, Map.of()),
          byOutcome.getOrDefault(Disposition.FAILED, Map.of()),
          byOutcome.getOrDefault(WARNED, Map.of()));
    }
  }

  /**
   * Fails the run where a fail-severity rule was broken, or where an input's rejected share is
   * above its threshold.
   *
   * @throws DataQualityException with a one-sentence summary
   */
  static void enforce(
      Outcomes counts,
      List<CheckedSource> sources,
      double defaultMaxRejectRate,
      Dataset<Row> rejects) {
    for (FileOutcomes file : counts.files()) {
      for (String rule : file.failed().keySet()) {
        Row first =
            rejects
                .where(
                    col(Columns.SOURCE).equalTo(file.source()).and(col(Columns.RULE).equalTo(rule)))
                .orderBy(Columns.SOURCE_FILE, Columns.LINE_NUMBER)
                .first();
        throw new DataQualityException(
            "input '"
                + file.source()
                + "' breaks rule "
                + rule
                + ", whose severity is fail: "
                + first.getString(1)
                + (first.isNullAt(2) ? "" : " line " + first.getLong(2))
                + ": "
                + first.getString(5));
      }
    }
    for (CheckedSource s : sources) {
      String name = s.input().source();
      double limit =
          s.input().maxRejectRate() == null ? defaultMaxRejectRate : s.input().maxRejectRate();
      Map<String, Long> byRule = new TreeMap<>();
      long read = 0;
      for (FileOutcomes file : counts.forSource(name)) {
        read += file.read();
        file.rejected().forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
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
  static Dataset<Row> asDataset(SparkSession spark, Outcomes counts) {
    List<Row> rows = new ArrayList<>();
    for (FileOutcomes f : counts.files()) {
      rows.add(RowFactory.create(f.source(), f.file(), READ, null, f.read()));
      rows.add(RowFactory.create(f.source(), f.file(), Disposition.ACCEPTED, null, f.accepted()));
      f.byOutcome()
          .forEach(
              (outcome, rules) ->
                  rules.forEach(
                      (rule, n) ->
                          rows.add(
                              RowFactory.create(
                                  f.source(),
                                  f.file(),
                                  Disposition.FAILED.equals(outcome)
                                      ? Disposition.REJECTED
                                      : outcome,
                                  rule,
                                  n))));
    }
    return spark.createDataFrame(rows, Datasets.RECONCILIATION.schema());
  }
}
