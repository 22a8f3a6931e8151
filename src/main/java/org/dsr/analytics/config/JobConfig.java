package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A job, as described by a JSON file in {@code jobs/}.
 *
 * @param inputs the inputs, at least one
 * @param output the output directory; relative paths resolve against the config's folder
 * @param countryOverrides optional CSV of country-name overrides ({@code raw_name,iso3})
 * @param maxRejectRate the share of an input's rows that may be rejected before the run fails
 *     (default {@value #DEFAULT_MAX_REJECT_RATE}); an input may set its own
 * @param maxFieldLength the longest field a row may hold, in characters (default {@value
 *     InputSpec#DEFAULT_MAX_FIELD_LENGTH}); an input may set its own
 * @param ruleSeverities rule name to severity, replacing the rules' defaults; a rule the config
 *     does not name keeps its default
 * @param metrics how the metrics are computed; defaults where absent
 * @param comparison the country comparison to produce; none where absent
 * @param keepRuns on an object store, how many published runs are kept under {@code <output>/runs/}
 *     (default {@value #DEFAULT_KEEP_RUNS}); older ones are deleted. Unused elsewhere, where a run
 *     replaces the one before it
 */
public record JobConfig(
    @JsonProperty(required = true) List<InputSpec> inputs,
    @JsonProperty(required = true) String output,
    @JsonProperty("country_overrides") String countryOverrides,
    @JsonProperty("max_reject_rate") Double maxRejectRate,
    @JsonProperty(InputSpec.MAX_FIELD_LENGTH) Integer maxFieldLength,
    @JsonProperty("rule_severity") Map<String, Severity> ruleSeverities,
    MetricsConfig metrics,
    ComparisonConfig comparison,
    @JsonProperty("keep_runs") Integer keepRuns) {

  public static final double DEFAULT_MAX_REJECT_RATE = 0.05;
  public static final int DEFAULT_KEEP_RUNS = 3;

  public JobConfig {
    inputs = inputs == null ? null : List.copyOf(inputs);
    ruleSeverities = ruleSeverities == null ? Map.of() : Map.copyOf(ruleSeverities);
    metrics = metrics == null ? MetricsConfig.defaults() : metrics;
  }

  /** The sources of the loan inputs, in the config's order: the default loan source priority. */
  public List<String> loanSources() {
    return inputs.stream().filter(in -> in.layout().isLoans()).map(InputSpec::source).toList();
  }

  /**
   * The loan sources that are releases of one dataset, each with its family: they count together in
   * the panel (ingestion has already counted each of their projects once).
   */
  public Map<String, String> loanFamilies() {
    Map<String, String> families = new java.util.TreeMap<>();
    for (InputSpec in : inputs) {
      if (in.layout().isLoans() && in.layout().releaseFamily() != null) {
        families.put(in.source(), in.layout().releaseFamily());
      }
    }
    return families;
  }

  /** The inputs, each with its own field-length limit or else the job's. */
  public List<InputSpec> inputsWithLimits() {
    return inputs.stream().map(in -> in.withDefaultMaxFieldLength(maxFieldLength)).toList();
  }

  public int keepRunsOrDefault() {
    return keepRuns == null ? DEFAULT_KEEP_RUNS : keepRuns;
  }

  public double maxRejectRateOrDefault() {
    return maxRejectRate == null ? DEFAULT_MAX_REJECT_RATE : maxRejectRate;
  }

  public JobConfig withOutput(String newOutput) {
    return new JobConfig(
        inputs,
        newOutput,
        countryOverrides,
        maxRejectRate,
        maxFieldLength,
        ruleSeverities,
        metrics,
        comparison,
        keepRuns);
  }

  JobConfig withPaths(List<InputSpec> newInputs, String newOutput, String newOverrides) {
    return new JobConfig(
        newInputs,
        newOutput,
        newOverrides,
        maxRejectRate,
        maxFieldLength,
        ruleSeverities,
        metrics,
        comparison,
        keepRuns);
  }
}
