package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output file system that is full or read-only fails the run clearly (exit 1, "output error")
 * and leaves the published outputs as they were. The test mounts a small tmpfs, which needs root;
 * elsewhere it is skipped with a message.
 */
class OutputFileSystemTest extends SparkTestBase {
  private static final String TINY = "src/test/resources/jobs/tiny.json";

  @TempDir Path dir;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      command("umount", "-l", mount.toString());
    }
  }

  private Path tmpfs(String options) throws Exception {
    Path point = Files.createDirectories(dir.resolve("fs"));
    int code = command("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString());
    Assumptions.assumeTrue(
        code == 0, "SKIPPED: cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
    mount = point;
    return point;
  }

  private static int command(String... args) throws Exception {
    try {
      return new ProcessBuilder(args).redirectErrorStream(true).start().waitFor();
    } catch (java.io.IOException e) {
      return -1; // no such command
    }
  }

  /** A published output folder: what an earlier run left. */
  private static Path published(Path parent) throws Exception {
    Path out = Files.createDirectories(parent.resolve("out"));
    Files.writeString(out.resolve(OutputDirectory.MANIFEST), "{\"run_id\": \"earlier\"}");
    Files.writeString(out.resolve("previous-run.csv"), "kept\n");
    return out;
  }

  private record Outcome(int code, String stderr) {}

  private static Outcome run(Path out) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run("--config", TINY, "--output", out.toString(), "--run-id", "r2");
      return new Outcome(code, err.toString(StandardCharsets.UTF_8).strip());
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void fullFileSystemFailsClearlyAndKeepsThePublishedOutputs() throws Exception {
    Path out = published(tmpfs("size=48k"));

    Outcome outcome = run(out);

    assertThat(outcome.code()).isEqualTo(Main.UNEXPECTED);
    assertThat(outcome.stderr())
        .startsWith("dsr-analytics: output error: cannot write ")
        .contains("No space left on device")
        .endsWith("; the published outputs are as before");
    assertThat(out.resolve("previous-run.csv")).hasContent("kept");
    assertThat(out.resolve(OutputDirectory.MANIFEST)).hasContent("{\"run_id\": \"earlier\"}");
    // The failed run's staging folder is gone, so the space is free again.
    assertThat(entries(out.getParent())).containsExactlyInAnyOrder("out", "out.lock");
  }

  @Test
  void readOnlyFileSystemFailsClearlyAndKeepsThePublishedOutputs() throws Exception {
    Path fs = tmpfs("size=1m");
    Path out = published(fs);
    assertThat(command("mount", "-o", "remount,ro", fs.toString())).isZero();

    Outcome outcome = run(out);

    assertThat(outcome.code()).isEqualTo(Main.UNEXPECTED);
    assertThat(outcome.stderr())
        .isEqualTo(
            "dsr-analytics: output error: cannot prepare output "
                + out
                + ": FileSystemException: "
                + out
                + ".lock: Read-only file system; the published outputs are as before");
    assertThat(out.resolve("previous-run.csv")).hasContent("kept");
    assertThat(entries(fs)).containsExactly("out");
  }

  private static List<String> entries(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
