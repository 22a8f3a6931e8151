package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dsr.analytics.io.RunObserver;

/**
 * Pauses a run at one point, so that a test can kill it exactly there or change an input and let it
 * go on: it writes {@code <folder>/run.paused-<point>} and waits until the test deletes that file
 * (at most ten minutes: the runs killed at later points wait while the earlier ones are tested,
 * which on a loaded machine took more than the two minutes this once allowed).
 */
final class PausingObserver implements RunObserver {
  private final RunObserver.Point point;
  private final Path folder;

  PausingObserver(RunObserver.Point point, Path folder) {
    this.point = point;
    this.folder = folder;
  }

  /** The marker file of a pause at {@code point} in {@code folder}. */
  static Path marker(RunObserver.Point point, Path folder) {
    return folder.resolve("run.paused-" + point.label());
  }

  @Override
  public void reached(RunObserver.Point reached) {
    if (reached != point) {
      return;
    }
    Path marker = marker(point, folder);
    try {
      Files.writeString(marker, point.label());
      for (int i = 0; i < 6000 && Files.exists(marker); i++) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A child JVM's entry point: {@code <point label> <marker folder> <Main's arguments...>} runs the
   * command line paused at that point.
   */
  public static void main(String[] args) {
    RunObserver.Point point =
        Arrays.stream(RunObserver.Point.values())
            .filter(p -> p.label().equals(args[0]))
            .findFirst()
            .orElseThrow();
    PausingObserver observer = new PausingObserver(point, Path.of(args[1]));
    System.exit(Main.run(observer, Arrays.copyOfRange(args, 2, args.length)));
  }
}
