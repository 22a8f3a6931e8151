package org.dsr.analytics.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock of an output on a local or mounted file system: an OS file lock on {@code
 * <output>.lock}, which the OS releases when the process ends, even by {@code kill -9}.
 */
final class OsFileLock implements OutputLock {
  private static final Logger LOG = LoggerFactory.getLogger(OsFileLock.class);
  private final FileChannel channel;
  private final FileLock lock;

  private OsFileLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @throws OutputLockedException when another run holds it
   */
  static OsFileLock take(Path lockFile, String output) throws IOException {
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
              + output
              + " (it holds "
              + lockFile
              + "); try again when it has finished");
    }
    return new OsFileLock(channel, lock);
  }

  @Override
  public void requireHeld() {
    if (!lock.isValid()) {
      throw new OutputLockedException("the lock of this run's output was released before publish");
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      LOG.warn("cannot release {}: {}", lock, e.getMessage());
    }
  }
}
