package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.testing.SharedData;

/**
 * One run of the shipped jobs/real-data.json on ../shared/data per test JVM, shared by the test
 * classes that judge its outputs: the run takes minutes, the assertions seconds.
 */
final class RealDataRun {
  /**
   * Kept after the tests (scripts/test.sh renders its comparison page in a browser, as it does the
   * sample's); one folder per test JVM, since surefire runs several side by side.
   */
  static final Path OUTPUT =
      Path.of("target/real-data-run", Long.toString(ProcessHandle.current().pid()))
          .toAbsolutePath();

  private static RealDataRun run;

  final Path sharedData;
  final Path out;
  final PipelineJob.Result result;
  private final SparkSession spark;

  private RealDataRun(SparkSession spark, Path sharedData, Path out) {
    this.spark = spark;
    this.sharedData = sharedData;
    this.out = out;
    JobConfig config =
        JobConfigLoader.load(Path.of("jobs/real-data.json")).withOutput(out.toString());
    this.result = PipelineJob.run(spark, config);
  }

  /** The run, started by the first caller; skipped (as a test) where ../shared/data is absent. */
  static synchronized RealDataRun of(SparkSession spark) {
    if (run == null) {
      Path sharedData = SharedData.root();
      delete(OUTPUT);
      run = new RealDataRun(spark, sharedData, OUTPUT);
    }
    return run;
  }

  /** An output dataset, read back from its Parquet files. */
  Dataset<Row> output(String name) {
    return spark.read().parquet(out.resolve("parquet/" + name).toString());
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + folder, e);
    }
  }
}
