package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.io.RunObserver;
import org.dsr.analytics.testing.OutputTrees;
import org.dsr.analytics.testing.RemoteSample;
import org.dsr.analytics.testing.S3Server;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs read from and outputs published to a real S3-compatible server (S3Proxy, started by the
 * test) through s3a://, path-style, with the credentials as Hadoop settings: the outputs of a local
 * run; a run killed mid-publish leaves the pointer at the previous complete run; of two runs at
 * once on one output one publishes and the other fails with exit 1, and nothing is mixed.
 */
class ObjectStorePublishingTest extends SparkTestBase {
  private static final String S3 = "s3a://" + S3Server.BUCKET;
  @TempDir static Path local;
  private static FileSystem fs;
  private static RemoteSample sample;

  @BeforeAll
  static void uploadTheSampleData() throws Exception {
    // What spark-submit --conf spark.hadoop.fs.s3a.* sets; the readers' tasks see it only
    // because the driver's configuration is broadcast to them.
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    S3Server.configure(conf);
    fs = RemoteSample.path(S3 + "/").getFileSystem(conf);
    sample = new RemoteSample(fs, S3, local);
  }

  private static String read(String file) {
    return sample.read(file);
  }

  private static List<String> runs(String out) throws Exception {
    return Arrays.stream(fs.listStatus(RemoteSample.path(out + "/runs")))
        .map(s -> s.getPath().getName())
        .toList();
  }

  private static String tinyConfig() {
    return sample.config("src/test/resources/jobs/tiny.json", "../../../../sample-data/");
  }

  @Test
  void theSampleJobFromS3ToS3HasTheOutputsOfALocalRun() throws Exception {
    String out = S3 + "/sample/out";
    String config = sample.config("jobs/sample.json", "../sample-data/");
    assertThat(Main.run("--config", config, "--output", out, "--run-id", "s3-sample")).isZero();

    assertThat(read(out + "/_LATEST")).isEqualTo("runs/s3-sample\n");
    Manifest manifest = SampleOutputs.assertAsLocal(sample, out + "/runs/s3-sample");
    assertThat(manifest.inputs())
        .extracting(Manifest.Input::path)
        .allMatch(p -> p.startsWith(S3 + "/sample-data/"));
  }

  @Test
  void aRunKilledMidPublishLeavesThePointerAtThePreviousCompleteRun() throws Exception {
    String out = S3 + "/killed/out";
    String config = tinyConfig();
    // What an earlier run published: its folder, then the pointer naming it.
    sample.copyOfLocalRun(out + "/runs/first");
    try (var pointer = fs.create(RemoteSample.path(out + "/_LATEST"))) {
      pointer.write("runs/first\n".getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> published =
        OutputTrees.allFiles(fs, RemoteSample.path(out + "/runs/first"));

    Path markers = Files.createDirectories(local.resolve("killed"));
    Path log = markers.resolve("killed-run.log");
    List<String> options = new java.util.ArrayList<>(S3Server.jvmOptions());
    options.add("-Dspark.hadoop.dsr.output.lock.lease=2s"); // so the next run need not wait long
    Process run = ChildRun.start("publish", markers, log, options, config, out, "killed");
    ChildRun.awaitPause(run, "publish", markers, log);
    assertThat(fs.exists(RemoteSample.path(out + "/runs/killed/" + OutputDirectory.MANIFEST)))
        .isTrue();
    run.destroyForcibly().waitFor(); // SIGKILL, everything staged, the pointer not yet moved

    assertThat(read(out + "/_LATEST")).isEqualTo("runs/first\n");
    assertThat(OutputTrees.allFiles(fs, RemoteSample.path(out + "/runs/first")))
        .isEqualTo(published);
    // The killed run's lease on out/_lock ends 2 s after its last renewal; then the next run
    // takes the lock over, publishes and prunes the folder the killed run left.
    Thread.sleep(2_500);
    assertThat(Main.run("--config", config, "--output", out, "--run-id", "next")).isZero();
    assertThat(read(out + "/_LATEST")).isEqualTo("runs/next\nruns/first\n");
    assertThat(runs(out)).containsExactlyInAnyOrder("next", "first");
  }

  @Test
  void ofTwoRunsAtOnceOneWinsTheOtherFailsWithExitOneAndNothingIsMixed() throws Exception {
    String out = S3 + "/race/out";
    String config = tinyConfig();
    Path markers = Files.createDirectories(local.resolve("race"));
    PausingObserver pause = new PausingObserver(RunObserver.Point.INGESTED, markers);
    CompletableFuture<Integer> winner =
        CompletableFuture.supplyAsync(
            () -> Main.run(pause, "--config", config, "--output", out, "--run-id", "winner"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (ChildRun.pauseMarker("ingested", markers).isEmpty()
        && !winner.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int loser;
    try {
      loser = Main.run("--config", config, "--output", out, "--run-id", "loser");
    } finally {
      System.setErr(original);
    }
    Files.delete(ChildRun.pauseMarker("ingested", markers).orElseThrow());

    assertThat(loser).isEqualTo(Main.UNEXPECTED);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith(
            "dsr-analytics: output locked: another dsr-analytics run is writing "
                + out
                + " (it holds "
                + out
                + "/_lock: run_id=winner expires_at=")
        .endsWith("); try again when it has finished");
    assertThat(winner.get(180, TimeUnit.SECONDS)).isZero();
    assertThat(read(out + "/_LATEST")).isEqualTo("runs/winner\n");
    assertThat(runs(out)).containsExactly("winner");
  }
}
