package org.dsr.analytics.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing where renaming a folder is atomic (a local or mounted file system, HDFS). A run writes
 * into a staging folder beside the output folder ({@code <output>.staging-<run id>}); only when
 * every dataset is complete does it move the published folder aside ({@code <output>.previous-<run
 * id>}), move the staging folder into place and delete the previous one. A run killed before that
 * leaves the published outputs untouched; a run killed between the two moves leaves them in the
 * .previous folder, which the next run puts back before it starts. Only a folder holding a
 * dsr-analytics manifest is ever replaced, and one run at a time holds the output's {@link
 * OutputLock}.
 */
final class RenamePublish implements PublishProtocol {
  private static final Logger LOG = LoggerFactory.getLogger(RenamePublish.class);

  /** Takes an output's lock, given its lock file and the output as messages show it. */
  @FunctionalInterface
  interface LockTaker {
    OutputLock take(Path lockFile, String output) throws IOException;
  }

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final String runId;
  private final RunObserver observer;
  private OutputLock lock;
  private boolean published;

  private RenamePublish(FileSystem fs, Path output, String runId, RunObserver observer) {
    this.fs = fs;
    this.output = output;
    this.runId = runId;
    this.observer = observer;
    this.staging = sibling(".staging-" + runId);
  }

  /**
   * Checks that the output may be replaced, takes its lock, restores outputs a killed publish left
   * aside, removes stale staging folders and creates this run's staging folder.
   *
   * @param shown the output as messages name it
   * @throws OutputRefusedException when the output is a folder dsr-analytics did not write
   * @throws OutputLockedException when another run holds the lock
   */
  static RenamePublish open(
      FileSystem fs,
      Path output,
      String shown,
      String runId,
      RunObserver observer,
      LockTaker locks) {
    RenamePublish run = new RenamePublish(fs, output, runId, observer);
    try {
      checkReplaceable(fs, output, shown);
      fs.mkdirs(output.getParent());
      run.lock = locks.take(run.sibling(".lock"), shown);
    } catch (IOException e) {
      throw new OutputException(
          "cannot prepare output " + shown + ": " + OutputException.reason(e), e);
    }
    boolean ready = false;
    try {
      run.recover();
      fs.mkdirs(run.staging);
      ready = true;
      return run;
    } catch (IOException e) {
      throw new OutputException(
          "cannot prepare output " + shown + ": " + OutputException.reason(e), e);
    } finally {
      if (!ready) {
        run.lock.close();
      }
    }
  }

  private static void checkReplaceable(FileSystem fs, Path out, String shown) throws IOException {
    if (!fs.exists(out)) {
      return;
    }
    if (!fs.getFileStatus(out).isDirectory()) {
      throw new OutputRefusedException(
          "output " + shown + " is a file, not a folder; refusing to replace it");
    }
    if (!fs.exists(new Path(out, OutputDirectory.MANIFEST)) && fs.listStatus(out).length > 0) {
      throw new OutputRefusedException(
          "output "
              + shown
              + " holds files but no "
              + OutputDirectory.MANIFEST
              + ": dsr-analytics did not write it, so it will not replace it; choose an empty or new folder");
    }
  }

  private Path sibling(String suffix) {
    return new Path(output.getParent(), output.getName() + suffix);
  }

  /** Puts back outputs a killed publish left aside, and removes leftover staging folders. */
  private void recover() throws IOException {
    List<Path> previous = siblings(".previous-");
    if (!fs.exists(output) && !previous.isEmpty()) {
      Path latest = previous.remove(previous.size() - 1);
      move(latest, output);
      LOG.warn("restored {} from {}, left by a run killed while publishing", output, latest);
    }
    for (Path p : previous) {
      fs.delete(p, true);
    }
    for (Path p : siblings(".staging-")) {
      LOG.info("removing {}, left by an earlier run that did not finish", p);
      fs.delete(p, true);
    }
  }

  private List<Path> siblings(String marker) throws IOException {
    String prefix = output.getName() + marker;
    List<Path> found = new ArrayList<>();
    for (FileStatus s : fs.listStatus(output.getParent())) {
      if (s.getPath().getName().startsWith(prefix)) {
        found.add(s.getPath());
      }
    }
    found.sort(java.util.Comparator.comparing(Path::getName));
    return found;
  }

  private void move(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  @Override
  public String staging() {
    return InputFiles.displayPath(staging);
  }

  @Override
  public String published() {
    return InputFiles.displayPath(output);
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public void publish() {
    Path aside = sibling(".previous-" + runId);
    try {
      observer.reached(RunObserver.Point.PUBLISH);
      lock.requireHeld();
      if (fs.exists(output)) {
        move(output, aside);
      }
      observer.reached(RunObserver.Point.BETWEEN_MOVES);
      try {
        move(staging, output);
      } catch (IOException e) {
        if (fs.exists(aside)) {
          move(aside, output);
        }
        throw e;
      }
      published = true;
      fs.delete(aside, true);
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
      Unpublished.remove(fs, staging);
    }
    lock.close();
  }
}
