package org.dsr.analytics.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.jobs.PipelineJob;

/**
 * A run of a shipped job config that the test JVMs of one build share. Surefire runs the tests in
 * two JVMs and hands each the next class as it gets free, so the classes that read one run's
 * outputs may land in both: each JVM made the run again (seen for the sample: 37 s of a fork). Now
 * the first JVM to ask makes it in the build's folder ({@code dsr.shared.runs}, named per mvn
 * invocation in the pom) while holding a file lock, and writes the run's result beside its outputs;
 * a JVM that asks meanwhile waits on the lock, then reads that result. Without the property (a test
 * run from an IDE) each JVM makes its own run in a temporary folder.
 */
public final class SharedRun {
  /** Build folders older than this are a previous build's, removed when a build starts its own. */
  private static final Duration PREVIOUS_BUILD = Duration.ofHours(1);

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param output the run's output folder
   * @param result what the run returned, in the JVM that made it or read back in another
   */
  public record Made(Path output, PipelineJob.Result result) {}

  private SharedRun() {}

  /** The run of {@code config}, made once per build under {@code name}. */
  public static Made of(String name, Path config) {
    try {
      String build = System.getProperty("dsr.shared.runs");
      if (build == null) {
        return make(config, Files.createTempDirectory("dsr-" + name + "-run").resolve("out"));
      }
      Path folder = buildFolder(Path.of(build)).resolve(name);
      Files.createDirectories(folder);
      Path result = folder.resolve("result.json");
      try (FileChannel channel =
              FileChannel.open(
                  folder.resolve("run.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (Files.exists(result)) {
          return new Made(
              folder.resolve("out"), JSON.readValue(result.toFile(), PipelineJob.Result.class));
        }
        Made made = make(config, folder.resolve("out"));
        Path written = folder.resolve("result.json.tmp");
        JSON.writeValue(written.toFile(), made.result());
        Files.move(written, result, StandardCopyOption.ATOMIC_MOVE);
        return made;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Made make(Path config, Path out) {
    PipelineJob.Result result =
        PipelineJob.run(
            SparkTestBase.shared(), JobConfigLoader.load(config).withOutput(out.toString()));
    return new Made(out, result);
  }

  /** This build's folder; the first JVM to create it removes those of earlier builds. */
  private static synchronized Path buildFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Files.createDirectories(folder);
    FileTime before = FileTime.from(Instant.now().minus(PREVIOUS_BUILD));
    try (Stream<Path> builds = Files.list(folder.getParent())) {
      for (Path earlier : builds.filter(p -> !p.equals(folder)).toList()) {
        try {
          if (Files.getLastModifiedTime(earlier).compareTo(before) < 0) {
            delete(earlier);
          }
        } catch (IOException | UncheckedIOException e) {
          // the build's other JVM is removing it too
        }
      }
    }
    return folder;
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
