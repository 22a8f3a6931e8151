package org.dsr.analytics.jobs;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's session. The master is never set here: spark-submit or run.sh decides. */
final class SparkSessions {
  /**
   * Settings for this job's plans, which are wide (hundreds of expressions, dozens of windows)
   * whatever the data size; each is used unless the run sets it (--conf, -D).
   */
  static final Map<String, String> DEFAULTS =
      Map.of(
          // Constraint propagation re-derives every filter's constraints through each alias of
          // the wide selects: 8 s of the panel's optimisation, for no rule that changes our plans
          // (PruneFilters ran 401 times, effective 0).
          "spark.sql.constraintPropagation.enabled", "false",
          // On: every task resolves classes through a per-session class loader that asks the
          // driver over RPC for each class Janino guesses at. We add no artifacts per session.
          "spark.sql.artifact.isolation.enabled", "false");

  private SparkSessions() {}

  static SparkSession create(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    SparkConf given = new SparkConf();
    DEFAULTS.forEach(
        (key, value) -> {
          if (!given.contains(key)) {
            builder.config(key, value);
          }
        });
    // Spark's progress bar for a person watching a terminal, unless they chose otherwise; a run
    // from cron or Airflow (no console) keeps its log free of the bar's carriage returns.
    String progress = "spark.ui.showConsoleProgress";
    if (System.console() != null && !given.contains(progress)) {
      builder.config(progress, "true");
    }
    return builder.getOrCreate();
  }
}
