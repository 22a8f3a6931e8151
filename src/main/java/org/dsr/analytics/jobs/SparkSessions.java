package org.dsr.analytics.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's session. The master is never set here: spark-submit or run.sh decides. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession create(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    // Spark's progress bar for a person watching a terminal, unless they chose otherwise; a run
    // from cron or Airflow (no console) keeps its log free of the bar's carriage returns.
    String progress = "spark.ui.showConsoleProgress";
    if (System.console() != null && !new SparkConf().contains(progress)) {
      builder.config(progress, "true");
    }
    return builder.getOrCreate();
  }
}
