package org.dsr.analytics.testing;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.jobs.SparkSessions;
import org.junit.jupiter.api.BeforeAll;

/**
 * One SparkSession for the whole test JVM: local[2], UI off, two shuffle partitions, bound to
 * loopback, and the settings the job makes for inputs as small as the tests' ({@link
 * SparkSessions#forSmallInputs}: without them each run of a test spent half its time compiling
 * generated code and propagating constraints that a run of the job skips), and those of a local
 * master ({@link SparkSessions#forLocalMaster}: without them a run on HDFS can hang). Test classes
 * extend this and use {@link #spark}; the session stops with the JVM.
 */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = shared();
  }

  public static synchronized SparkSession shared() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("dsr-analytics-tests")
              .config("spark.ui.enabled", false)
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", 2)
              .config("spark.sql.session.timeZone", "UTC")
              .config(Map.<String, Object>copyOf(SparkSessions.forSmallInputs()))
              .config(Map.<String, Object>copyOf(SparkSessions.forLocalMaster()))
              .getOrCreate();
    }
    return spark;
  }
}
