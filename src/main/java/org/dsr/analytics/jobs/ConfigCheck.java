package org.dsr.analytics.jobs;

import java.nio.file.Path;
import java.util.List;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.ingest.Disposition;

/**
 * Loads a job config and checks it against what the layers above {@code config} define (the data
 * rules), before any work: the same step for {@code --dry-run} and for a run. {@link
 * JobConfigLoader} checks everything the config itself can know.
 */
final class ConfigCheck {
  private ConfigCheck() {}

  /**
   * @throws ConfigException naming the file, the key and what is allowed
   */
  static JobConfig load(Path file, List<String> overrides) {
    JobConfig config = JobConfigLoader.load(file, overrides);
    try {
      new Disposition(config.ruleSeverities());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          JobConfigLoader.sourceName(file, overrides) + ": rule_severity: " + e.getMessage(), e);
    }
    return config;
  }
}
