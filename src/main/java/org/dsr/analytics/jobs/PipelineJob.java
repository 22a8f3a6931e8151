package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.Disposition;
import org.dsr.analytics.ingest.Ingestion;
import org.dsr.analytics.ingest.ReadContext;
import org.dsr.analytics.io.Faults;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.io.InputFingerprint;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.metrics.Metrics;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.CountryTable;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.MetricDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main pipeline: ingests every input of a job config into the canonical datasets, with rejects,
 * reconciliation and the harmonisation report, and writes them. {@link #run} is the unit that tests
 * call; {@link Main} wraps it for spark-submit.
 */
public final class PipelineJob {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineJob.class);

  /**
   * What a run produced.
   *
   * @param outputDirectory where the outputs are
   * @param namesByMethod distinct raw names per match method over all inputs
   * @param reconciliation row counts by source, file and outcome key (see {@code Reconciliation})
   */
  public record Result(
      String outputDirectory,
      Map<String, Long> namesByMethod,
      Map<String, Map<String, Map<String, Long>>> reconciliation) {}

  private PipelineJob() {}

  /** Runs with a fresh run id. */
  public static Result run(SparkSession spark, JobConfig config) {
    return run(spark, config, RunIds.next());
  }

  /**
   * Runs the job into a staging folder, checks that no input changed meanwhile, writes the manifest
   * and publishes the outputs (see {@link OutputDirectory}).
   */
  public static Result run(SparkSession spark, JobConfig config, String runId) {
    String startedAt = java.time.Instant.now().toString();
    var conf = spark.sparkContext().hadoopConfiguration();
    try (OutputDirectory out = OutputDirectory.open(config.output(), runId)) {
      Map<InputSpec, List<InputFingerprint>> before = fingerprints(config, conf);
      Result staged;
      PlanCut.Checkpoints checkpoints = PlanCut.checkpointsFor(spark, out.staging());
      try {
        staged = produce(spark, config.withOutput(out.staging()));
      } finally {
        checkpoints.close();
      }
      Map<InputSpec, List<InputFingerprint>> after = fingerprints(config, conf);
      if (!before.equals(after)) {
        throw new InputException(
            "an input changed during the run (size or SHA-256 differ from the start): "
                + changed(before, after)
                + "; nothing was published");
      }
      Manifest manifest =
          new Manifest(
              runId,
              startedAt,
              java.time.Instant.now().toString(),
              PipelineJob.class.getPackage().getImplementationVersion() == null
                  ? "dev"
                  : PipelineJob.class.getPackage().getImplementationVersion(),
              spark.version(),
              config,
              manifestInputs(before, staged.reconciliation()),
              manifestOutputs(spark, out.staging(), config.comparison() != null),
              dataQuality(staged.reconciliation()));
      new OutputWriter(out.staging()).writeText(OutputDirectory.MANIFEST, manifest.toJson(), conf);
      out.publish();
      LOG.info("run {} published to {}", runId, config.output());
      return new Result(config.output(), staged.namesByMethod(), staged.reconciliation());
    }
  }

  private static Map<InputSpec, List<InputFingerprint>> fingerprints(
      JobConfig config, org.apache.hadoop.conf.Configuration conf) {
    Map<InputSpec, List<InputFingerprint>> prints = new LinkedHashMap<>();
    for (InputSpec input : config.inputs()) {
      List<InputFingerprint> files = new ArrayList<>();
      for (String file : InputFiles.expand(input.path(), conf)) {
        files.add(InputFingerprint.of(file, conf));
      }
      prints.put(input, files);
    }
    return prints;
  }

  private static String changed(
      Map<InputSpec, List<InputFingerprint>> before, Map<InputSpec, List<InputFingerprint>> after) {
    List<String> changed = new ArrayList<>();
    before.forEach(
        (input, files) -> {
          List<InputFingerprint> now = after.get(input);
          for (InputFingerprint f : files) {
            if (now == null || !now.contains(f)) {
              changed.add(f.path());
            }
          }
          if (now != null && now.size() != files.size()) {
            changed.add(input.path() + " (now " + now.size() + " files, was " + files.size() + ")");
          }
        });
    return String.join(", ", changed);
  }

  private static List<Manifest.Input> manifestInputs(
      Map<InputSpec, List<InputFingerprint>> prints,
      Map<String, Map<String, Map<String, Long>>> counts) {
    List<Manifest.Input> inputs = new ArrayList<>();
    prints.forEach(
        (input, files) -> {
          Map<String, Map<String, Long>> byFile = counts.getOrDefault(input.source(), Map.of());
          for (InputFingerprint f : files) {
            long read = 0;
            boolean any = false;
            for (Map.Entry<String, Map<String, Long>> e : byFile.entrySet()) {
              if (e.getKey().equals(f.path()) || e.getKey().startsWith(f.path() + "#")) {
                read += e.getValue().getOrDefault("read", 0L);
                any = true;
              }
            }
            inputs.add(Manifest.Input.of(input.source(), input.layout(), f, any ? read : null));
          }
        });
    return inputs;
  }

  private static List<Manifest.Output> manifestOutputs(
      SparkSession spark, String staging, boolean comparison) {
    List<Manifest.Output> outputs = new ArrayList<>();
    OutputWriter layered = new OutputWriter(staging);
    List<DatasetSpec> specs = new ArrayList<>(Datasets.all());
    if (comparison) {
      specs.add(MetricDatasets.COMPARISON);
    }
    for (DatasetSpec spec : specs) {
      org.apache.hadoop.fs.Path path =
          spec == MetricDatasets.COMPARISON
              ? OutputWriter.flat(staging + "/" + ComparisonJob.DIRECTORY).parquetPath(spec)
              : layered.parquetPath(spec);
      Map<String, String> columns = new LinkedHashMap<>();
      spec.columns().forEach(c -> columns.put(c.name(), c.type().simpleString()));
      outputs.add(
          new Manifest.Output(
              spec.name(),
              OutputWriter.parquetRows(path, spark.sparkContext().hadoopConfiguration()),
              columns));
    }
    return outputs;
  }

  private static Map<String, Map<String, Long>> dataQuality(
      Map<String, Map<String, Map<String, Long>>> counts) {
    Map<String, Map<String, Long>> quality = new TreeMap<>();
    counts.forEach((source, files) -> quality.put(source, summary(files)));
    return quality;
  }

  /** Ingests, computes and writes every output into {@code config.output()}. */
  private static Result produce(SparkSession spark, JobConfig config) {
    CountryReference reference = CountryReference.bundled();
    CountryHarmoniser harmoniser =
        new CountryHarmoniser(
            reference, ConfigCheck.countryOverrides(config.countryOverrides(), reference));
    Disposition disposition = new Disposition(config.ruleSeverities());
    Ingestion.Result ingested =
        Ingestion.run(
            new ReadContext(spark, harmoniser),
            config.inputs(),
            disposition,
            config.maxRejectRateOrDefault());
    pauseIfRequested("ingested", config.output());

    OutputWriter writer = new OutputWriter(config.output());
    Map<String, Dataset<Row>> canonical = new LinkedHashMap<>();
    for (DatasetSpec spec :
        List.of(Datasets.EGDI, Datasets.MACRO, Datasets.LOANS, Datasets.DEPLOYMENTS)) {
      // An empty dataset with the documented schema where no input feeds it, so readers never
      // break.
      Dataset<Row> data =
          ingested
              .datasets()
              .getOrDefault(spec.name(), spark.createDataFrame(List.of(), spec.schema()));
      // The metrics start from the rows as written (stored, and only the dataset's columns)
      // rather than computing them again from the checked inputs.
      canonical.put(spec.name(), writer.write(data, spec));
    }
    writer.write(ingested.rejects(), Datasets.REJECTS);
    writer.write(ingested.reconciliation(), Datasets.RECONCILIATION);
    Dataset<Row> harmonisation = writer.write(ingested.harmonisation(), Datasets.HARMONISATION);
    pauseIfRequested("writing", config.output());

    Map<String, Dataset<Row>> metrics =
        Metrics.compute(
            canonical,
            CountryTable.of(spark, reference),
            config.metrics(),
            config.loanSources(),
            PlanCut::of);
    for (DatasetSpec spec : MetricDatasets.all()) {
      writer.write(metrics.get(spec.name()), spec);
    }
    if (config.comparison() != null) {
      ComparisonJob.Result compared =
          ComparisonJob.run(
              spark,
              config.comparison(),
              reference,
              harmoniser,
              metrics.get(MetricDatasets.COUNTRY_YEAR.name()),
              metrics.get(MetricDatasets.DEPENDENCE.name()),
              config.output());
      LOG.info(
          "comparison of {} in {} written to {}",
          compared.countries(),
          compared.referenceYear(),
          compared.directory());
    }

    Map<String, Long> byMethod = new TreeMap<>();
    for (Row r : harmonisation.groupBy(Columns.MATCH_METHOD).count().collectAsList()) {
      byMethod.put(r.getString(0), r.getLong(1));
    }
    LOG.info("harmonisation: distinct names per match method {}", byMethod);
    ingested.counts().forEach((source, files) -> LOG.info("{}: {}", source, summary(files)));
    return new Result(config.output(), byMethod, ingested.counts());
  }

  /** A fault-injection point for the tests that kill a run there (see {@link Faults}). */
  private static void pauseIfRequested(String point, String staging) {
    try {
      Faults.pauseIfRequested(point, Path.of(staging));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Long> summary(Map<String, Map<String, Long>> files) {
    Map<String, Long> total = new TreeMap<>();
    files.values().forEach(c -> c.forEach((k, v) -> total.merge(k, v, Long::sum)));
    return total;
  }
}
