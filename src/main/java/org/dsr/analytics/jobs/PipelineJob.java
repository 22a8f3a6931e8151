package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.Disposition;
import org.dsr.analytics.ingest.Ingestion;
import org.dsr.analytics.ingest.ReadContext;
import org.dsr.analytics.ingest.SourceLayout;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.metrics.Metrics;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
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

  public static Result run(SparkSession spark, JobConfig config) {
    CountryReference reference = CountryReference.bundled();
    CountryHarmoniser harmoniser =
        new CountryHarmoniser(reference, overrides(config.countryOverrides(), reference));
    Disposition disposition = new Disposition(Disposition.parseOverrides(config.ruleSeverity()));
    Ingestion.Result ingested =
        Ingestion.run(
            new ReadContext(spark, harmoniser),
            config.inputs(),
            disposition,
            config.maxRejectRateOrDefault());

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
      canonical.put(spec.name(), data);
      writer.write(data, spec);
    }
    writer.write(ingested.rejects(), Datasets.REJECTS);
    writer.write(ingested.reconciliation(), Datasets.RECONCILIATION);
    writer.write(ingested.harmonisation(), Datasets.HARMONISATION);

    Map<String, Dataset<Row>> metrics =
        Metrics.compute(
            canonical, CountryTable.of(spark, reference), config.metrics(), loanSources(config));
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
    for (Row r : ingested.harmonisation().groupBy(Columns.MATCH_METHOD).count().collectAsList()) {
      byMethod.put(r.getString(0), r.getLong(1));
    }
    LOG.info("harmonisation: distinct names per match method {}", byMethod);
    ingested.counts().forEach((source, files) -> LOG.info("{}: {}", source, summary(files)));
    return new Result(config.output(), byMethod, ingested.counts());
  }

  /** Loan sources in the config's input order: the default loan source priority. */
  private static List<String> loanSources(JobConfig config) {
    List<String> sources = new ArrayList<>();
    for (InputSpec input : config.inputs()) {
      if (SourceLayout.fromId(input.layout()).isLoans()) {
        sources.add(input.source());
      }
    }
    return sources;
  }

  private static Map<String, Long> summary(Map<String, Map<String, Long>> files) {
    Map<String, Long> total = new TreeMap<>();
    files.values().forEach(c -> c.forEach((k, v) -> total.merge(k, v, Long::sum)));
    return total;
  }

  private static CountryOverrides overrides(String file, CountryReference reference) {
    if (file == null) {
      return CountryOverrides.none();
    }
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return CountryOverrides.parse(reader, file, reference);
    } catch (IOException e) {
      throw new ConfigException("cannot read country overrides " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }
}
