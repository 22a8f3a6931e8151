package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A job, as described by a JSON file in {@code jobs/}.
 *
 * @param inputs the inputs, at least one
 * @param output the output directory; relative paths resolve against the config's folder
 * @param countryOverrides optional CSV of country-name overrides ({@code raw_name,iso3})
 * @param maxRejectRate the share of an input's rows that may be rejected before the run fails
 *     (default {@value #DEFAULT_MAX_REJECT_RATE}); an input may set its own
 * @param ruleSeverity rule name to severity (warn, exclude, drop, fail), replacing the defaults
 * @param metrics how the metrics are computed; defaults where absent
 * @param comparison the country comparison to produce; none where absent
 */
public record JobConfig(
    @JsonProperty(required = true) List<InputSpec> inputs,
    @JsonProperty(required = true) String output,
    @JsonProperty("country_overrides") String countryOverrides,
    @JsonProperty("max_reject_rate") Double maxRejectRate,
    @JsonProperty("rule_severity") Map<String, String> ruleSeverity,
    MetricsConfig metrics,
    ComparisonConfig comparison) {

  public static final double DEFAULT_MAX_REJECT_RATE = 0.05;

  public JobConfig {
    inputs = inputs == null ? null : List.copyOf(inputs);
    ruleSeverity = ruleSeverity == null ? Map.of() : Map.copyOf(ruleSeverity);
    metrics = metrics == null ? MetricsConfig.defaults() : metrics;
  }

  public JobConfig withComparison(ComparisonConfig newComparison) {
    return new JobConfig(
        inputs, output, countryOverrides, maxRejectRate, ruleSeverity, metrics, newComparison);
  }

  /** The rule severities the config sets, parsed; a rule it does not name keeps its default. */
  public Map<String, Severity> ruleSeverities() {
    Map<String, Severity> parsed = new TreeMap<>();
    ruleSeverity.forEach((rule, label) -> parsed.put(rule, Severity.fromLabel(label)));
    return parsed;
  }

  public double maxRejectRateOrDefault() {
    return maxRejectRate == null ? DEFAULT_MAX_REJECT_RATE : maxRejectRate;
  }

  public JobConfig withOutput(String newOutput) {
    return new JobConfig(
        inputs, newOutput, countryOverrides, maxRejectRate, ruleSeverity, metrics, comparison);
  }

  JobConfig withPaths(List<InputSpec> newInputs, String newOutput, String newOverrides) {
    return new JobConfig(
        newInputs, newOutput, newOverrides, maxRejectRate, ruleSeverity, metrics, comparison);
  }
}
