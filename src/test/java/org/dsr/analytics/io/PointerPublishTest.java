package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dsr.analytics.testing.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The object-store protocol against a real S3 server (S3Proxy), without Spark: the pointer names
 * the latest complete runs, old and unpublished run folders are pruned, a live lock refuses a
 * second run, a lock whose lease ended is taken over and its former holder cannot publish, and only
 * folders dsr-analytics wrote are written into.
 */
class PointerPublishTest {
  private static final String ROOT = "s3a://" + S3Server.BUCKET + "/protocol";
  private static Configuration conf;
  private static FileSystem fs;

  @BeforeAll
  static void connect() throws Exception {
    conf = new Configuration();
    S3Server.configure(conf);
    fs = new Path(ROOT).getFileSystem(conf);
  }

  /** A run that stages one file and publishes, as the pipeline does. */
  private static void publish(String output, String runId, int keepRuns) throws Exception {
    try (PublishProtocol run =
        OutputDirectory.open(output, runId, RunObserver.NONE, conf, keepRuns)) {
      write(run.staging() + "/" + OutputDirectory.MANIFEST, "{\"run_id\": \"" + runId + "\"}");
      run.publish();
    }
  }

  private static void write(String file, String text) throws Exception {
    try (FSDataOutputStream out = fs.create(new Path(file), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String read(String file) throws Exception {
    try (var in = fs.open(new Path(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> entries(String folder) throws Exception {
    return Arrays.stream(fs.listStatus(new Path(folder))).map(s -> s.getPath().getName()).toList();
  }

  @Test
  void thePointerNamesTheLatestRunsAndOlderOrUnpublishedOnesArePruned() throws Exception {
    String out = ROOT + "/keep";
    publish(out, "r1", 2);
    assertThat(read(out + "/_LATEST")).isEqualTo("runs/r1\n");
    // A run that died before its pointer: its folder is complete but named by no pointer.
    write(out + "/runs/died/" + OutputDirectory.MANIFEST, "{}");
    publish(out, "r2", 2);
    publish(out, "r3", 2);

    assertThat(read(out + "/_LATEST")).isEqualTo("runs/r3\nruns/r2\n");
    assertThat(entries(out + "/runs")).containsExactlyInAnyOrder("r2", "r3");
    assertThat(read(out + "/runs/r3/" + OutputDirectory.MANIFEST)).contains("r3");
    assertThat(entries(out)).containsExactlyInAnyOrder("_LATEST", "runs"); // lock released
  }

  @Test
  void aLiveLockRefusesALockWhoseLeaseEndedIsTakenOverAndARunThatLostItCannotPublish()
      throws Exception {
    String out = ROOT + "/lease";
    publish(out, "r1", 3);
    try (PublishProtocol holder = OutputDirectory.open(out, "r2", RunObserver.NONE, conf, 3)) {
      assertThatThrownBy(() -> OutputDirectory.open(out, "r3", RunObserver.NONE, conf, 3))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageStartingWith(
              "another dsr-analytics run is writing " + out + " (it holds " + out + "/_lock")
          .hasMessageContaining("run_id=r2");
      // What a later run does once r2's lease has ended (r2 stalled, or its clock ran slow).
      write(out + "/_lock", "run_id=r4\nexpires_at=2100-01-01T00:00:00Z\n");
      assertThatThrownBy(holder::publish)
          .isInstanceOf(OutputLockedException.class)
          .hasMessage(
              "this run lost the lock "
                  + out
                  + "/_lock (its lease was taken over) before publishing");
    }
    assertThat(read(out + "/_LATEST")).isEqualTo("runs/r1\n");
    assertThat(read(out + "/_lock")).startsWith("run_id=r4"); // the loser leaves it alone

    // A lock whose lease has ended, as a run killed with kill -9 leaves it, is taken over.
    write(out + "/_lock", "run_id=killed\nexpires_at=2000-01-01T00:00:00Z\n");
    publish(out, "r5", 3);
    assertThat(read(out + "/_LATEST")).isEqualTo("runs/r5\nruns/r1\n");
    assertThat(entries(out)).doesNotContain("_lock");
  }

  @Test
  void onlyAFolderItWroteIsWrittenInto() throws Exception {
    String out = ROOT + "/home";
    write(out + "/thesis.docx", "precious");
    assertThatThrownBy(() -> OutputDirectory.open(out, "r1", RunObserver.NONE, conf, 3))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageStartingWith(
            "output " + out + " holds [thesis.docx], which dsr-analytics did not write");
    assertThat(entries(out)).containsExactly("thesis.docx");
  }
}
