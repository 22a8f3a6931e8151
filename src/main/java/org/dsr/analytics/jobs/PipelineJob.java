package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.SourceLayout;
import org.dsr.analytics.io.CsvDialect;
import org.dsr.analytics.io.DelimitedFileReader;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.io.OutputWriter;
import org.dsr.analytics.reference.CountryHarmonisation;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main pipeline: reads every input of a job config, harmonises its countries and writes the
 * outputs. {@link #run} is the unit that tests call; {@link Main} wraps it for spark-submit.
 */
public final class PipelineJob {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineJob.class);

  /**
   * What a run produced.
   *
   * @param outputDirectory where the outputs are
   * @param namesByMethod distinct raw names per match method over all inputs
   */
  public record Result(String outputDirectory, Map<String, Long> namesByMethod) {}

  private PipelineJob() {}

  public static Result run(SparkSession spark, JobConfig config) {
    CountryReference reference = CountryReference.bundled();
    CountryHarmoniser harmoniser =
        new CountryHarmoniser(reference, overrides(config.countryOverrides(), reference));
    List<Dataset<Row>> reports = new ArrayList<>();
    for (InputSpec input : config.inputs()) {
      reports.add(harmonisationReport(spark, input, harmoniser));
    }
    Dataset<Row> report = reports.stream().reduce(Dataset::unionByName).orElseThrow();
    report.cache();

    OutputWriter writer = new OutputWriter(config.output());
    writer.write(report, Datasets.HARMONISATION);

    Map<String, Long> byMethod = new TreeMap<>();
    for (Row r : report.groupBy(Columns.MATCH_METHOD).count().collectAsList()) {
      byMethod.put(r.getString(0), r.getLong(1));
    }
    report.unpersist();
    LOG.info("harmonisation: distinct names per match method {}", byMethod);
    return new Result(config.output(), byMethod);
  }

  private static Dataset<Row> harmonisationReport(
      SparkSession spark, InputSpec input, CountryHarmoniser harmoniser) {
    SourceLayout layout = SourceLayout.fromId(input.layout());
    List<String> files =
        InputFiles.expand(input.path(), spark.sparkContext().hadoopConfiguration());
    CsvDialect dialect = layout.dialect().withCharset(input.encodingOrDefault());
    List<FileHeader> headers =
        DelimitedFileReader.headers(
            files, dialect, layout.requiredColumns(), spark.sparkContext().hadoopConfiguration());
    Dataset<Row> rows =
        DelimitedFileReader.read(spark, headers, dialect, layout.countryColumnNames());
    LOG.info("{}: {} file(s) in layout {}", input.source(), files.size(), layout.id());
    return CountryHarmonisation.harmonise(rows, layout.countryColumns(), harmoniser, input.source())
        .report();
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
