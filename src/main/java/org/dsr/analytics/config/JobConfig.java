package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A job, as described by a JSON file in {@code jobs/}.
 *
 * @param inputs the inputs, at least one
 * @param output the output directory; relative paths resolve against the config's folder
 * @param countryOverrides optional CSV of country-name overrides ({@code raw_name,iso3})
 */
public record JobConfig(
    @JsonProperty(required = true) List<InputSpec> inputs,
    @JsonProperty(required = true) String output,
    @JsonProperty("country_overrides") String countryOverrides) {

  public JobConfig {
    inputs = inputs == null ? null : List.copyOf(inputs);
  }

  public JobConfig withOutput(String newOutput) {
    return new JobConfig(inputs, newOutput, countryOverrides);
  }
}
