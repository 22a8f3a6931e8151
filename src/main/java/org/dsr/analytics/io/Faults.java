package org.dsr.analytics.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault-injection points for the tests that kill a run at a chosen moment: with the system property
 * {@code dsr.pause.at} set to a point's name, the run writes {@code <output>.paused-<point>} there
 * and sleeps, so that a test can kill it exactly then. Unset in production.
 */
final class Faults {
  static final String PROPERTY = "dsr.pause.at";

  private Faults() {}

  static void pauseIfRequested(String point, Path output) throws IOException {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    Files.writeString(output.resolveSibling(output.getFileName() + ".paused-" + point), point);
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
