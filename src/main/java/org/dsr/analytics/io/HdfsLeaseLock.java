package org.dsr.analytics.io;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.ipc.RemoteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock of an output on HDFS: {@code <output>.lock} held open for writing. The NameNode grants
 * one writer per file (its lease), which the holder's client renews while it lives; a second writer
 * is refused ({@code AlreadyBeingCreatedException}). A run killed with {@code kill -9} stops
 * renewing, and once the lease's soft limit has passed (60 s by default) the NameNode lets the next
 * writer recover the file, so a later run takes the lock without anyone deleting it.
 */
final class HdfsLeaseLock implements OutputLock {
  private static final Logger LOG = LoggerFactory.getLogger(HdfsLeaseLock.class);
  private final FSDataOutputStream lease;
  private final Path lockFile;

  private HdfsLeaseLock(FSDataOutputStream lease, Path lockFile) {
    this.lease = lease;
    this.lockFile = lockFile;
  }

  /**
   * Creates the lock file, or appends to the one an earlier run left: either makes this run its
   * writer.
   *
   * @throws OutputLockedException when a live run is its writer
   */
  static HdfsLeaseLock take(FileSystem fs, Path lockFile, String output) throws IOException {
    try {
      try {
        return new HdfsLeaseLock(fs.create(lockFile, false), lockFile);
      } catch (FileAlreadyExistsException e) {
        // Closed: an earlier run finished, or its lease expired and the NameNode just closed it.
        return new HdfsLeaseLock(fs.append(lockFile), lockFile);
      }
    } catch (IOException e) {
      if (!heldByAnother(e)) {
        throw e;
      }
      throw new OutputLockedException(
          "another dsr-analytics run is writing "
              + output
              + " (it holds "
              + lockFile
              + ", or was killed less than the NameNode's lease soft limit ago); try again when it"
              + " has finished");
    }
  }

  /** The NameNode's answer when another client is the file's writer, or is being replaced as it. */
  private static boolean heldByAnother(IOException e) {
    String type =
        e instanceof RemoteException remote ? remote.getClassName() : e.getClass().getName();
    return type.endsWith(".AlreadyBeingCreatedException")
        || type.endsWith(".RecoveryInProgressException");
  }

  /** A writer whose lease was taken by another fails to flush. */
  @Override
  public void requireHeld() {
    try {
      lease.hflush();
    } catch (IOException e) {
      throw new OutputLockedException(
          "this run lost the lock " + lockFile + " before publishing: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lease.close();
    } catch (IOException e) {
      LOG.warn("cannot release {}: {}", lockFile, e.getMessage());
    }
  }
}
