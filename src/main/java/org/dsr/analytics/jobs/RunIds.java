package org.dsr.analytics.jobs;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids: UTC time to the second and a random suffix, e.g. 20261129T174501Z-3f2a. */
final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private RunIds() {}

  static String next() {
    return FORMAT.format(ZonedDateTime.now(ZoneOffset.UTC))
        + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }

  /** Checks a run id given on the command line: it becomes part of folder names. */
  static String checked(String runId) {
    if (!runId.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new org.dsr.analytics.config.ConfigException(
          "--run-id '" + runId + "' may hold only letters, digits, '.', '_' and '-' (64 at most)");
    }
    return runId;
  }
}
