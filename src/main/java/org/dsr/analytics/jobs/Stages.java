package org.dsr.analytics.jobs;

import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pipeline stage with its Spark jobs labelled: the job group {@code <run id>:<stage>} and a
 * description of the stage, so the Spark UI and the event log say which step each job belongs to
 * (Iceberg's {@code withJobGroupInfo} does the same).
 */
final class Stages {
  private static final Logger LOG = LoggerFactory.getLogger(Stages.class);

  private final SparkContext spark;
  private final String runId;

  Stages(SparkContext spark, String runId) {
    this.spark = spark;
    this.runId = runId;
  }

  /** The job group of a stage of this run. */
  private String group(String stage) {
    return runId + ":" + stage;
  }

  <T> T run(String stage, String description, Supplier<T> work) {
    long start = System.nanoTime();
    spark.setJobGroup(group(stage), description, false);
    try {
      return work.get();
    } finally {
      spark.clearJobGroup();
      LOG.info(
          "stage {} ({}) done in {} ms",
          stage,
          description,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
