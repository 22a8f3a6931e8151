package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dsr.analytics.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void minimalConfig() throws Exception {
    file = dir.resolve("job.json");
    Files.writeString(
        file,
        "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\":"
            + " \"p\"}]}");
  }

  /** The message of the config error the overrides cause, without the file's name. */
  private String errorWith(String... overrides) {
    Throwable thrown = null;
    try {
      ConfigCheck.load(file, List.of(overrides));
    } catch (ConfigException e) {
      thrown = e;
    }
    assertThat(thrown).as("a config error").isNotNull();
    String prefix = file + " with --set " + String.join(" ", overrides) + ": ";
    assertThat(thrown.getMessage()).startsWith(prefix);
    return thrown.getMessage().substring(prefix.length());
  }

  @Test
  void aValidConfigLoads() {
    assertThat(
            ConfigCheck.load(
                    file,
                    List.of(
                        "rule_severity={\"unknown_country\": \"fail\"}",
                        "metrics.year_from=1945",
                        "metrics.year_to=2100",
                        "comparison.countries=[\"Cape Verde\", \"KEN\"]",
                        "comparison.sub_region=Sub-Saharan Africa",
                        "comparison.peers_of=Kenya",
                        "comparison.reference_year=2022",
                        "comparison.baseline_year=2018"))
                .comparison()
                .countries())
        .containsExactly("Cape Verde", "KEN");
  }

  @Test
  void unknownRuleFails() {
    assertThat(errorWith("rule_severity.no_such_rule=warn"))
        .startsWith(
            "key 'rule_severity.no_such_rule' names no rule; expected one of malformed_record,"
                + " field_too_long, missing_country, unknown_country,");
  }

  @Test
  void coverageNamesKnownCountriesOfALoanOrDeploymentInput() {
    assertThat(errorWith("inputs[0].coverage={\"countries\": [\"Africa\"]}"))
        .isEqualTo(
            "key 'inputs[0].coverage' is set, but layout un_egdi holds neither loans nor"
                + " deployments, so it covers no component");
    assertThat(
            errorWith(
                "inputs[0].layout=dsr_loans",
                "inputs[0].coverage={\"countries\": [\"Africa\", \"Atlantis\"]}"))
        .isEqualTo(
            "key 'inputs[0].coverage.countries' names 'Atlantis', which is neither 'all', a UN"
                + " region or sub-region, nor an ISO3 code of the country reference");
    assertThat(errorWith("inputs[0].layout=dsr_loans", "inputs[0].coverage={\"to_year\": 3000}"))
        .isEqualTo(
            "key 'inputs[0].coverage.to_year' has value 3000; expected a year within 1945..2100");
    assertThat(
            ConfigCheck.load(
                    file,
                    List.of(
                        "inputs[0].layout=dsr_loans",
                        "inputs[0].coverage={\"countries\": [\"Sub-Saharan Africa\", \"PAK\"],"
                            + " \"from_year\": 2000}"))
                .inputs()
                .get(0)
                .coverage()
                .fromYear())
        .isEqualTo(2000);
  }

  @Test
  void yearsAreWithinTheRulesRangeAndRunForwards() {
    assertThat(errorWith("metrics.year_from=1900"))
        .isEqualTo("key 'metrics.year_from' has value 1900; expected a year within 1945..2100");
    assertThat(errorWith("metrics.year_to=2101"))
        .isEqualTo("key 'metrics.year_to' has value 2101; expected a year within 1945..2100");
    assertThat(errorWith("metrics.year_from=2020", "metrics.year_to=2010"))
        .isEqualTo(
            "key 'metrics.year_to' has value 2010; expected metrics.year_from (2020) or later");
    assertThat(errorWith("comparison.countries=[\"KEN\"]", "comparison.reference_year=3000"))
        .isEqualTo(
            "key 'comparison.reference_year' has value 3000; expected a year within 1945..2100");
    assertThat(
            errorWith(
                "comparison.countries=[\"KEN\"]",
                "comparison.reference_year=2018",
                "comparison.baseline_year=2018"))
        .isEqualTo(
            "key 'comparison.baseline_year' has value 2018; expected a year before"
                + " comparison.reference_year (2018)");
  }

  @Test
  void comparisonCountriesAreInTheReference() {
    assertThat(errorWith("comparison.countries=[\"KEN\", \"Keyna\"]"))
        .startsWith(
            "key 'comparison.countries[1]' has value 'Keyna'; expected a country of the country"
                + " reference (closest: Kenya, ");
    assertThat(errorWith("comparison.countries=[\"World\"]"))
        .isEqualTo(
            "key 'comparison.countries[0]' has value 'World'; expected a country, not an"
                + " aggregate (region aggregate 'World')");
    assertThat(errorWith("comparison.peers_of=Atlantis"))
        .startsWith("key 'comparison.peers_of' has value 'Atlantis'; expected a country of the");
  }

  @Test
  void comparisonGroupsExistInTheReference() {
    assertThat(errorWith("comparison.region=Atlantis"))
        .isEqualTo(
            "key 'comparison.region' has value 'Atlantis'; expected one of Africa, Americas,"
                + " Asia, Europe, Oceania");
    assertThat(errorWith("comparison.income_group=Rich"))
        .isEqualTo(
            "key 'comparison.income_group' has value 'Rich'; expected one of High income, Low"
                + " income, Lower middle income, Upper middle income");
    assertThat(errorWith("comparison.sub_region=Middle Earth"))
        .startsWith(
            "key 'comparison.sub_region' has value 'Middle Earth'; expected one of Australia and"
                + " New Zealand, Central Asia, Eastern Asia, ");
  }

  @Test
  void aComparisonSelectsSomething() {
    assertThat(errorWith("comparison.title=Nobody"))
        .isEqualTo(
            "key 'comparison' selects no country; expected at least one of countries, region,"
                + " sub_region, income_group, peers_of");
  }

  @Test
  void countryOverridesAreReadAndTheirNamesUsed() throws Exception {
    Files.writeString(dir.resolve("overrides.csv"), "raw_name,iso3\nKenia,KEN\n");
    assertThat(
            ConfigCheck.load(
                    file,
                    List.of("country_overrides=overrides.csv", "comparison.countries=[\"Kenia\"]"))
                .comparison()
                .countries())
        .containsExactly("Kenia");
    // Read through Hadoop's file system API: a URI with a scheme works as a plain path does.
    assertThat(
            ConfigCheck.load(
                    file,
                    List.of(
                        "country_overrides=" + dir.resolve("overrides.csv").toUri(),
                        "comparison.countries=[\"Kenia\"]"))
                .countryOverrides())
        .startsWith("file:");
    assertThatThrownBy(() -> ConfigCheck.load(file, List.of("country_overrides=absent.csv")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read country overrides " + dir.resolve("absent.csv"));
  }
}
