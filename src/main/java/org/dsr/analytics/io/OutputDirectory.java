package org.dsr.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's outputs safely. A run writes into a staging folder beside the output folder
 * ({@code <output>.staging-<run id>}); only when every dataset is complete does it move the
 * published folder aside ({@code <output>.previous-<run id>}), move the staging folder into place
 * and delete the previous one. A run killed before that leaves the published outputs untouched; a
 * run killed between the two moves leaves them in the .previous folder, which the next run puts
 * back before it starts. Only a folder holding a dsr-analytics manifest is ever replaced, and one
 * run at a time holds the output's lock file ({@code <output>.lock}, an OS file lock released when
 * the process dies). Local file systems only.
 */
public final class OutputDirectory implements AutoCloseable {
  public static final String MANIFEST = "_manifest.json";
  private static final Logger LOG = LoggerFactory.getLogger(OutputDirectory.class);

  private final Path output;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final String runId;
  private final RunObserver observer;
  private boolean published;

  private OutputDirectory(
      Path output, String runId, RunObserver observer, FileChannel lockChannel, FileLock lock) {
    this.output = output;
    this.runId = runId;
    this.observer = observer;
    this.staging = output.resolveSibling(output.getFileName() + ".staging-" + runId);
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Takes the output's lock, checks that the output may be replaced, restores outputs a killed
   * publish left aside, removes stale staging folders and creates this run's staging folder.
   *
   * @param observer told when publishing reaches {@link RunObserver.Point#PUBLISH} and {@link
   *     RunObserver.Point#BETWEEN_MOVES}
   * @throws OutputRefusedException when the output is a folder dsr-analytics did not write
   * @throws OutputLockedException when another run holds the lock
   */
  public static OutputDirectory open(String output, String runId, RunObserver observer) {
    Path out = Path.of(output).toAbsolutePath().normalize();
    checkReplaceable(out);
    try {
      Files.createDirectories(out.getParent());
      Path lockFile = out.resolveSibling(out.getFileName() + ".lock");
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new OutputLockedException(
            "another dsr-analytics run is writing "
                + out
                + " (it holds "
                + lockFile
                + "); try again when it has finished");
      }
      OutputDirectory dir = new OutputDirectory(out, runId, observer, channel, lock);
      dir.recover();
      Files.createDirectories(dir.staging);
      return dir;
    } catch (IOException e) {
      throw new OutputException(
          "cannot prepare output " + out + ": " + OutputException.reason(e), e);
    }
  }

  private static void checkReplaceable(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new OutputRefusedException(
          "output " + out + " is a file, not a folder; refusing to replace it");
    }
    if (Files.exists(out.resolve(MANIFEST))) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new OutputRefusedException(
            "output "
                + out
                + " holds files but no "
                + MANIFEST
                + ": dsr-analytics did not write it, so it will not replace it; choose an empty or new folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts back outputs a killed publish left aside, and removes leftover staging folders. */
  private void recover() throws IOException {
    List<Path> previous = siblings(".previous-");
    if (!Files.exists(output) && !previous.isEmpty()) {
      Path latest = previous.get(previous.size() - 1);
      Files.move(latest, output);
      LOG.warn("restored {} from {}, left by a run killed while publishing", output, latest);
      previous.remove(latest);
    }
    for (Path p : previous) {
      deleteTree(p);
    }
    for (Path p : siblings(".staging-")) {
      LOG.info("removing {}, left by an earlier run that did not finish", p);
      deleteTree(p);
    }
  }

  private List<Path> siblings(String marker) throws IOException {
    String prefix = output.getFileName() + marker;
    try (Stream<Path> s = Files.list(output.getParent())) {
      return new ArrayList<>(
          s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList());
    }
  }

  /** Where this run writes its outputs until {@link #publish}. */
  public String staging() {
    return staging.toString();
  }

  public String runId() {
    return runId;
  }

  /** Replaces the published outputs with the staged ones. */
  public void publish() {
    Path aside = output.resolveSibling(output.getFileName() + ".previous-" + runId);
    try {
      observer.reached(RunObserver.Point.PUBLISH);
      if (Files.exists(output)) {
        Files.move(output, aside);
      }
      observer.reached(RunObserver.Point.BETWEEN_MOVES);
      try {
        Files.move(staging, output);
      } catch (IOException e) {
        if (Files.exists(aside)) {
          Files.move(aside, output);
        }
        throw e;
      }
      published = true;
      if (Files.exists(aside)) {
        deleteTree(aside);
      }
    } catch (IOException e) {
      throw new OutputException(
          "cannot publish " + staging + " to " + output + ": " + OutputException.reason(e), e);
    }
  }

  /**
   * Removes the staging folder of a run that did not publish (a full disk gets its space back) and
   * releases the lock. A folder a killed run left behind is removed by the next run.
   */
  @Override
  public void close() {
    if (!published) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        LOG.warn("cannot remove {}: {}; the next run will", staging, e.getMessage());
      }
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("cannot release the lock of {}: {}", output, e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
