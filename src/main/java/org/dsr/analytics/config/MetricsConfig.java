package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How the metrics are computed (docs/methodology.md). Every key is optional.
 *
 * @param yearFrom first panel year; default the earliest year of egdi, loans and deployments
 * @param yearTo last panel year; default the latest of them
 * @param weights dependence component weights by component name; default 1 each
 * @param normalisation how components are scored; default percentile
 * @param loanSourcePriority loan sources in order of preference; default the config's input order
 */
public record MetricsConfig(
    @JsonProperty("year_from") Integer yearFrom,
    @JsonProperty("year_to") Integer yearTo,
    Map<String, Double> weights,
    Normalisation normalisation,
    @JsonProperty("loan_source_priority") List<String> loanSourcePriority) {

  public MetricsConfig {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    normalisation = normalisation == null ? Normalisation.PERCENTILE : normalisation;
    loanSourcePriority = loanSourcePriority == null ? List.of() : List.copyOf(loanSourcePriority);
  }

  public static MetricsConfig defaults() {
    return new MetricsConfig(null, null, null, null, null);
  }
}
