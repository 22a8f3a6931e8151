package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which countries and years an input covers: where it would have recorded a deployment or a loan
 * had there been one, so that a country-year without a record is a zero there and unobserved
 * elsewhere. Overrides the layout's published coverage (reference/source-coverage.csv).
 *
 * @param countries "all", UN regions ("Africa"), UN sub-regions ("Latin America and the Caribbean")
 *     or ISO3 codes; the layout's where absent
 * @param fromYear the first year covered; the layout's, else the input's first record year, where
 *     absent
 * @param toYear the last year covered; the layout's, else the input's last record year, where
 *     absent
 */
public record CoverageSpec(
    List<String> countries,
    @JsonProperty("from_year") Integer fromYear,
    @JsonProperty("to_year") Integer toYear) {}
