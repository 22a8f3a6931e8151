package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.RunObserver;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs disturbed in a child JVM paused at a chosen point by a {@link PausingObserver}. A run killed
 * with {@code kill -9} at any point (while ingesting, while writing, before and during publishing)
 * leaves the previously published outputs intact and complete, and the next run succeeds and
 * removes what the killed one left. A run whose input changes after it was read fails and publishes
 * nothing.
 */
class FaultInjectionTest extends SparkTestBase {
  private static final Path TINY = Path.of("src/test/resources/jobs/tiny.json");

  private static final List<String> KILL_POINTS = List.of("ingested", "writing", "between-moves");

  @TempDir static Path root;
  @TempDir Path dir;

  private static Map<String, String> published;
  private static final Map<String, Process> killedRuns = new TreeMap<>();

  /**
   * Publishes once, then starts one child run per kill point at once, each over its own copy of the
   * published outputs: the JVMs start side by side instead of one after another.
   */
  @BeforeAll
  static void publishOnceAndStartTheRunsToKill() throws Exception {
    Path first = root.resolve("first/out");
    PipelineJob.run(spark, config(first), "first");
    published = checksums(first);
    for (String point : KILL_POINTS) {
      Path out = root.resolve(point).resolve("out");
      copy(first, out);
      killedRuns.put(point, start(point, TINY, out));
    }
  }

  @AfterAll
  static void stopTheRunsToKill() {
    killedRuns.values().forEach(Process::destroyForcibly);
  }

  private static JobConfig config(Path out) {
    return JobConfigLoader.load(TINY).withOutput(out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingested", "writing", "between-moves"})
  void killedRunLosesNothingAndTheNextRunCleansUp(String point) throws Exception {
    Path folder = root.resolve(point);
    Path out = folder.resolve("out");
    Process run = killedRuns.get(point);
    awaitPause(run, point, folder);
    run.destroyForcibly().waitFor(); // SIGKILL

    // Before the first publishing move the outputs are in place; between the moves, aside.
    Path previous = point.equals("between-moves") ? folder.resolve("out.previous-killed") : out;
    assertThat(checksums(previous)).isEqualTo(published);
    assertThat(entries(folder)).hasSizeGreaterThan(2); // the killed run's staging or .previous

    PipelineJob.run(spark, config(out), "next");
    assertThat(entries(folder)).containsExactlyInAnyOrder("out", "out.lock");
    assertThat(out.resolve("_manifest.json")).content().contains("\"run_id\" : \"next\"");
    assertThat(csvFiles(checksums(out))).isEqualTo(csvFiles(published)).isNotEmpty();
  }

  @Test
  void anInputChangingDuringTheRunFailsItAndNothingIsPublished() throws Exception {
    Path out = dir.resolve("out");
    copy(root.resolve("first/out"), out);
    Path input = dir.resolve("EGOV_DATA_2020.csv");
    Files.copy(Path.of("sample-data/egdi/EGOV_DATA_2020.csv"), input);
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"inputs\": [{\"source\": \"egdi\", \"layout\": \"un_egdi\","
            + " \"path\": \"EGOV_DATA_2020.csv\"}]}");

    // In this JVM, on a thread of its own, paused between reading the inputs and publishing.
    JobConfig job = JobConfigLoader.load(config);
    PausingObserver pause = new PausingObserver(RunObserver.Point.INGESTED, dir);
    CompletableFuture<PipelineJob.Result> run =
        CompletableFuture.supplyAsync(() -> PipelineJob.run(spark, job, "changed", pause));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (pauseMarker("ingested", dir).isEmpty()
        && !run.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    // A publisher replaces the file while the run is between reading and publishing.
    Files.writeString(input, Files.readString(input).replace("0.", "0.0"));
    Files.delete(pauseMarker("ingested", dir).orElseThrow());

    assertThatThrownBy(() -> run.get(600, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InputException.class)
        .hasMessage(
            "an input changed during the run (size or SHA-256 differ from the start): "
                + input
                + "; nothing was published");
    assertThat(checksums(out)).isEqualTo(published);
  }

  /** Starts the job in a child JVM that pauses at the point; its log is beside out. */
  private static Process start(String point, Path config, Path out) throws Exception {
    return ChildRun.start(
        point,
        out.getParent(),
        out.resolveSibling("killed-run.log"),
        List.of(),
        config.toString(),
        out.toString(),
        "killed");
  }

  private static void awaitPause(Process run, String point, Path folder) throws Exception {
    ChildRun.awaitPause(run, point, folder, folder.resolve("killed-run.log"));
  }

  private static Optional<Path> pauseMarker(String point, Path folder) throws Exception {
    return ChildRun.pauseMarker(point, folder);
  }

  /** A folder's entries but the test's log and the pause marker only fault injection writes. */
  private static List<String> entries(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".log") && !n.contains(".paused-"))
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to.getParent());
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
