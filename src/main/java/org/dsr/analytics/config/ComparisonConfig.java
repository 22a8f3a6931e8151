package org.dsr.analytics.config;

import java.util.List;

/**
 * The country comparison (README, "Country comparison"). Countries are chosen by any of: names or
 * ISO3 codes, a UN region, a UN sub-region, a World Bank income group, or the peers of a country.
 *
 * @param countries names (any spelling the harmoniser knows) or ISO3 codes
 * @param region a UN region: its UN member states
 * @param subRegion a UN sub-region: its UN member states
 * @param incomeGroup a World Bank income group: its UN member states
 * @param peersOf a country whose peers (same sub-region and income group, closest dependence index
 *     in the reference year) are compared with it
 * @param peers how many peers (default 5)
 * @param referenceYear the year compared (default: the latest year with EGDI data)
 * @param baselineYear an optional earlier year; changes since it are shown
 * @param title the page title
 */
public record ComparisonConfig(
    List<String> countries,
    String region,
    @com.fasterxml.jackson.annotation.JsonProperty("sub_region") String subRegion,
    @com.fasterxml.jackson.annotation.JsonProperty("income_group") String incomeGroup,
    @com.fasterxml.jackson.annotation.JsonProperty("peers_of") String peersOf,
    Integer peers,
    @com.fasterxml.jackson.annotation.JsonProperty("reference_year") Integer referenceYear,
    @com.fasterxml.jackson.annotation.JsonProperty("baseline_year") Integer baselineYear,
    String title) {

  public static final int DEFAULT_PEERS = 5;

  public ComparisonConfig {
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  public int peersOrDefault() {
    return peers == null ? DEFAULT_PEERS : peers;
  }

  public String titleOrDefault() {
    return title == null ? "Country comparison" : title;
  }
}
