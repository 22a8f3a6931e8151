package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dsr.analytics.ingest.Rule;
import org.dsr.analytics.ingest.Rules;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract of the command line. */
class MainTest extends SparkTestBase {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private PrintStream originalOut;

  @BeforeEach
  void captureConsole() {
    originalErr = System.err;
    originalOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreConsole() {
    System.setErr(originalErr);
    System.setOut(originalOut);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void successIsZeroAndSaysWhereTheOutputsAre() {
    // The small job: the whole sample pipeline runs in PipelineJobTest; here the contract matters.
    int code =
        Main.run("--config", "src/test/resources/jobs/tiny.json", "--output", dir.toString());
    assertThat(code).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("outputs written to " + dir);
    assertThat(dir.resolve("csv/harmonisation.csv")).exists();
    assertThat(spark.sparkContext().isStopped()).as("a caller's session is left running").isFalse();
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(Main.run("--config", "jobs/sample.json", "--frobnicate")).isEqualTo(Main.USAGE);
    assertThat(stderr()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void missingConfigOptionIsAUsageError() {
    assertThat(Main.run()).isEqualTo(Main.USAGE);
    assertThat(stderr()).contains("Missing required option: '--config=FILE'");
  }

  @Test
  void badConfigIsAConfigError() throws Exception {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"inputs\": []}");
    assertThat(Main.run("--config", config.toString())).isEqualTo(Main.USAGE);
    assertThat(stderr().strip())
        .isEqualTo("dsr-analytics: config error: " + config + ": missing required key 'output'");
  }

  @Test
  void setOverridesAKeyAndIsCheckedLikeTheFile() {
    assertThat(
            Main.run(
                "--config", "jobs/sample.json", "--set", "output=" + dir.resolve("x"), "--dry-run"))
        .isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  output " + dir.resolve("x") + ":");

    assertThat(Main.run("--config", "jobs/sample.json", "--set", "metrics.weights.loan=x"))
        .isEqualTo(Main.USAGE);
    assertThat(stderr().strip())
        .startsWith(
            "dsr-analytics: config error: jobs/sample.json with --set metrics.weights.loan=x: key"
                + " 'metrics.weights.loan' has the wrong type; expected a number");
  }

  /** The last line on standard error of a dry run with the overrides, which must fail with 2. */
  private String dryRunConfigError(String... overrides) {
    List<String> args = new ArrayList<>(List.of("--config", "jobs/sample.json", "--dry-run"));
    for (String override : overrides) {
      args.add("--set");
      args.add(override);
    }
    assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(Main.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("inputs and config are valid");
    List<String> lines = stderr().strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void dryRunRejectsAMisspelledWeight() {
    assertThat(dryRunConfigError("metrics.weights={\"finance_exposur\": 2}"))
        .isEqualTo(
            "dsr-analytics: config error: jobs/sample.json with --set"
                + " metrics.weights={\"finance_exposur\": 2}: key 'metrics.weights.finance_exposur'"
                + " names no dependence component; expected one of finance_exposure,"
                + " vendor_footprint, infrastructure_breadth, deployment_intensity");
  }

  @Test
  void dryRunRejectsAnUnknownNormalisation() {
    assertThat(dryRunConfigError("metrics.normalisation=zscore"))
        .isEqualTo(
            "dsr-analytics: config error: jobs/sample.json with --set metrics.normalisation=zscore:"
                + " key 'metrics.normalisation' has value 'zscore'; expected one of percentile,"
                + " min_max");
  }

  @Test
  void dryRunRejectsAnUnknownLayout() {
    assertThat(dryRunConfigError("inputs[0].layout=un_egd"))
        .isEqualTo(
            "dsr-analytics: config error: jobs/sample.json with --set inputs[0].layout=un_egd: key"
                + " 'inputs[0].layout' has value 'un_egd'; expected one of un_egdi, data360_egdi_wide, wdi_wide,"
                + " wdi_country_metadata, wdi_long, aiddata_gcdf3, aiddata_gcof1_xlsx,"
                + " aiddata_geocoded, aiddata_adm1_locations, cow_gcdf, bu_loans_africa,"
                + " bu_loans_africa_scraped, dsr_loans, dsr_deployments, unu_egov_countries,"
                + " cgit_xlsx, cable_map_json, datahub_country_codes");
  }

  @Test
  void dryRunRejectsAnUnknownRule() {
    assertThat(dryRunConfigError("rule_severity.unknown_contry=fail"))
        .isEqualTo(
            "dsr-analytics: config error: jobs/sample.json with --set"
                + " rule_severity.unknown_contry=fail: key 'rule_severity.unknown_contry' names no"
                + " rule; expected one of "
                + String.join(", ", Rules.all().stream().map(Rule::name).toList()));
  }

  @Test
  void dryRunRejectsAnUnknownComparisonCountry() {
    assertThat(dryRunConfigError("comparison.countries=[\"Kenya\", \"Atlantis\"]"))
        .startsWith(
            "dsr-analytics: config error: jobs/sample.json with --set"
                + " comparison.countries=[\"Kenya\", \"Atlantis\"]: key 'comparison.countries[1]'"
                + " has value 'Atlantis'; expected a country of the country reference (closest: ");
  }

  @Test
  void aRunChecksTheWholeConfigBeforeAnyWork() {
    Path output = dir.resolve("out");
    assertThat(
            Main.run(
                "--config",
                "jobs/sample.json",
                "--output",
                output.toString(),
                "--set",
                "comparison.baseline_year=2030",
                "--set",
                "comparison.reference_year=2024"))
        .isEqualTo(Main.USAGE);
    assertThat(stderr().strip())
        .isEqualTo(
            "dsr-analytics: config error: jobs/sample.json with --set comparison.baseline_year=2030"
                + " comparison.reference_year=2024: key 'comparison.baseline_year' has value 2030;"
                + " expected a year before comparison.reference_year (2024)");
    assertThat(output).doesNotExist();
  }

  @Test
  void missingInputIsAnInputError() throws Exception {
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"inputs\": [{\"source\": \"egdi\", \"layout\": \"un_egdi\", \"path\": \"nowhere/*.csv\"}]}");
    assertThat(Main.run("--config", config.toString())).isEqualTo(Main.INPUT);
    assertThat(stderr().strip())
        .isEqualTo(
            "dsr-analytics: input error: input "
                + dir.resolve("nowhere/*.csv")
                + " matches no file");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void unreadableBytesInATaskAreAnInputError() throws Exception {
    Path data = dir.resolve("egdi.csv");
    Files.write(
        data,
        ("Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
                + "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n"
                + "2020,Cura\u00e7ao,1,0.5,0.5,0.5,0.5,0.5\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"inputs\": [{\"source\": \"egdi\", \"layout\": \"un_egdi\", \"path\": \"egdi.csv\"}]}");
    assertThat(Main.run("--config", config.toString())).isEqualTo(Main.INPUT);
    assertThat(stderr())
        .contains("input error: " + data + " line 2: cannot read: bytes that are not valid UTF-8");
  }

  private Path egdiWithOneUnknownCountry() throws Exception {
    Path data = dir.resolve("EGOV_DATA_2020.csv");
    Files.writeString(
        data,
        "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
            + "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n"
            + "2020,Kenya,1,0.5,0.5,0.5,0.5,0.5\n"
            + "2020,Atlantis,2,0.4,0.4,0.4,0.4,0.4\n");
    return data;
  }

  @Test
  void rejectRateAboveTheThresholdIsADataQualityFailure() throws Exception {
    egdiWithOneUnknownCountry();
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"max_reject_rate\": 0.4, \"inputs\": [{\"source\": \"egdi\","
            + " \"layout\": \"un_egdi\", \"path\": \"EGOV_DATA_2020.csv\"}]}");
    assertThat(Main.run("--config", config.toString())).isEqualTo(Main.DATA_QUALITY);
    assertThat(stderr().strip())
        .isEqualTo(
            "dsr-analytics: data-quality threshold exceeded: input 'egdi': 1 of 2 rows rejected"
                + " (50.0%), above its threshold of 40.0% (unknown_country 1); see the rejects dataset");
  }

  @Test
  void aRuleWithSeverityFailStopsTheRun() throws Exception {
    Path data = egdiWithOneUnknownCountry();
    Path config = dir.resolve("job.json");
    Files.writeString(
        config,
        "{\"output\": \"out\", \"rule_severity\": {\"unknown_country\": \"fail\"}, \"inputs\":"
            + " [{\"source\": \"egdi\", \"layout\": \"un_egdi\", \"path\": \"EGOV_DATA_2020.csv\"}]}");
    assertThat(Main.run("--config", config.toString())).isEqualTo(Main.DATA_QUALITY);
    assertThat(stderr())
        .contains(
            "input 'egdi' breaks rule unknown_country, whose severity is fail: "
                + data
                + " line 3: country 'Atlantis' is not in the country reference; closest: ");
  }

  @Test
  void versionComesFromTheJarManifest() {
    // Run from compiled classes there is no jar manifest: the version says so.
    assertThat(Main.run("--version")).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("dsr-analytics dev");
  }

  @Test
  void helpIsZeroAndListsTheExitCodes() {
    assertThat(Main.run("--help")).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--config=FILE", "Exit codes:", "3   an input is missing");
  }
}
