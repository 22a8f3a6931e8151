package org.dsr.analytics.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.Disposition;
import org.dsr.analytics.ingest.FileOutcomes;
import org.dsr.analytics.ingest.Ingestion;
import org.dsr.analytics.ingest.Outcomes;
import org.dsr.analytics.ingest.ReadContext;
import org.dsr.analytics.ingest.Target;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.io.PublishProtocol;
import org.dsr.analytics.io.RunObserver;
import org.dsr.analytics.metrics.Metrics;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.CountryTable;
import org.dsr.analytics.reference.SourceCoverage;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.MetricDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main pipeline, as its stages: check the inputs, ingest, compute the metrics, report, check
 * the inputs again, write the manifest, publish. Every stage but the last writes into the run's
 * staging folder, and labels its Spark jobs ({@link Stages}). {@link #run} is the unit that tests
 * call; {@link Main} wraps it for spark-submit.
 */
public final class PipelineJob {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineJob.class);

  /**
   * What a run produced.
   *
   * @param outputDirectory where the outputs are
   * @param namesByMethod distinct raw names per match method over all inputs
   * @param outcomes how every row of every input file ended
   */
  public record Result(
      String outputDirectory, Map<String, Long> namesByMethod, Outcomes outcomes) {}

  /** The ingest stage's result: the canonical datasets as written, and what became of each row. */
  private record Ingested(
      CountryReference reference,
      CountryHarmoniser harmoniser,
      Map<String, Dataset<Row>> canonical,
      Map<String, Long> namesByMethod,
      Outcomes outcomes) {}

  private PipelineJob() {}

  /** Runs with a fresh run id. */
  public static Result run(SparkSession spark, JobConfig config) {
    return run(spark, config, RunIds.next());
  }

  /** Runs with no observer. */
  public static Result run(SparkSession spark, JobConfig config, String runId) {
    return run(spark, config, runId, RunObserver.NONE);
  }

  /**
   * Runs the job into a staging folder, checks that no input changed meanwhile, writes the manifest
   * and publishes the outputs (by the {@link PublishProtocol} of the output's file system).
   *
   * @param observer told where the run has got to ({@link RunObserver.Point})
   */
  public static Result run(
      SparkSession spark, JobConfig config, String runId, RunObserver observer) {
    String startedAt = Instant.now().toString();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Stages stages = new Stages(spark.sparkContext(), runId);
    try (PublishProtocol out =
        OutputDirectory.open(config.output(), runId, observer, conf, config.keepRunsOrDefault())) {
      JobConfig staged = config.withOutput(out.staging());
      InputSnapshot inputs =
          stages.run(
              "inputs", "fingerprint every input file", () -> InputSnapshot.take(config, conf));
      Ingested ingested;
      PlanCut.Checkpoints checkpoints = PlanCut.checkpointsFor(spark, out.staging());
      try {
        ingested =
            stages.run(
                "ingest",
                "read, check and harmonise every input; write the canonical datasets",
                () -> ingest(spark, staged, observer));
        Map<String, Dataset<Row>> metrics =
            stages.run(
                "metrics",
                "compute and write the analysts' datasets",
                () -> metrics(spark, staged, ingested));
        if (config.comparison() != null) {
          stages.run(
              "report",
              "write the country comparison",
              () -> report(spark, staged, ingested, metrics));
        }
      } finally {
        checkpoints.close();
      }
      stages.run(
          "inputs-unchanged",
          "fingerprint every input file again and compare",
          () -> {
            inputs.requireUnchanged(InputSnapshot.take(config, conf));
            return null;
          });
      stages.run(
          "manifest",
          "count the outputs' rows and write the manifest",
          () -> writeManifest(spark, config, out.staging(), runId, startedAt, inputs, ingested));
      out.publish();
      LOG.info("run {} published to {}", runId, out.published());
      return new Result(out.published(), ingested.namesByMethod(), ingested.outcomes());
    }
  }

  /**
   * Reads every input into the canonical datasets, with rejects, reconciliation and harmonisation.
   */
  private static Ingested ingest(SparkSession spark, JobConfig config, RunObserver observer) {
    CountryReference reference = CountryReference.bundled();
    CountryHarmoniser harmoniser =
        new CountryHarmoniser(
            reference,
            ConfigCheck.countryOverrides(
                config.countryOverrides(), reference, spark.sparkContext().hadoopConfiguration()));
    Ingestion.Result ingested =
        Ingestion.run(
            new ReadContext(spark, harmoniser),
            config.inputsWithLimits(),
            new Disposition(config.ruleSeverities()),
            config.maxRejectRateOrDefault());
    observer.reached(RunObserver.Point.INGESTED);

    OutputWriter writer =
        new OutputWriter(config.output())
            .forSources(acceptedRowsBySource(config, ingested.outcomes()));
    Map<String, Dataset<Row>> canonical = new LinkedHashMap<>();
    for (Target target : Target.written()) {
      DatasetSpec spec = target.spec();
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
    for (DatasetSpec spec : Target.reported()) {
      writer.write(
          ingested
              .datasets()
              .getOrDefault(spec.name(), spark.createDataFrame(List.of(), spec.schema())),
          spec);
    }
    writer.write(ingested.rejects(), Datasets.REJECTS);
    writer.write(ingested.reconciliation(), Datasets.RECONCILIATION);
    Dataset<Row> harmonisation = writer.write(ingested.harmonisation(), Datasets.HARMONISATION);
    observer.reached(RunObserver.Point.WRITING);

    Map<String, Long> byMethod = new TreeMap<>();
    for (Row r : harmonisation.groupBy(Columns.MATCH_METHOD).count().collectAsList()) {
      byMethod.put(r.getString(0), r.getLong(1));
    }
    LOG.info("harmonisation: distinct names per match method {}", byMethod);
    ingested
        .outcomes()
        .summaryBySource()
        .forEach((source, counts) -> LOG.info("{}: {}", source, counts));
    return new Ingested(reference, harmoniser, canonical, byMethod, ingested.outcomes());
  }

  /** Every input source of the job (each is listed once), with the rows accepted from its files. */
  private static Map<String, Long> acceptedRowsBySource(JobConfig config, Outcomes outcomes) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (InputSpec input : config.inputs()) {
      rows.put(
          input.source(),
          outcomes.forSource(input.source()).stream().mapToLong(FileOutcomes::accepted).sum());
    }
    return rows;
  }

  private static Map<String, Dataset<Row>> metrics(
      SparkSession spark, JobConfig config, Ingested ingested) {
    Map<String, Dataset<Row>> metrics =
        Metrics.compute(
            ingested.canonical(),
            CountryTable.of(spark, ingested.reference()),
            config.metrics(),
            config.loanSources(),
            config.loanFamilies(),
            config.inputs().stream()
                .flatMap(input -> SourceCoverage.of(input, ingested.reference()).stream())
                .toList(),
            PlanCut::of);
    OutputWriter writer = new OutputWriter(config.output());
    for (DatasetSpec spec : MetricDatasets.all()) {
      writer.write(metrics.get(spec.name()), spec);
    }
    return metrics;
  }

  private static ComparisonJob.Result report(
      SparkSession spark, JobConfig config, Ingested ingested, Map<String, Dataset<Row>> metrics) {
    ComparisonJob.Result compared =
        ComparisonJob.run(
            spark,
            config.comparison(),
            ingested.reference(),
            ingested.harmoniser(),
            metrics.get(MetricDatasets.COUNTRY_YEAR.name()),
            metrics.get(MetricDatasets.DEPENDENCE.name()),
            metrics.get(MetricDatasets.EVIDENCE.name()),
            config.output());
    LOG.info(
        "comparison of {} in {} written to {}",
        compared.countries(),
        compared.referenceYear(),
        compared.directory());
    return compared;
  }

  /** The manifest of the run of {@code config} (as given, not as staged), in the staging folder. */
  private static Manifest writeManifest(
      SparkSession spark,
      JobConfig config,
      String staging,
      String runId,
      String startedAt,
      InputSnapshot inputs,
      Ingested ingested) {
    Manifest manifest =
        new Manifest(
            runId,
            startedAt,
            Instant.now().toString(),
            Version.project(),
            spark.version(),
            config,
            inputs.manifestInputs(ingested.outcomes()),
            manifestOutputs(spark, staging, config.comparison() != null),
            ingested.outcomes().summaryBySource());
    new OutputWriter(staging)
        .writeText(
            OutputDirectory.MANIFEST,
            manifest.toJson(),
            spark.sparkContext().hadoopConfiguration());
    return manifest;
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
}
