package org.dsr.analytics.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.DataQualityException;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.OutputException;
import org.dsr.analytics.io.OutputLockedException;
import org.dsr.analytics.io.OutputRefusedException;
import org.dsr.analytics.io.RunObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The spark-submit entry point: parses the command line, loads the config, runs the pipeline and
 * turns the outcome into an exit code.
 */
@Command(
    name = "dsr-analytics",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpWidth = 100,
    description = {
      "Measures how far each country's digital government depends on Chinese technology and"
          + " finance: reads the inputs named in a job config, harmonises country names to ISO3"
          + " codes and writes the outputs as Parquet and CSV, published whole or not at all.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  dsr-analytics --config jobs/sample.json --output /data/dsr/out",
      "  dsr-analytics --config jobs/real-data.json --set metrics.year_from=2010 --dry-run",
      "  dsr-analytics --config jobs/sample.json --set comparison.countries='[\"KEN\",\"ETH\"]'"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected failure (see the log); the output is locked by another run or cannot be"
          + " written (disk full, read-only)",
      "2:usage or config error",
      "3:an input is missing, unreadable or in the wrong layout",
      "4:a data-quality threshold is exceeded (see the rejects dataset)"
    })
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int UNEXPECTED = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int DATA_QUALITY = 4;

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "Job config (JSON), e.g. jobs/sample.json.")
  private Path config;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output directory; overrides the config's 'output'.")
  private String output;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description =
          "Run id in the manifest and staging folder names (default: UTC time and a random suffix).")
  private String runId;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one config key (repeatable): a key path such as metrics.year_from or"
              + " inputs[0].path, and a JSON value or plain text. Relative paths resolve against"
              + " the config's folder, like those in the file.")
  private List<String> overrides = new ArrayList<>();

  @Option(
      names = "--dry-run",
      description = "Check the config and inputs and print the plan; write nothing.")
  private boolean dryRun;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  private final RunObserver observer;

  private Main(RunObserver observer) {
    this.observer = observer;
  }

  /** Runs the command line and returns the exit code; never calls System.exit. */
  public static int run(String... args) {
    return run(RunObserver.NONE, args);
  }

  /** As {@link #run(String...)}, telling {@code observer} where the run has got to. */
  static int run(RunObserver observer, String... args) {
    CommandLine cli = new CommandLine(new Main(observer));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          cli.getErr().println("dsr-analytics: " + e.getMessage());
          cli.getErr().println("Try 'dsr-analytics --help' for the options.");
          return USAGE;
        });
    return cli.execute(args);
  }

  /**
   * The job's settings, checked, in the order of precedence the README gives ("Job configs",
   * Precedence); the Spark settings follow it in {@link SparkSessions}.
   */
  private JobConfig settings() {
    JobConfig job = ConfigCheck.load(config, overrides);
    return output == null ? job : job.withOutput(output);
  }

  @Override
  public Integer call() {
    JobConfig job;
    try {
      job = settings();
      if (runId != null) {
        RunIds.checked(runId);
      }
      if (dryRun) {
        DryRun.plan(job, System.out);
        return OK;
      }
    } catch (ConfigException e) {
      return fail(USAGE, "config error: " + e.getMessage(), e);
    } catch (InputException e) {
      return fail(INPUT, "input error: " + e.getMessage(), e);
    }
    // Under spark-submit there is no session yet; a caller that already has one keeps it.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.create("dsr-analytics");
    try {
      if (ownSession) {
        SparkSessions.fitToInputs(spark, job);
      }
      PipelineJob.Result result =
          PipelineJob.run(spark, job, runId == null ? RunIds.next() : runId, observer);
      LOG.info("done: outputs in {}", result.outputDirectory());
      System.out.println("dsr-analytics: outputs written to " + result.outputDirectory());
      return OK;
    } catch (ConfigException | OutputRefusedException e) {
      return fail(USAGE, "config error: " + e.getMessage(), e);
    } catch (InputException e) {
      return fail(INPUT, "input error: " + e.getMessage(), e);
    } catch (OutputLockedException e) {
      return fail(UNEXPECTED, "output locked: " + e.getMessage(), e);
    } catch (OutputException e) {
      return fail(
          UNEXPECTED,
          "output error: " + e.getMessage() + "; the published outputs are as before",
          e);
    } catch (DataQualityException e) {
      return fail(DATA_QUALITY, "data-quality threshold exceeded: " + e.getMessage(), e);
    } catch (Exception e) {
      // A reader failing inside a Spark task reaches the driver wrapped in a SparkException, which
      // is a checked exception that Spark's Scala code throws undeclared: hence Exception here.
      InputException input = causeOfType(e, InputException.class);
      if (input != null) {
        return fail(INPUT, "input error: " + input.getMessage(), e);
      }
      LOG.error("unexpected failure", e);
      return fail(UNEXPECTED, "unexpected failure (a bug, stack trace in the log): " + what(e), e);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** The first line of the exception's message, or its class where it has none. */
  private static String what(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }

  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static int fail(int code, String sentence, Exception e) {
    LOG.debug("failure detail", e);
    System.err.println("dsr-analytics: " + sentence);
    return code;
  }
}
