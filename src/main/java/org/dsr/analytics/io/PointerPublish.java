package org.dsr.analytics.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dsr.analytics.io.ConditionalWrites.Conflict;
import org.dsr.analytics.io.ConditionalWrites.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing on an object store, where a rename is a copy and a delete, neither atomic nor cheap.
 * Each run writes {@code <output>/runs/<run id>/} completely, then, as its last step, replaces one
 * small pointer object, {@code <output>/_LATEST}, whose first line names that folder ({@code
 * runs/<run id>}) and whose further lines name the earlier published runs, newest first, up to
 * {@code keep_runs} in all; the way Iceberg's version hint and Delta's log work. One object written
 * whole is atomic on every store, so readers that follow the pointer see one complete run. A run
 * that dies leaves the pointer where it was; its folder, named by no pointer, is deleted after the
 * next publish, with the runs beyond {@code keep_runs}. The pointer is replaced only if it is still
 * the version this run read when it started, and the run holds the {@link ObjectStoreLock}.
 */
final class PointerPublish implements PublishProtocol {
  static final String POINTER = "_LATEST";
  static final String LOCK = "_lock";
  static final String RUNS = "runs";
  private static final Logger LOG = LoggerFactory.getLogger(PointerPublish.class);

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final String runId;
  private final RunObserver observer;
  private final int keepRuns;
  private final ObjectStoreLock lock;
  private final Versioned pointer;
  private boolean published;

  private PointerPublish(
      FileSystem fs,
      Path output,
      String runId,
      RunObserver observer,
      int keepRuns,
      ObjectStoreLock lock,
      Versioned pointer) {
    this.fs = fs;
    this.output = output;
    this.staging = new Path(output, RUNS + "/" + runId);
    this.runId = runId;
    this.observer = observer;
    this.keepRuns = keepRuns;
    this.lock = lock;
    this.pointer = pointer;
  }

  /**
   * @throws OutputRefusedException when the output holds anything dsr-analytics did not write
   * @throws OutputLockedException when another run holds the lock
   */
  static PointerPublish open(
      FileSystem fs, Path output, String runId, RunObserver observer, int keepRuns)
      throws IOException {
    checkOurs(fs, output);
    long lease =
        fs.getConf()
            .getTimeDuration(
                ObjectStoreLock.LEASE_KEY,
                ObjectStoreLock.DEFAULT_LEASE_MS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    ObjectStoreLock lock =
        ObjectStoreLock.take(fs, new Path(output, LOCK), output.toString(), runId, lease);
    boolean ready = false;
    try {
      PointerPublish run =
          new PointerPublish(
              fs,
              output,
              runId,
              observer,
              keepRuns,
              lock,
              ConditionalWrites.read(fs, new Path(output, POINTER)));
      fs.mkdirs(run.staging);
      ready = true;
      return run;
    } finally {
      if (!ready) {
        lock.close();
      }
    }
  }

  /** The output is new, empty or holds only what this protocol writes. */
  private static void checkOurs(FileSystem fs, Path output) throws IOException {
    if (!fs.exists(output)) {
      return;
    }
    if (!fs.getFileStatus(output).isDirectory()) {
      throw new OutputRefusedException(
          "output " + output + " is a file, not a folder; refusing to write there");
    }
    List<String> others = new ArrayList<>();
    for (FileStatus entry : fs.listStatus(output)) {
      if (!Set.of(POINTER, LOCK, RUNS).contains(entry.getPath().getName())) {
        others.add(entry.getPath().getName());
      }
    }
    if (!others.isEmpty()) {
      throw new OutputRefusedException(
          "output "
              + output
              + " holds "
              + others
              + ", which dsr-analytics did not write (it writes only "
              + POINTER
              + ", "
              + LOCK
              + " and "
              + RUNS
              + "/), so it will not write there; choose an empty or new folder");
    }
  }

  @Override
  public String staging() {
    return staging.toString();
  }

  @Override
  public String published() {
    return staging.toString();
  }

  @Override
  public String runId() {
    return runId;
  }

  /** Moves the pointer to this run, then deletes the run folders it no longer names. */
  @Override
  public void publish() {
    Path pointerPath = new Path(output, POINTER);
    List<String> named = new ArrayList<>();
    named.add(RUNS + "/" + runId);
    if (pointer != null) {
      pointer.text().lines().filter(l -> !l.isBlank()).forEach(named::add);
    }
    List<String> kept = named.subList(0, Math.min(keepRuns, named.size()));
    String text = String.join("\n", kept) + "\n";
    try {
      observer.reached(RunObserver.Point.PUBLISH);
      lock.requireHeld();
      if (pointer == null) {
        ConditionalWrites.create(fs, pointerPath, text);
      } else {
        ConditionalWrites.replace(fs, pointerPath, pointer.etag(), text);
      }
      published = true;
    } catch (Conflict e) {
      throw new OutputLockedException(
          "another dsr-analytics run published to "
              + output
              + " while this one ran ("
              + POINTER
              + " changed); this run's outputs are not published");
    } catch (IOException e) {
      throw new OutputException(
          "cannot publish " + staging + " to " + pointerPath + ": " + OutputException.reason(e), e);
    }
    prune(kept);
  }

  /**
   * Deletes every run folder the pointer does not name: older runs and those that never published.
   */
  private void prune(List<String> kept) {
    try {
      for (FileStatus run : fs.listStatus(new Path(output, RUNS))) {
        if (!kept.contains(RUNS + "/" + run.getPath().getName())) {
          LOG.info(
              "removing {}: beyond the {} runs kept, or never published", run.getPath(), keepRuns);
          fs.delete(run.getPath(), true);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot remove old runs under {}: {}; the next run will", output, e.getMessage());
    }
  }

  /** Removes the folder of a run that did not publish, and releases the lock. */
  @Override
  public void close() {
    if (!published) {
      Unpublished.remove(fs, staging);
    }
    lock.close();
  }
}
