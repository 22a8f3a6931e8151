package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs disturbed in a child JVM paused at a chosen point by {@code -Ddsr.pause.at} (see {@code
 * io.Faults}). A run killed with {@code kill -9} at any point (while ingesting, while writing,
 * before and during publishing) leaves the previously published outputs intact and complete, and
 * the next run succeeds and removes what the killed one left. A run whose input changes after it
 * was read fails and publishes nothing.
 */
class FaultInjectionTest extends SparkTestBase {
  private static final Path TINY = Path.of("src/test/resources/jobs/tiny.json");

  @TempDir static Path first;
  @TempDir Path dir;

  private static Map<String, String> published;

  @BeforeAll
  static void publishOnce() throws Exception {
    PipelineJob.run(spark, config(first.resolve("out")), "first");
    published = checksums(first.resolve("out"));
  }

  private static JobConfig config(Path out) {
    return JobConfigLoader.load(TINY).withOutput(out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingested", "writing", "between-moves"})
  void killedRunLosesNothingAndTheNextRunCleansUp(String point) throws Exception {
    Path out = dir.resolve("out");
    copy(first.resolve("out"), out);

    killAt(point, out);

    // Before the first publishing move the outputs are in place; between the moves, aside.
    Path previous = point.equals("between-moves") ? dir.resolve("out.previous-killed") : out;
    assertThat(checksums(previous)).isEqualTo(published);
    assertThat(siblings()).hasSizeGreaterThan(2); // the killed run's staging or .previous folder

    PipelineJob.run(spark, config(out), "next");
    assertThat(siblings()).containsExactlyInAnyOrder("out", "out.lock");
    assertThat(out.resolve("_manifest.json")).content().contains("\"run_id\" : \"next\"");
    assertThat(csvFiles(checksums(out))).isEqualTo(csvFiles(published)).isNotEmpty();
  }

  @Test
  void anInputChangingDuringTheRunFailsItAndNothingIsPublished() throws Exception {
    Path out = dir.resolve("out");
    copy(first.resolve("out"), out);
    Path input = dir.resolve("EGOV_DATA_2020.csv");
    Files.copy(Path.of("sample-data/egdi/EGOV_DATA_2020.csv"), input);
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"inputs\": [{\"source\": \"egdi\", \"layout\": \"un_egdi\","
            + " \"path\": \"EGOV_DATA_2020.csv\"}]}");

    // In this JVM, on a thread of its own, paused between reading the inputs and publishing.
    System.setProperty("dsr.pause.at", "ingested");
    CompletableFuture<PipelineJob.Result> run;
    try {
      JobConfig job = JobConfigLoader.load(config);
      run = CompletableFuture.supplyAsync(() -> PipelineJob.run(spark, job, "changed"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (pauseMarker("ingested").isEmpty() && !run.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      // A publisher replaces the file while the run is between reading and publishing.
      Files.writeString(input, Files.readString(input).replace("0.", "0.0"));
      Files.delete(pauseMarker("ingested").orElseThrow());
    } finally {
      System.clearProperty("dsr.pause.at");
    }

    assertThatThrownBy(() -> run.get(120, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InputException.class)
        .hasMessage(
            "an input changed during the run (size or SHA-256 differ from the start): "
                + input
                + "; nothing was published");
    assertThat(checksums(out)).isEqualTo(published);
  }

  /** Starts the job in a child JVM, waits until it pauses at the point and kills it (SIGKILL). */
  private void killAt(String point, Path out) throws Exception {
    Process run = pausedAt(point, TINY, out);
    run.destroyForcibly().waitFor(); // SIGKILL
  }

  /** Starts the job in a child JVM and waits until it pauses at the point (see Faults). */
  private Process pausedAt(String point, Path config, Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + Path.of("scripts/spark-jvm.args").toAbsolutePath());
    command.addAll(
        List.of(
            "-Dspark.master=local[1]",
            "-Dspark.ui.enabled=false",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-XX:TieredStopAtLevel=1",
            "-Ddsr.pause.at=" + point,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--config",
            config.toString(),
            "--output",
            out.toString(),
            "--run-id",
            "killed"));
    Path log = dir.resolve("killed-run.log");
    Process run =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (pauseMarker(point).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (pauseMarker(point).isEmpty()) {
      run.destroyForcibly().waitFor();
      throw new AssertionError("the run never paused at " + point + ":\n" + Files.readString(log));
    }
    return run;
  }

  private java.util.Optional<Path> pauseMarker(String point) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".paused-" + point)).findAny();
    }
  }

  private List<String> siblings() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      // Ignored: the test's log, and the pause marker only the test's fault injection writes.
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".log") && !n.contains(".paused-"))
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  /** The CSV outputs' checksums (Parquet part files are named anew by each run). */
  private static Map<String, String> csvFiles(Map<String, String> checksums) {
    Map<String, String> csv = new TreeMap<>(checksums);
    csv.keySet().removeIf(name -> !name.endsWith(".csv"));
    return csv;
  }

  /** Every file under the folder, by relative path, with its SHA-256. */
  private static Map<String, String> checksums(Path root) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        sums.put(root.relativize(p).toString(), HexFormat.of().formatHex(hash));
      }
    }
    return sums;
  }
}
