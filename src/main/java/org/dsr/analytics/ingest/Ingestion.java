package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/**
 * Reads every input, applies the dataset-wide checks (duplicate keys, EGDI rank order), decides
 * each row's outcome and accounts for every row: accepted into its canonical dataset, excluded or
 * rejected with its rule. Then enforces the reject-rate thresholds.
 */
public final class Ingestion {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ingestion.class);

  private Ingestion() {}

  /**
   * What ingestion produced.
   *
   * @param datasets canonical datasets by name (egdi, macro, loans, deployments), accepted rows
   * @param rejects the rejects dataset
   * @param reconciliation the reconciliation dataset
   * @param harmonisation the harmonisation report of every input
   * @param outcomes how every row of every file ended, the reconciliation dataset's numbers
   */
  public record Result(
      Map<String, Dataset<Row>> datasets,
      Dataset<Row> rejects,
      Dataset<Row> reconciliation,
      Dataset<Row> harmonisation,
      Outcomes outcomes) {}

  /**
   * @param maxRejectRate the share of an input's rows that may be rejected before the run fails,
   *     unless the input sets its own
   */
  public static Result run(
      ReadContext ctx, List<InputSpec> inputs, Disposition disposition, double maxRejectRate) {
    Map<Target, List<CheckedSource>> byTarget = new LinkedHashMap<>();
    List<CheckedSource> sources = new ArrayList<>();
    for (InputSpec input : inputs) {
      long start = System.nanoTime();
      CheckedSource source = Readers.forLayout(input.layout()).read(ctx, input);
      LOG.info(
          "{}: {} file(s) in layout {} read and harmonised in {} ms",
          input.source(),
          source.files().size(),
          input.layout().id(),
          (System.nanoTime() - start) / 1_000_000);
      sources.add(source);
      byTarget.computeIfAbsent(source.target(), t -> new ArrayList<>()).add(source);
    }

    Map<String, Dataset<Row>> datasets = new LinkedHashMap<>();
    List<Dataset<Row>> rejected = new ArrayList<>();
    List<Dataset<Row>> counted = new ArrayList<>();
    for (Map.Entry<Target, List<CheckedSource>> e : byTarget.entrySet()) {
      Target target = e.getKey();
      Dataset<Row> rows =
          e.getValue().stream().map(CheckedSource::rows).reduce(Dataset::unionByName).orElseThrow();
      long start = System.nanoTime();
      // Materialised once, with its lineage cut, where the check's plan is costly to compute or
      // to plan again for each of the writes and counts below.
      Dataset<Row> disposed = disposition.apply(target.check(rows, disposition));
      Dataset<Row> tagged = target.storesCheckedRows() ? PlanCut.of(disposed) : disposed;
      LOG.info(
          "{}: rows checked and disposed in {} ms",
          target.label(),
          (System.nanoTime() - start) / 1_000_000);
      if (target.spec() != null) {
        Dataset<Row> accepted =
            tagged.where(col(Disposition.OUTCOME).equalTo(Disposition.ACCEPTED));
        datasets.put(
            target.spec().name(), target.finish(accepted).select(target.spec().selection()));
      }
      target.reports(tagged).forEach((spec, data) -> datasets.put(spec.name(), data));
      rejected.add(
          tagged
              .where(col(Disposition.OUTCOME).isin(Disposition.REJECTED, Disposition.FAILED))
              .select(
                  col(Columns.SOURCE),
                  col(Columns.SOURCE_FILE),
                  col(Columns.LINE_NUMBER),
                  csvRecord(col(CheckedSource.RAW_FIELDS)).as(Columns.RAW_RECORD),
                  col(Disposition.RULE).as(Columns.RULE),
                  col(Disposition.MESSAGE).as(Columns.MESSAGE)));
      counted.add(counted(tagged, target.recordFiles()));
    }
    Dataset<Row> loans = datasets.get(Datasets.LOANS.name());
    if (loans != null) {
      datasets.merge(
          Datasets.DEPLOYMENTS.name(), FinancedDeployments.from(loans), Dataset::unionByName);
    }
    // Stored, as it is read twice: for the reconciliation now and the harmonisation report later.
    Dataset<Row> byOutcome =
        PlanCut.of(counted.stream().reduce(Dataset::unionByName).orElseThrow());
    Outcomes counts = Reconciliation.count(outcomesOf(byOutcome), sources);
    requireSomeRow(counts);
    Dataset<Row> rejects = rejected.stream().reduce(Dataset::unionByName).orElseThrow();
    Reconciliation.enforce(counts, sources, maxRejectRate, rejects);
    if (counts.files().stream().allMatch(f -> f.rejected().isEmpty() && f.failed().isEmpty())) {
      // Nothing was rejected (the counts say so): writing the rejects need not pass over every
      // checked row to find none. Same columns and types, the stored rows' schema.
      rejects = ctx.spark().createDataFrame(List.of(), rejects.schema());
    }
    return new Result(
        datasets,
        rejects,
        Reconciliation.asDataset(ctx.spark(), counts),
        harmonisation(byOutcome, sources),
        counts);
  }

  /**
   * A job whose inputs hold no row at all (a header alone, an empty export) has nothing to compute:
   * it fails naming the files rather than publishing empty outputs over the last good ones.
   *
   * @throws InputException naming every file
   */
  private static void requireSomeRow(Outcomes counts) {
    if (counts.files().stream().allMatch(f -> f.read() == 0)) {
      throw new InputException(
          "no input file holds a row (a header at most): "
              + String.join(", ", counts.files().stream().map(FileOutcomes::file).toList())
              + "; nothing is computed or published");
    }
  }

  /**
   * The checked rows counted ({@link Reconciliation#ROWS}) per distinct outcome and raw country:
   * source, source_file, the files their records were read from, outcome, rule, warnings and {@link
   * CheckedSource#RAW_COUNTRY}. A few groups, from which both the reconciliation and the
   * harmonisation report are counted, so that neither passes over every row again.
   */
  private static Dataset<Row> counted(Dataset<Row> tagged, Column recordFiles) {
    Column none = array().cast("array<string>");
    return tagged
        .groupBy(
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            coalesce(recordFiles, none).as(FILES),
            col(Disposition.OUTCOME),
            col(Disposition.RULE),
            coalesce(col(Disposition.WARNINGS), none).as(Disposition.WARNINGS),
            col(CheckedSource.RAW_COUNTRY))
        .agg(count(lit(1)).as(Reconciliation.ROWS));
  }

  /**
   * The {@link #counted} rows' outcomes in each file their records were read from, and a warned
   * outcome per warning (source, source_file, outcome, rule, {@link Reconciliation#ROWS}). Only the
   * counted groups are spread over files and warnings: spreading every row before counting cost a
   * struct per row and file.
   */
  private static Dataset<Row> outcomesOf(Dataset<Row> counted) {
    Column decided =
        transform(
            col(FILES),
            file ->
                struct(
                    file.as(Columns.SOURCE_FILE),
                    col(Disposition.OUTCOME).as(Disposition.OUTCOME),
                    col(Disposition.RULE).as(Disposition.RULE)));
    Column warned =
        transform(
            col(Disposition.WARNINGS),
            rule ->
                struct(
                    col(Columns.SOURCE_FILE).as(Columns.SOURCE_FILE),
                    lit(Reconciliation.WARNED).as(Disposition.OUTCOME),
                    rule.as(Disposition.RULE)));
    return counted
        .select(
            col(Columns.SOURCE),
            col(Reconciliation.ROWS),
            explode(concat(decided, warned)).as("_outcome"))
        .select(
            col(Columns.SOURCE),
            col("_outcome." + Columns.SOURCE_FILE).as(Columns.SOURCE_FILE),
            col("_outcome." + Disposition.OUTCOME).as(Disposition.OUTCOME),
            col("_outcome." + Disposition.RULE).as(Disposition.RULE),
            col(Reconciliation.ROWS));
  }

  /** The harmonisation report of every source, from the {@link #counted} rows. */
  private static Dataset<Row> harmonisation(Dataset<Row> counted, List<CheckedSource> sources) {
    return sources.stream()
        .map(
            s ->
                s.harmonisation()
                    .of(
                        counted.where(col(Columns.SOURCE).equalTo(s.input().source())),
                        col(Reconciliation.ROWS)))
        .reduce(Dataset::unionByName)
        .orElseThrow();
  }

  private static final String FILES = "_record_files";

  /** The raw fields re-quoted as one RFC 4180 CSV record. */
  static Column csvRecord(Column fields) {
    return array_join(
        transform(
            fields,
            f ->
                when(
                        f.rlike("[\",\\r\\n]"),
                        concat(lit("\""), regexp_replace(f, "\"", "\"\""), lit("\"")))
                    .otherwise(f)),
        ",");
  }
}
