package org.dsr.analytics.io;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run wrote but did not publish, removed when it closes (a full disk gets its space back).
 */
final class Unpublished {
  private static final Logger LOG = LoggerFactory.getLogger(Unpublished.class);

  private Unpublished() {}

  /** Removes the folder; one that cannot be removed now is left to the next run. */
  static void remove(FileSystem fs, Path folder) {
    try {
      fs.delete(folder, true);
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}; the next run will", folder, e.getMessage());
    }
  }
}
