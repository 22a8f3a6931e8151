package org.dsr.analytics.jobs;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.testing.SharedData;
import org.dsr.analytics.testing.SharedRun;

/**
 * One run of the shipped jobs/real-data.json on ../shared/data per build ({@link SharedRun}),
 * shared by the test classes that judge its outputs: the run takes minutes, the assertions seconds.
 */
final class RealDataRun {
  private static RealDataRun run;

  final Path sharedData;
  final Path out;
  final PipelineJob.Result result;
  private final SparkSession spark;

  private RealDataRun(SparkSession spark, Path sharedData, SharedRun.Made made) {
    this.spark = spark;
    this.sharedData = sharedData;
    this.out = made.output();
    this.result = made.result();
  }

  /** The run, started by the first caller; skipped (as a test) where ../shared/data is absent. */
  static synchronized RealDataRun of(SparkSession spark) {
    if (run == null) {
      Path sharedData = SharedData.root();
      run =
          new RealDataRun(
              spark, sharedData, SharedRun.of("real-data", Path.of("jobs/real-data.json")));
    }
    return run;
  }

  /** An output dataset, read back from its Parquet files. */
  Dataset<Row> output(String name) {
    return spark.read().parquet(out.resolve("parquet/" + name).toString());
  }
}
