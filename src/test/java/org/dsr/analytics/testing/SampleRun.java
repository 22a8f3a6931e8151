package org.dsr.analytics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.jobs.PipelineJob;

/** One run of jobs/sample.json per test JVM, shared by the test classes that only read outputs. */
public final class SampleRun {
  private static Path output;
  private static PipelineJob.Result result;

  private SampleRun() {}

  public static synchronized PipelineJob.Result result() {
    if (result == null) {
      try {
        output = Files.createTempDirectory("dsr-sample-run");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      result =
          PipelineJob.run(
              SparkTestBase.shared(),
              JobConfigLoader.load(Path.of("jobs/sample.json")).withOutput(output.toString()));
    }
    return result;
  }

  public static Path output() {
    result();
    return output;
  }
}
