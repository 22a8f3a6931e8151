package org.dsr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.schema.SourceLayout;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tiny geocoded release folder (src/test/resources/ingest/aiddata-geocoded), quoted and CRLF as
 * AidData publishes it, whose two tables hold one of each case of the join and the AidData rules:
 * projects 1 (kept), 2 (only in projects_ancillary.csv), 3 (only in projects.csv), 4 (a flag
 * spelled "yes"), 5 (umbrella "1", year "2008.0") and 6 (year "2008.5", no amount).
 */
class GeocodedReleaseIngestionTest extends SparkTestBase {
  private static final String DIR =
      Path.of("src/test/resources/ingest/aiddata-geocoded").toAbsolutePath().toString();
  private static Ingestion.Result result;

  @BeforeAll
  static void ingest() {
    InputSpec release =
        new InputSpec("geo", SourceLayout.AIDDATA_GEOCODED, DIR, null, null, 1.0, null, null);
    result =
        Ingestion.run(
            new ReadContext(
                spark, new CountryHarmoniser(CountryReference.bundled(), CountryOverrides.none())),
            List.of(release),
            Disposition.defaults(),
            1.0);
  }

  @Test
  void eachTableReconcilesWithTheOutcomeOfItsProjects() {
    Map<String, Long> common =
        Map.of(
            "accepted", 1L, // 1
            "rejected/unparsable_flag", 1L, // 4
            "excluded/umbrella_project", 1L, // 5
            "rejected/fractional_year", 1L, // 6
            "rejected/missing_companion_record", 1L); // 2 in the ancillary file, 3 in projects.csv
    Map<String, Long> ancillary =
        new java.util.TreeMap<>(
            result.outcomes().file("geo", DIR + "/data/projects_ancillary.csv").byOutcomeKey());
    assertThat(ancillary.remove("read")).isEqualTo(5L);
    assertThat(ancillary.remove("warned/amount_not_published")).isEqualTo(1L); // 6
    assertThat(ancillary).containsExactlyInAnyOrderEntriesOf(common);
    Map<String, Long> projects =
        new java.util.TreeMap<>(
            result.outcomes().file("geo", DIR + "/data/projects.csv").byOutcomeKey());
    assertThat(projects.remove("read")).isEqualTo(5L);
    // 3, which has none of the ancillary file's fields.
    assertThat(projects.remove("warned/amount_not_published")).isEqualTo(1L);
    assertThat(projects).containsExactlyInAnyOrderEntriesOf(common);
  }

  @Test
  void theHarmonisationReportCountsEachProjectOnceWhateverItsOutcomeAndWarnings() {
    // Kenya: 1 accepted, 2 rejected; Zambia: 4 rejected, 5 excluded; Ethiopia: 6 rejected and
    // warned; 3, only in projects.csv, has no country.
    assertThat(result.harmonisation().orderBy("source_file", "raw_name").collectAsList())
        .extracting(
            r ->
                Path.of(r.<String>getAs("source_file")).getFileName()
                    + "|"
                    + r.getAs("raw_name")
                    + "|"
                    + r.getAs("raw_code")
                    + "|"
                    + r.getAs("match_method")
                    + "|"
                    + r.getAs("row_count"))
        .containsExactly(
            "projects.csv|null|null|missing|1",
            "projects_ancillary.csv|Ethiopia|ETH|code|1",
            "projects_ancillary.csv|Kenya|KEN|code|2",
            "projects_ancillary.csv|Zambia|ZMB|code|2");
  }

  @Test
  void aProjectInOneTableOnlyIsRejectedWhereItIs() {
    List<Row> missing =
        result
            .rejects()
            .where("rule = 'missing_companion_record'")
            .orderBy("source_file")
            .collectAsList();
    assertThat(missing)
        .extracting(r -> r.<String>getAs("message"))
        .containsExactly(
            "the project at "
                + DIR
                + "/data/projects.csv line 3 has no row in projects_ancillary.csv",
            "the project at "
                + DIR
                + "/data/projects_ancillary.csv line 4 has no row in projects.csv");
  }

  @Test
  void theKeptProjectJoinsItsTitleToTheAncillaryFields() {
    Row kenya = result.datasets().get("loans").first();
    assertThat(kenya.<String>getAs("loan_id")).isEqualTo("geo:1");
    assertThat(kenya.<String>getAs("project_key")).isEqualTo("aiddata_1:1");
    assertThat(kenya.<String>getAs("iso3")).isEqualTo("KEN");
    assertThat(kenya.<Integer>getAs("commitment_year")).isEqualTo(2012); // "2012.0"
    assertThat(kenya.<String>getAs("project")).isEqualTo("Kenya fibre backbone");
    // Two funders: each in the lender vocabulary's name, the agency type dropped.
    assertThat(kenya.<String>getAs("lender")).isEqualTo("China Eximbank; Bank of China");
    assertThat(kenya.<String>getAs("sector")).isEqualTo("ict");
    assertThat(kenya.<java.math.BigDecimal>getAs("amount_usd")).isEqualByComparingTo("60000000");
    assertThat(kenya.<Integer>getAs("constant_base_year")).isEqualTo(2014);
    // The ancillary file's place: the record after the header, two lines long.
    assertThat(kenya.<String>getAs("source_file")).isEqualTo(DIR + "/data/projects_ancillary.csv");
    assertThat(kenya.<Long>getAs("line_number")).isEqualTo(2L);
  }
}
