package org.dsr.analytics.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a run publishes, and by which {@link PublishProtocol}: the one place that decides, by the
 * output's file system (docs/reliability.md lists what each guarantees).
 *
 * <ul>
 *   <li>no scheme or {@code file:}: staging folder and two renames ({@link RenamePublish}), locked
 *       by an OS file lock ({@link OsFileLock});
 *   <li>{@code hdfs:}: the same renames, atomic on the NameNode, locked by an HDFS lease ({@link
 *       HdfsLeaseLock});
 *   <li>any other scheme ({@code s3a:} and other object stores, where a rename is a copy): each run
 *       in {@code <output>/runs/<run id>/}, published by replacing one pointer object ({@link
 *       PointerPublish}).
 * </ul>
 */
public final class OutputDirectory {
  public static final String MANIFEST = "_manifest.json";

  private OutputDirectory() {}

  /**
   * Opens the output for one run: takes its lock, checks that dsr-analytics may write there and
   * cleans up after runs that were killed.
   *
   * @param observer told when publishing reaches {@link RunObserver.Point#PUBLISH} (and {@link
   *     RunObserver.Point#BETWEEN_MOVES} where publishing is two moves)
   * @param keepRuns published runs kept on an object store
   * @throws OutputRefusedException when the output is a folder dsr-analytics did not write
   * @throws OutputLockedException when another run holds the lock
   */
  public static PublishProtocol open(
      String output, String runId, RunObserver observer, Configuration conf, int keepRuns) {
    Path path = new Path(output);
    String scheme = path.toUri().getScheme();
    try {
      if (scheme == null || scheme.equals("file")) {
        java.nio.file.Path local = java.nio.file.Path.of(path.toUri().getPath());
        java.nio.file.Path absolute = local.toAbsolutePath().normalize();
        return RenamePublish.open(
            FileSystem.getLocal(conf).getRaw(),
            new Path("file", null, absolute.toString()),
            absolute.toString(),
            runId,
            observer,
            (lockFile, shown) -> OsFileLock.take(java.nio.file.Path.of(lockFile.toUri()), shown));
      }
      FileSystem fs = path.getFileSystem(conf);
      Path qualified = fs.makeQualified(path);
      if (scheme.equals("hdfs")) {
        return RenamePublish.open(
            fs,
            qualified,
            qualified.toString(),
            runId,
            observer,
            (lockFile, shown) -> HdfsLeaseLock.take(fs, lockFile, shown));
      }
      return PointerPublish.open(fs, qualified, runId, observer, keepRuns);
    } catch (IOException e) {
      throw new OutputException(
          "cannot prepare output " + output + ": " + OutputException.reason(e), e);
    }
  }
}
