package org.dsr.analytics.testing;

import java.nio.file.Path;
import org.dsr.analytics.jobs.PipelineJob;

/**
 * One run of jobs/sample.json per build ({@link SharedRun}), shared by the test classes that only
 * read outputs.
 */
public final class SampleRun {
  private static SharedRun.Made run;

  private SampleRun() {}

  public static PipelineJob.Result result() {
    return made().result();
  }

  public static Path output() {
    return made().output();
  }

  private static synchronized SharedRun.Made made() {
    if (run == null) {
      run = SharedRun.of("sample", Path.of("jobs/sample.json"));
    }
    return run;
  }
}
