package org.dsr.analytics.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault-injection points for the tests that kill or disturb a run at a chosen moment: with the
 * system property {@code dsr.pause.at} set to a point's name, the run writes {@code
 * <output>.paused-<point>} there and waits until that file is deleted (at most two minutes), so
 * that a test can kill it exactly then, or change an input and let it go on. Unset in production.
 */
public final class Faults {
  static final String PROPERTY = "dsr.pause.at";

  private Faults() {}

  /** Pauses here when {@code dsr.pause.at} names this point; a no-op otherwise. */
  public static void pauseIfRequested(String point, Path output) throws IOException {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    Path marker = output.resolveSibling(output.getFileName() + ".paused-" + point);
    Files.writeString(marker, point);
    try {
      for (int i = 0; i < 1200 && Files.exists(marker); i++) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
