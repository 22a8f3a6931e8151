package org.dsr.analytics.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dsr.analytics.schema.SourceLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String json) throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void resolvesRelativePathsAgainstTheConfigFolder() throws Exception {
    Path file =
        write(
            """
            {"output": "../out", "country_overrides": "o.csv",
             "inputs": [{"source": "egdi", "layout": "un_egdi", "path": "data/egdi"},
                        {"source": "x", "layout": "wdi_long", "path": "hdfs://nn/x.csv", "encoding": "windows-1252",
                         "indicator": "SP.POP.TOTL", "max_reject_rate": 0.2}]}
            """);
    JobConfig config = JobConfigLoader.load(file);
    assertThat(config.output()).isEqualTo(dir.getParent().resolve("out").toString());
    assertThat(config.countryOverrides()).isEqualTo(dir.resolve("o.csv").toString());
    assertThat(config.inputs().get(0).path()).isEqualTo(dir.resolve("data/egdi").toString());
    assertThat(config.inputs().get(0).encodingOrDefault()).isEqualTo("UTF-8");
    assertThat(config.inputs().get(1).path()).isEqualTo("hdfs://nn/x.csv");
    assertThat(config.inputs().get(1).encodingOrDefault()).isEqualTo("windows-1252");
    assertThat(config.inputs().get(1).indicator()).isEqualTo("SP.POP.TOTL");
    assertThat(config.inputs().get(1).maxRejectRate()).isEqualTo(0.2);
    assertThat(config.maxRejectRateOrDefault()).isEqualTo(0.05);
  }

  @Test
  void unknownKeyFailsWithItsPathAndTheKnownKeys() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\","
                + " \"path\": \"p\", \"encodng\": \"UTF-8\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": unknown key 'inputs[0].encodng'; expected one of [coverage, encoding, indicator, layout, max_field_length, max_reject_rate, path, source]");
  }

  @Test
  void missingRequiredKeyFails() throws Exception {
    Path file =
        write("{\"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": missing required key 'output'");
  }

  @Test
  void wrongTypeFails() throws Exception {
    Path file = write("{\"output\": \"o\", \"inputs\": {\"source\": \"s\"}}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": key 'inputs' has the wrong type; expected a list");
  }

  @Test
  void unknownLayoutFailsListingTheLayouts() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": key 'inputs[0].layout' has value 'egdi'; expected one of un_egdi, data360_egdi_wide, wdi_wide,"
                + " wdi_country_metadata, wdi_long, aiddata_gcdf3, aiddata_gcof1_xlsx,"
                + " aiddata_geocoded, aiddata_adm1_locations, cow_gcdf, bu_loans_africa,"
                + " bu_loans_africa_scraped, dsr_loans, dsr_deployments, unu_egov_countries,"
                + " cgit_xlsx, cable_map_json, datahub_country_codes");
  }

  @Test
  void unknownEncodingFails() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\", \"encoding\": \"latin-9x\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file + ": inputs[0]: unknown encoding 'latin-9x'; expected e.g. UTF-8 or windows-1252");
  }

  @Test
  void longLayoutWithoutIndicatorFails() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"gdp\", \"layout\": \"wdi_long\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": key 'inputs[0].indicator' is missing; layout wdi_long needs it: the WDI"
                + " indicator code (e.g. NY.GDP.MKTP.CD), which the file does not name");
  }

  @Test
  void aLayoutSpecificKeyOnAnotherLayoutFails() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"egdi\", \"layout\": \"un_egdi\", \"path\":"
                + " \"p\", \"indicator\": \"SP.POP.TOTL\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": key 'inputs[0].indicator' has value 'SP.POP.TOTL'; expected no indicator:"
                + " layout un_egdi does not read one (wdi_long does)");
  }

  @Test
  void unknownSeverityFails() throws Exception {
    Path badSeverity =
        write(
            "{\"output\": \"o\", \"rule_severity\": {\"unknown_country\": \"ignore\"}, \"inputs\":"
                + " [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(badSeverity))
        .hasMessage(
            badSeverity
                + ": key 'rule_severity.unknown_country' has value 'ignore'; expected one of warn,"
                + " exclude, drop, fail");
  }

  @Test
  void severitiesAndNormalisationAreTyped() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"rule_severity\": {\"unknown_country\": \"fail\"},"
                + " \"metrics\": {\"normalisation\": \"min_max\"},"
                + " \"inputs\": [{\"source\": \"s\", \"layout\": \"dsr_loans\", \"path\": \"p\"}]}");
    JobConfig config = JobConfigLoader.load(file);
    assertThat(config.ruleSeverities()).containsExactly(entry("unknown_country", Severity.FAIL));
    assertThat(config.metrics().normalisation()).isEqualTo(Normalisation.MIN_MAX);
    assertThat(config.inputs().get(0).layout()).isEqualTo(SourceLayout.DSR_LOANS);
    assertThat(JobConfigLoader.load(file, List.of("metrics.normalisation=null")).metrics())
        .extracting(MetricsConfig::normalisation)
        .isEqualTo(Normalisation.PERCENTILE);
  }

  @Test
  void unknownNormalisationFails() throws Exception {
    Path file = write(MINIMAL);
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("metrics.normalisation=zscore")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + " with --set metrics.normalisation=zscore: key 'metrics.normalisation' has value"
                + " 'zscore'; expected one of percentile, min_max");
  }

  @Test
  void weightsNameComponentsAndAreNotNegative() throws Exception {
    Path file = write(MINIMAL);
    assertThat(
            JobConfigLoader.load(file, List.of("metrics.weights={\"finance_exposure\": 0}"))
                .metrics()
                .weights())
        .containsExactly(entry("finance_exposure", 0.0));
    assertThatThrownBy(
            () -> JobConfigLoader.load(file, List.of("metrics.weights.finance_exposur=2")))
        .hasMessage(
            file
                + " with --set metrics.weights.finance_exposur=2: key"
                + " 'metrics.weights.finance_exposur' names no dependence component; expected one"
                + " of finance_exposure, vendor_footprint, infrastructure_breadth,"
                + " deployment_intensity");
    assertThatThrownBy(
            () -> JobConfigLoader.load(file, List.of("metrics.weights.vendor_footprint=-1")))
        .hasMessage(
            file
                + " with --set metrics.weights.vendor_footprint=-1: key"
                + " 'metrics.weights.vendor_footprint' has value -1.0; expected 0 or more");
  }

  private static final String LOANS =
      """
      {"output": "out",
       "inputs": [{"source": "egdi", "layout": "un_egdi", "path": "egdi"},
                  {"source": "aiddata", "layout": "aiddata_gcdf3", "path": "a.csv"},
                  {"source": "bu", "layout": "bu_loans_africa", "path": "b.csv"}]}
      """;

  @Test
  void loanSourcePriorityNamesLoanInputs() throws Exception {
    Path file = write(LOANS);
    assertThat(
            JobConfigLoader.load(
                    file, List.of("metrics.loan_source_priority=[\"bu\", \"aiddata\"]"))
                .metrics()
                .loanSourcePriority())
        .containsExactly("bu", "aiddata");
    assertThat(JobConfigLoader.load(file).loanSources()).containsExactly("aiddata", "bu");
    assertThatThrownBy(
            () ->
                JobConfigLoader.load(
                    file, List.of("metrics.loan_source_priority=[\"bu\", \"egdi\"]")))
        .hasMessage(
            file
                + " with --set metrics.loan_source_priority=[\"bu\", \"egdi\"]: key"
                + " 'metrics.loan_source_priority[1]' has value 'egdi'; expected the source of a"
                + " loan input: one of aiddata, bu");
    Path noLoans = write(MINIMAL);
    assertThatThrownBy(
            () -> JobConfigLoader.load(noLoans, List.of("metrics.loan_source_priority=[\"bu\"]")))
        .hasMessage(
            noLoans
                + " with --set metrics.loan_source_priority=[\"bu\"]: key"
                + " 'metrics.loan_source_priority[0]' has value 'bu'; expected no value: the config"
                + " has no loan input");
  }

  @Test
  void comparisonPeersAreOneOrMore() throws Exception {
    Path file = write(MINIMAL);
    assertThatThrownBy(
            () ->
                JobConfigLoader.load(
                    file, List.of("comparison.peers_of=Kenya", "comparison.peers=0")))
        .hasMessage(
            file
                + " with --set comparison.peers_of=Kenya comparison.peers=0: key 'comparison.peers'"
                + " has value 0; expected 1 or more");
  }

  @Test
  void keptRunsAreOneOrMoreAndThreeByDefault() throws Exception {
    Path file = write(MINIMAL);
    assertThat(JobConfigLoader.load(file).keepRunsOrDefault()).isEqualTo(3);
    assertThat(JobConfigLoader.load(file, List.of("keep_runs=5")).keepRunsOrDefault()).isEqualTo(5);
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("keep_runs=0")))
        .hasMessage(
            file + " with --set keep_runs=0: key 'keep_runs' has value 0; expected 1 or more");
  }

  @Test
  void fieldLengthLimitOutsideItsRangeFailsNamingKeyValueAndRange() throws Exception {
    Path job =
        write(
            "{\"output\": \"o\", \"max_field_length\": 0, \"inputs\": [{\"source\": \"s\","
                + " \"layout\": \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(job))
        .hasMessage(
            job
                + ": key 'max_field_length' has value 0; expected a number of characters within"
                + " 1..100000000");
    Path input =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\","
                + " \"path\": \"p\", \"max_field_length\": 200000000}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(input))
        .hasMessage(
            input
                + ": key 'inputs[0].max_field_length' has value 200000000; expected a number of"
                + " characters within 1..100000000");
  }

  @Test
  void anInputsFieldLengthLimitWinsOverTheJobs() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"max_field_length\": 500, \"inputs\": [{\"source\": \"a\","
                + " \"layout\": \"un_egdi\", \"path\": \"p\", \"max_field_length\": 70},"
                + " {\"source\": \"b\", \"layout\": \"un_egdi\", \"path\": \"q\"}]}");
    List<InputSpec> inputs = JobConfigLoader.load(file).inputsWithLimits();
    assertThat(inputs).extracting(InputSpec::maxFieldLengthOrDefault).containsExactly(70, 500);
    assertThat(new InputSpec("c", SourceLayout.UN_EGDI, "p", null, null, null, null, null))
        .extracting(InputSpec::maxFieldLengthOrDefault)
        .isEqualTo(InputSpec.DEFAULT_MAX_FIELD_LENGTH);
  }

  @Test
  void rejectRateOutsideZeroToOneFails() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"max_reject_rate\": 5, \"inputs\": [{\"source\": \"s\", \"layout\":"
                + " \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .hasMessage(file + ": max_reject_rate 5.0 is not within [0, 1]");
  }

  @Test
  void malformedJsonFailsWithLineAndColumn() throws Exception {
    Path file = write("{\"output\": \"o\",\n \"inputs\": [}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ": not valid JSON: ")
        .hasMessageEndingWith("(line 2, column 13)");
  }

  @Test
  void missingFileFails() {
    Path file = dir.resolve("absent.json");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read config " + file);
  }

  private static final String MINIMAL =
      """
      {"output": "out",
       "inputs": [{"source": "egdi", "layout": "un_egdi", "path": "egdi"}],
       "metrics": {"year_from": 2003}}
      """;

  @Test
  void setOverridesSingleKeysWithJsonValuesOrPlainText() throws Exception {
    Path file = write(MINIMAL);
    JobConfig config =
        JobConfigLoader.load(
            file,
            List.of(
                "metrics.year_from=2010",
                "max_reject_rate=0.2",
                "inputs[0].path=data/egdi-2024",
                "comparison.countries=[\"KEN\",\"ETH\"]",
                "comparison.title=Kenya & Ethiopia"));
    assertThat(config.metrics().yearFrom()).isEqualTo(2010);
    assertThat(config.maxRejectRateOrDefault()).isEqualTo(0.2);
    assertThat(config.inputs().get(0).path()).isEqualTo(dir.resolve("data/egdi-2024").toString());
    assertThat(config.comparison().countries()).containsExactly("KEN", "ETH");
    assertThat(config.comparison().title()).isEqualTo("Kenya & Ethiopia");
  }

  @Test
  void setIsCheckedAsStrictlyAsTheFile() throws Exception {
    Path file = write(MINIMAL);
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("metrics.year_frm=2010")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            file
                + " with --set metrics.year_frm=2010: unknown key 'metrics.year_frm'; expected one of [");
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("metrics.year_from=soon")))
        .hasMessage(
            file
                + " with --set metrics.year_from=soon: key 'metrics.year_from' has the wrong type;"
                + " expected a whole number");
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("max_reject_rate=2")))
        .hasMessage(
            file + " with --set max_reject_rate=2: max_reject_rate 2.0 is not within [0, 1]");
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("inputs[3].path=x")))
        .hasMessage("--set inputs[3].path=x: no element [3] (the list has 1)");
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("year_from")))
        .hasMessage("--set year_from: expected key=value, e.g. --set metrics.year_from=2010");
    assertThatThrownBy(() -> JobConfigLoader.load(file, List.of("Metrics..x=1")))
        .hasMessage(
            "--set Metrics..x=1: 'Metrics..x' is not a key path; expected e.g. metrics.year_from"
                + " or inputs[0].path");
  }
}
