package org.dsr.analytics.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.report.ValidityReport;

/**
 * Generates docs/validity.md from the outputs of a run of jobs/real-data.json ({@link
 * ValidityReport}). A test fails when the committed file differs from what the current code
 * computes on ../shared/data.
 *
 * <p>Usage: {@code ValidityDoc <job config> <the run's output folder> <markdown file>}
 */
public final class ValidityDoc {
  private ValidityDoc() {}

  static String markdown(SparkSession spark, Path config, String output) {
    JobConfig job = JobConfigLoader.load(config);
    return ValidityReport.markdown(
        new ValidityReport.Outputs(
            read(spark, output, "dependence"),
            read(spark, output, "dependence_sensitivity"),
            read(spark, output, "evidence"),
            read(spark, output, "deployments"),
            read(spark, output, "loans"),
            read(spark, output, "coverage"),
            read(spark, output, "country_year")),
        CountryReference.bundled(),
        job.loanFamilies(),
        config.toString());
  }

  private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> read(
      SparkSession spark, String output, String dataset) {
    return spark.read().parquet(output + "/parquet/" + dataset);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ValidityDoc <job config> <output folder> <markdown file>");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.create("dsr-analytics validity");
    try {
      Files.writeString(
          Path.of(args[2]), markdown(spark, Path.of(args[0]), args[1]), StandardCharsets.UTF_8);
    } finally {
      spark.stop();
    }
  }
}
