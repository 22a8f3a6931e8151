package org.dsr.analytics.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real published files in ../shared/data, read in place by integration tests. */
public final class SharedData {
  private SharedData() {}

  /** The folder, or the test is skipped with a message saying where it was looked for. */
  public static Path root() {
    Path root =
        Path.of(System.getProperty("dsr.shared.data", "../shared/data"))
            .toAbsolutePath()
            .normalize();
    assumeTrue(
        Files.isDirectory(root),
        "real data folder " + root + " is absent: integration test on the published files skipped");
    return root;
  }
}
