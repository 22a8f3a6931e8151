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
 * Two small EGDI files (src/test/resources/ingest/egdi) that hold one of each rule the EGDI reader
 * applies; every expected value below is worked out by hand from those files.
 */
class EgdiIngestionTest extends SparkTestBase {
  private static final String DIR =
      Path.of("src/test/resources/ingest/egdi").toAbsolutePath().toString();
  private static final String MAIN = DIR + "/EGOV_DATA_2020.csv";
  private static final String REPUBLISHED = DIR + "/EGOV_DATA_2020_republished.csv";
  private static Ingestion.Result result;

  @BeforeAll
  static void ingest() {
    InputSpec egdi = new InputSpec("egdi", SourceLayout.UN_EGDI, DIR, null, null, 1.0, null, null);
    result =
        Ingestion.run(
            new ReadContext(
                spark, new CountryHarmoniser(CountryReference.bundled(), CountryOverrides.none())),
            List.of(egdi),
            Disposition.defaults(),
            0.05);
  }

  @Test
  void reconcilesEveryRowOfEachFile() {
    Map<String, Long> main = result.outcomes().file("egdi", MAIN).byOutcomeKey();
    assertThat(main)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "read", 10L,
                "accepted", 4L, // Kenya, Cabo Verde, Ghana, Ethiopia
                "excluded/not_assessed", 1L, // South Sudan: empty rank, all zero
                "excluded/aggregate", 1L, // World
                "rejected/conflicting_duplicate", 1L, // Zambia 0.45 here, 0.46 republished
                "rejected/unknown_country", 1L, // Atlantis
                "rejected/index_out_of_range", 1L, // Eritrea 1.2
                "rejected/unparsable_number", 1L, // Somalia "abc"
                "warned/component_out_of_range", 1L, // Ghana HCI 1.03
                "warned/rank_contradicts_index", 1L)); // Ghana 0.55 ranked below Cabo Verde 0.50
    assertThat(result.outcomes().file("egdi", REPUBLISHED).byOutcomeKey())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "read", 3L,
                "accepted", 0L,
                "rejected/duplicate_key", 1L, // Kenya, same values as the main file's line 2
                "rejected/conflicting_duplicate", 1L, // Zambia
                "rejected/malformed_record", 1L)); // Uganda: 3 fields of 8
  }

  @Test
  void derivesPercentileAndGroupAmongAcceptedCountries() {
    // Accepted 2020: ETH 0.30 < CPV 0.50 < GHA 0.55 < KEN 0.60 -> percent ranks 0, 1/3, 2/3, 1.
    List<Row> rows = result.datasets().get("egdi").orderBy("egdi").collectAsList();
    assertThat(rows)
        .extracting(
            r ->
                r.getAs("iso3")
                    + " "
                    + r.getAs("un_rank")
                    + " "
                    + r.getAs("percentile")
                    + " "
                    + r.getAs("egdi_group"))
        .containsExactly(
            "ETH 5 0.0 middle", "CPV 3 33.33 high", "GHA 4 66.67 high", "KEN 1 100.0 high");
    Row ghana = rows.get(2);
    assertThat(ghana.<Double>getAs("hci")).isEqualTo(1.03);
    assertThat(ghana.<Long>getAs("line_number")).isEqualTo(5L);
    assertThat(ghana.<String>getAs("source_file")).isEqualTo(MAIN);
  }

  @Test
  void rejectsNameFileLineRecordRuleAndReason() {
    List<Row> rejects = result.rejects().orderBy("source_file", "line_number").collectAsList();
    assertThat(rejects).hasSize(7);
    assertThat(rejects)
        .extracting(r -> r.getLong(2) + " " + r.getString(4))
        .containsExactly(
            "3 conflicting_duplicate",
            "8 unknown_country",
            "9 index_out_of_range",
            "11 unparsable_number",
            "2 duplicate_key",
            "3 conflicting_duplicate",
            "4 malformed_record");
    Row atlantis = rejects.get(1);
    assertThat(atlantis.getString(3))
        .isEqualTo("2020,Atlantis ,6,0.20000,0.10000,0.20000,0.30000,0.10000");
    assertThat(atlantis.getString(5))
        .startsWith("country 'Atlantis' is not in the country reference; closest: ");
    assertThat(rejects.get(2).getString(5))
        .isEqualTo("field 'E-Government Index' value '1.20000' is outside [0, 1]");
    assertThat(rejects.get(3).getString(5))
        .isEqualTo("field 'E-Government Index' value 'abc' is not a number");
    assertThat(rejects.get(6).getString(5))
        .isEqualTo(
            "expected 8 fields as in the header, found 3: the last is 'E-Government Rank', the"
                + " first missing 'E-Government Index'");
  }

  @Test
  void reconciliationDatasetMatchesTheCounts() {
    List<Row> rows =
        result
            .reconciliation()
            .where("source_file like '%republished.csv'")
            .orderBy("outcome", "rule")
            .collectAsList();
    assertThat(rows)
        .extracting(r -> r.getString(2) + "/" + r.getString(3) + "=" + r.getLong(4))
        .containsExactly(
            "accepted/null=0",
            "read/null=3",
            "rejected/conflicting_duplicate=1",
            "rejected/duplicate_key=1",
            "rejected/malformed_record=1");
  }
}
