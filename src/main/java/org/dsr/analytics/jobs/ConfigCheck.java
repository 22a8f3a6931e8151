package org.dsr.analytics.jobs;

import static org.dsr.analytics.config.ConfigException.badValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.dsr.analytics.config.ComparisonConfig;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.config.MetricsConfig;
import org.dsr.analytics.ingest.Rule;
import org.dsr.analytics.ingest.Rules;
import org.dsr.analytics.io.HadoopConf;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.SourceCoverage;
import org.dsr.analytics.report.CountrySelection;

/**
 * Loads a job config and checks it against what the layers above {@code config} define (the data
 * rules, the years they accept, the country reference), before any work: the same step for {@code
 * --dry-run} and for a run. {@link JobConfigLoader} checks everything the config itself can know.
 */
final class ConfigCheck {
  private ConfigCheck() {}

  /**
   * @throws ConfigException naming the file, the key, its value and what is allowed
   */
  static JobConfig load(Path file, List<String> overrides) {
    JobConfig config = JobConfigLoader.load(file, overrides);
    String where = JobConfigLoader.sourceName(file, overrides) + ": ";
    ruleNames(config, where);
    years(config.metrics(), config.comparison(), where);
    CountryReference reference = CountryReference.bundled();
    coverage(config, reference, where);
    CountryOverrides countryOverrides =
        countryOverrides(config.countryOverrides(), reference, HadoopConf.beforeSpark());
    if (config.comparison() != null) {
      try {
        CountrySelection.check(
            config.comparison(), reference, new CountryHarmoniser(reference, countryOverrides));
      } catch (ConfigException e) {
        throw new ConfigException(where + e.getMessage(), e);
      }
    }
    return config;
  }

  /**
   * The config's {@code country_overrides} file, read through Hadoop's file system API (so any
   * scheme Hadoop knows works); none where the config names none.
   */
  static CountryOverrides countryOverrides(
      String file, CountryReference reference, Configuration conf) {
    if (file == null) {
      return CountryOverrides.none();
    }
    String text;
    try {
      text = new String(InputFiles.readAllBytes(file, conf), StandardCharsets.UTF_8);
    } catch (InputException e) {
      String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new ConfigException("cannot read country overrides " + file + ": " + reason, e);
    }
    try {
      return CountryOverrides.parse(new StringReader(text), file, reference);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  /** Each input's coverage names known countries, and only loan and deployment inputs have one. */
  private static void coverage(JobConfig config, CountryReference reference, String where) {
    for (int i = 0; i < config.inputs().size(); i++) {
      InputSpec input = config.inputs().get(i);
      String key = "inputs[" + i + "].coverage";
      try {
        if (SourceCoverage.of(input, reference).isEmpty() && input.coverage() != null) {
          throw new ConfigException(
              where
                  + "key '"
                  + key
                  + "' is set, but layout "
                  + input.layout().id()
                  + " holds neither loans nor deployments, so it covers no component");
        }
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + "key '" + key + ".countries' names " + e.getMessage(), e);
      }
      if (input.coverage() != null) {
        year(where, key + ".from_year", input.coverage().fromYear());
        year(where, key + ".to_year", input.coverage().toYear());
      }
    }
  }

  private static void ruleNames(JobConfig config, String where) {
    List<String> rules = Rules.all().stream().map(Rule::name).toList();
    for (String rule : new TreeSet<>(config.ruleSeverities().keySet())) {
      if (!rules.contains(rule)) {
        throw new ConfigException(
            where
                + "key 'rule_severity."
                + rule
                + "' names no rule; expected one of "
                + String.join(", ", rules));
      }
    }
  }

  /** Every year is one the data rules accept, and each range runs forwards. */
  private static void years(MetricsConfig metrics, ComparisonConfig comparison, String where) {
    year(where, "metrics.year_from", metrics.yearFrom());
    year(where, "metrics.year_to", metrics.yearTo());
    if (metrics.yearFrom() != null
        && metrics.yearTo() != null
        && metrics.yearFrom() > metrics.yearTo()) {
      throw badValue(
          where,
          "metrics.year_to",
          metrics.yearTo(),
          "metrics.year_from (" + metrics.yearFrom() + ") or later");
    }
    if (comparison == null) {
      return;
    }
    year(where, "comparison.reference_year", comparison.referenceYear());
    year(where, "comparison.baseline_year", comparison.baselineYear());
    if (comparison.referenceYear() != null
        && comparison.baselineYear() != null
        && comparison.baselineYear() >= comparison.referenceYear()) {
      throw badValue(
          where,
          "comparison.baseline_year",
          comparison.baselineYear(),
          "a year before comparison.reference_year (" + comparison.referenceYear() + ")");
    }
  }

  private static void year(String where, String key, Integer year) {
    if (year != null && !Rules.YEAR_OUT_OF_RANGE.includes(year)) {
      throw badValue(where, key, year, "a year within " + Rules.YEAR_OUT_OF_RANGE.range());
    }
  }
}
