package org.dsr.analytics.jobs;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.io.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the job's session and makes its Spark settings, in the order of precedence the README
 * gives ("Job configs", Precedence): {@link #create} and {@link #fitToInputs} are the only places
 * that set them, and {@link #below} the only place that decides which one wins. The master is never
 * set here: spark-submit or run.sh decides.
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

  /** Settings for this job's plans, which are wide (hundreds of expressions, dozens of windows). */
  static final Map<String, String> DEFAULTS =
      Map.of(
          // Constraint propagation re-derives every filter's constraints through each alias of
          // the wide selects: 8 s of the panel's optimisation, for no rule that changes our plans
          // (PruneFilters ran 401 times, effective 0).
          "spark.sql.constraintPropagation.enabled", "false",
          // On: every task resolves classes through a per-session class loader that asks the
          // driver over RPC for each class Janino guesses at. We add no artifacts per session.
          "spark.sql.artifact.isolation.enabled", "false",
          // An aggregate with collect_set (the panel's sources per country and year) runs as an
          // object hash aggregate, which sorts all of a task's remaining rows once its map holds
          // 128 groups, far fewer than a task's countries times years (docs/benchmarks.md, session
          // 13). This many keeps every country and year of a task in the map, and its memory
          // bounded where the groups are many (the key checks' repeated keys).
          "spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "16384");

  /**
   * Below this much input, Spark's interpreted expression evaluation finishes sooner than its
   * generated code: compiling the readers' and metrics' wide expressions costs the same whatever
   * the data size, and pays back only over many rows. The break-even measured on two cores is near
   * 30 MB (docs/benchmarks.md, session 4).
   */
  static final long INTERPRETED_BELOW_BYTES = 24L << 20;

  /**
   * How Spark evaluates expressions when interpreted. {@code factoryMode} is marked internal in
   * Spark; its NO_CODEGEN path is the interpreted fallback Spark itself uses whenever generated
   * code fails to compile, and Spark's expression tests check both paths give the same results.
   */
  static final Map<String, String> INTERPRETED =
      Map.of(
          "spark.sql.codegen.wholeStage", "false",
          "spark.sql.codegen.factoryMode", "NO_CODEGEN");

  /**
   * Settings for a local master (local[N]), where the driver is the only executor. Spark's local
   * scheduler offers its cores again only when a task ends, never on a timer (the cluster
   * schedulers revive offers every second), so a stage whose tasks prefer different places (HDFS
   * blocks on a DataNode host, shuffle outputs on the executor) can decline every offer while it
   * waits out the locality delay, and then no offer ever comes: the job hangs with no task running
   * (SPARK-4939). With a single executor, locality gains nothing, so there is no delay.
   */
  static final Map<String, String> LOCAL_MASTER = Map.of("spark.locality.wait", "0s");

  private SparkSessions() {}

  /** The settings every session on a local master takes, where the run sets none of them. */
  public static Map<String, String> forLocalMaster() {
    return LOCAL_MASTER;
  }

  /** The master-dependent settings that take effect for a run given {@code given}. */
  static Map<String, String> forMaster(SparkConf given) {
    return given.get("spark.master", "").startsWith("local")
        ? below(LOCAL_MASTER, given)
        : Map.of();
  }

  /**
   * The settings of {@code layer} that take effect: those that neither the run (--conf, -D) nor a
   * layer above this one sets.
   */
  @SafeVarargs
  static Map<String, String> below(
      Map<String, String> layer, SparkConf given, Map<String, String>... above) {
    Map<String, String> settings = new TreeMap<>();
    layer.forEach(
        (key, value) -> {
          if (!given.contains(key) && Arrays.stream(above).noneMatch(a -> a.containsKey(key))) {
            settings.put(key, value);
          }
        });
    return settings;
  }

  /** The size-based settings that take effect for a run over {@code inputBytes} of input. */
  static Map<String, String> forInputs(long inputBytes, SparkConf given) {
    return inputBytes < INTERPRETED_BELOW_BYTES ? below(INTERPRETED, given, DEFAULTS) : Map.of();
  }

  /**
   * The settings a run over small inputs (the sample, the real files) makes, where nothing else
   * sets them: the session defaults and interpreted evaluation. Test sessions take them, so that
   * the tests' runs are planned and evaluated as those runs are.
   */
  public static Map<String, String> forSmallInputs() {
    Map<String, String> settings = new TreeMap<>(DEFAULTS);
    settings.putAll(INTERPRETED);
    return settings;
  }

  /** Sets what suits the inputs' size, e.g. interpreted evaluation for small inputs. */
  static void fitToInputs(SparkSession spark, JobConfig job) {
    var conf = spark.sparkContext().hadoopConfiguration();
    long bytes = 0;
    for (InputSpec input : job.inputs()) {
      bytes += InputFiles.totalBytes(InputFiles.of(input, conf), conf);
    }
    Map<String, String> settings = forInputs(bytes, spark.sparkContext().getConf());
    settings.forEach(spark.conf()::set);
    LOG.info("inputs {} bytes; settings for that size: {}", String.format("%,d", bytes), settings);
  }

  static SparkSession create(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    SparkConf given = new SparkConf();
    below(DEFAULTS, given).forEach(builder::config);
    forMaster(given).forEach(builder::config);
    // Spark's progress bar for a person watching a terminal, unless they chose otherwise; a run
    // from cron or Airflow (no console) keeps its log free of the bar's carriage returns.
    String progress = "spark.ui.showConsoleProgress";
    if (System.console() != null && !given.contains(progress)) {
      builder.config(progress, "true");
    }
    return builder.getOrCreate();
  }
}
