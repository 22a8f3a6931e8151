package org.dsr.analytics.io;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dsr.analytics.io.ConditionalWrites.Conflict;
import org.dsr.analytics.io.ConditionalWrites.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock of an output on an object store: the object {@code <output>/_lock}, created only where
 * none exists ({@link ConditionalWrites}), naming its run and when its lease ends. The holder
 * renews the lease every third of its length by replacing its own version of the object; a run
 * killed with {@code kill -9} stops renewing, and once its lease has ended the next run takes the
 * lock over by replacing that version, which only one run can do. A holder that finds its version
 * replaced has lost the lock and does not publish. Leases are judged by the clocks of the two
 * machines, so their difference must stay well below the lease ({@value #LEASE_KEY}, default 60 s).
 */
final class ObjectStoreLock implements OutputLock {
  /** The Hadoop setting for the lease, e.g. {@code spark.hadoop.dsr.output.lock.lease=120s}. */
  static final String LEASE_KEY = "dsr.output.lock.lease";

  static final long DEFAULT_LEASE_MS = 60_000;
  private static final Logger LOG = LoggerFactory.getLogger(ObjectStoreLock.class);
  private static final String RUN = "run_id=";
  private static final String EXPIRES = "expires_at=";

  private final FileSystem fs;
  private final Path lockFile;
  private final String runId;
  private final long leaseMs;
  private final ScheduledExecutorService renewer;
  private String etag;
  private String lost;

  private ObjectStoreLock(FileSystem fs, Path lockFile, String runId, long leaseMs) {
    this.fs = fs;
    this.lockFile = lockFile;
    this.runId = runId;
    this.leaseMs = leaseMs;
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "dsr-lock-renewer");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * @throws OutputLockedException when a live run holds it
   */
  static ObjectStoreLock take(
      FileSystem fs, Path lockFile, String output, String runId, long leaseMs) throws IOException {
    ObjectStoreLock lock = new ObjectStoreLock(fs, lockFile, runId, leaseMs);
    try {
      ConditionalWrites.create(fs, lockFile, lock.text());
    } catch (Conflict e) {
      Versioned held = ConditionalWrites.read(fs, lockFile);
      if (held == null || Instant.now().isBefore(expiry(held.text()))) {
        throw new OutputLockedException(
            "another dsr-analytics run is writing "
                + output
                + " (it holds "
                + lockFile
                + (held == null ? "" : ": " + held.text().strip().replace('\n', ' '))
                + "); try again when it has finished");
      }
      try {
        ConditionalWrites.replace(fs, lockFile, held.etag(), lock.text());
      } catch (Conflict lostRace) {
        throw new OutputLockedException(
            "another dsr-analytics run took over " + lockFile + " first; try again later");
      }
      LOG.warn("took over {} from a run whose lease had ended: {}", lockFile, held.text().strip());
    }
    // Read back: a store that checks the condition and then writes, rather than atomically,
    // lets two creators through, and the later write names the run that holds the lock.
    Versioned written = ConditionalWrites.read(fs, lockFile);
    if (written == null || !written.text().startsWith(RUN + runId + "\n")) {
      throw new OutputLockedException(
          "another dsr-analytics run took " + lockFile + " at the same moment; try again later");
    }
    lock.etag = written.etag();
    long every = Math.max(1, leaseMs / 3);
    lock.renewer.scheduleWithFixedDelay(lock::renew, every, every, TimeUnit.MILLISECONDS);
    return lock;
  }

  private String text() {
    return RUN + runId + "\n" + EXPIRES + Instant.now().plusMillis(leaseMs) + "\n";
  }

  private static Instant expiry(String text) {
    return text.lines()
        .filter(l -> l.startsWith(EXPIRES))
        .map(l -> Instant.parse(l.substring(EXPIRES.length())))
        .findFirst()
        .orElse(Instant.EPOCH); // not a lock this code wrote: stale
  }

  /** Replaces this run's version of the lock with a later lease; a conflict means it was lost. */
  private synchronized void renew() {
    if (lost != null) {
      return;
    }
    try {
      ConditionalWrites.replace(fs, lockFile, etag, text());
      etag = ConditionalWrites.read(fs, lockFile).etag();
    } catch (Conflict e) {
      lost = "this run lost the lock " + lockFile + " (its lease was taken over) before publishing";
      LOG.error(lost);
    } catch (IOException e) {
      LOG.warn("cannot renew {} (trying again): {}", lockFile, e.getMessage());
    }
  }

  /** Renews once more, so the lease covers the publishing that follows. */
  @Override
  public synchronized void requireHeld() {
    renew();
    if (lost != null) {
      throw new OutputLockedException(lost);
    }
  }

  @Override
  public synchronized void close() {
    renewer.shutdownNow();
    if (lost != null) {
      return; // the lock is another run's now
    }
    try {
      fs.delete(lockFile, false);
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}; its lease ends by itself", lockFile, e.getMessage());
    }
  }
}
