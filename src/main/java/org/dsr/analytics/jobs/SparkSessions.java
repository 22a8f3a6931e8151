package org.dsr.analytics.jobs;

import org.apache.spark.sql.SparkSession;

/** Builds the job's session. The master is never set here: spark-submit or run.sh decides. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession create(String appName) {
    return SparkSession.builder().appName(appName).getOrCreate();
  }
}
