package org.dsr.analytics.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A run of the command line in a child JVM, paused at a point by a {@link PausingObserver}, so that
 * a test can kill it there with {@code kill -9}.
 */
final class ChildRun {
  private ChildRun() {}

  /**
   * Starts the job of {@code config} into {@code output} as run {@code runId}; the child writes its
   * pause marker into {@code markers} and its log to {@code log}.
   *
   * @param jvmOptions more JVM options, e.g. {@code -Dspark.hadoop.*} settings
   */
  static Process start(
      String point,
      Path markers,
      Path log,
      List<String> jvmOptions,
      String config,
      String output,
      String runId)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + Path.of("scripts/spark-jvm.args").toAbsolutePath());
    command.addAll(
        List.of(
            "-Dspark.master=local[1]",
            "-Dspark.ui.enabled=false",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-XX:TieredStopAtLevel=1"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            PausingObserver.class.getName(),
            point,
            markers.toString(),
            "--config",
            config,
            "--output",
            output,
            "--run-id",
            runId));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the child pauses at the point; fails with its log when it never does. */
  static void awaitPause(Process run, String point, Path markers, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (pauseMarker(point, markers).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (pauseMarker(point, markers).isEmpty()) {
      run.destroyForcibly().waitFor();
      throw new AssertionError("the run never paused at " + point + ":\n" + Files.readString(log));
    }
  }

  static Optional<Path> pauseMarker(String point, Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".paused-" + point)).findAny();
    }
  }
}
