package org.dsr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.schema.SourceLayout;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One UN file of 2020 (Kenya, Ethiopia, Ghana) and four Data360 files of 2018 and 2020
 * (src/test/resources/ingest/data360): Kenya's and Ethiopia's 2018 are Data360's alone, their 2020
 * and Ghana's are the UN's, Kenya's OSI 2020 differs (0.56 against the UN's 0.55), South Sudan's
 * 2018 is all 0.0, Ethiopia's OSI 2018 is a published 0.0 and the OSI file has an E-Participation
 * row. Every expected value is worked out by hand from those files.
 */
class Data360IngestionTest extends SparkTestBase {
  private static final String DIR =
      Path.of("src/test/resources/ingest/data360").toAbsolutePath().toString();
  private static Ingestion.Result result;

  private static ReadContext context() {
    return new ReadContext(
        spark, new CountryHarmoniser(CountryReference.bundled(), CountryOverrides.none()));
  }

  private static InputSpec data360(String path) {
    return new InputSpec(
        "egdi_data360", SourceLayout.DATA360_EGDI_WIDE, path, null, null, 1.0, null, null);
  }

  @BeforeAll
  static void ingest() {
    // Data360 first: the UN file wins whatever the order of the inputs.
    result =
        Ingestion.run(
            context(),
            List.of(
                data360(DIR + "/UN_EGDI_*_WIDEF.csv"),
                new InputSpec(
                    "egdi",
                    SourceLayout.UN_EGDI,
                    DIR + "/EGOV_DATA_2020.csv",
                    null,
                    null,
                    1.0,
                    null,
                    null)),
            Disposition.defaults(),
            0.05);
  }

  @Test
  void reconcilesEveryRowOfEachFile() {
    Map<String, Long> egdi =
        Map.of(
            "read", 4L,
            "accepted", 2L, // Ethiopia, Kenya: their 2018
            "excluded/egdi_in_un_file", 1L, // Ghana: 2020 only, in the UN file
            "excluded/not_assessed", 1L, // South Sudan: 2018 all 0.0, 2020 empty
            "warned/not_assessed_edition", 1L); // South Sudan 2018
    for (String index : List.of("EGDI", "HCI", "TII")) {
      assertThat(result.outcomes().file("egdi_data360", file(index)).byOutcomeKey())
          .as(index)
          .containsExactlyInAnyOrderEntriesOf(egdi);
    }
    assertThat(result.outcomes().file("egdi_data360", file("OSI")).byOutcomeKey())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "read", 5L,
                "accepted", 2L,
                "excluded/egdi_in_un_file", 1L,
                "excluded/not_assessed", 1L,
                "rejected/unknown_indicator", 1L, // Cabo Verde's UN_EGDI_EPI
                "warned/not_assessed_edition", 1L,
                "warned/egdi_sources_disagree", 1L)); // Kenya 2020
    assertThat(result.outcomes().file("egdi", DIR + "/EGOV_DATA_2020.csv").byOutcomeKey())
        .containsExactlyInAnyOrderEntriesOf(Map.of("read", 3L, "accepted", 3L));
    assertThat(result.outcomes().files()).allSatisfy(f -> assertThat(f.reconciles()).isTrue());
  }

  @Test
  void keepsTheUnRowsAndAddsTheEditionsOnlyDataThreeSixtyHas() {
    List<String> rows =
        result.datasets().get("egdi").orderBy("survey_year", "egdi").collectAsList().stream()
            .map(Data360IngestionTest::describe)
            .toList();
    // 2018: ETH 0.2 < KEN 0.5 -> percentiles 0 and 100; no rank, no EPI. 2020: the UN's rows,
    // Kenya's OSI the UN's 0.55, not Data360's 0.56.
    assertThat(rows)
        .containsExactly(
            "ETH 2018 0.2 0.0 0.3 0.3 null null 0.0 low egdi_data360 UN_EGDI_EGDI_WIDEF.csv:2",
            "KEN 2018 0.5 0.45 0.6 0.45 null null 100.0 high egdi_data360 UN_EGDI_EGDI_WIDEF.csv:4",
            "GHA 2020 0.2 0.1 0.3 0.2 0.1 3 0.0 low egdi EGOV_DATA_2020.csv:4",
            "ETH 2020 0.3 0.25 0.4 0.25 0.2 2 50.0 middle egdi EGOV_DATA_2020.csv:3",
            "KEN 2020 0.6 0.55 0.7 0.55 0.5 1 100.0 high egdi EGOV_DATA_2020.csv:2");
  }

  @Test
  void listsTheValueThatDiffersWithBothFiles() {
    List<Row> differences = result.datasets().get("egdi_differences").collectAsList();
    assertThat(differences).hasSize(1);
    Row d = differences.get(0);
    assertThat(
            List.of(
                d.getAs("iso3"),
                d.getAs("survey_year"),
                d.getAs("component"),
                d.getAs("un_value"),
                d.getAs("republished_value"),
                d.getAs("un_source_file"),
                d.getAs("un_line_number"),
                d.getAs("source"),
                d.getAs("source_file"),
                d.getAs("line_number")))
        .containsExactly(
            "KEN",
            2020,
            "osi",
            0.55,
            0.56,
            DIR + "/EGOV_DATA_2020.csv",
            2L,
            "egdi_data360",
            file("OSI"),
            5L);
  }

  @Test
  void rejectsTheUnknownIndicatorNamingIt() {
    Row reject = result.rejects().where("rule = 'unknown_indicator'").first();
    assertThat(reject.<String>getAs("message"))
        .isEqualTo(
            "field 'INDICATOR' value 'UN_EGDI_EPI' is not one of UN_EGDI_EGDI, UN_EGDI_HCI,"
                + " UN_EGDI_OSI, UN_EGDI_TII, UN_EGDI_TTI");
    assertThat(reject.<Long>getAs("line_number")).isEqualTo(2L);
  }

  @Test
  void failsTheHeaderCheckOnAColumnThatIsNotAYear(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("UN_EGDI_EGDI_WIDEF.csv");
    Files.writeString(
        file,
        Files.readString(Path.of(file("EGDI"))).replaceFirst(",2020\n", ",2020Q1\n"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Data360EgdiReader().read(context(), data360(file.toString())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ": column '2020Q1' is neither a Data360 metadata column nor a 4-digit survey"
                + " year in 1945..2100 (layout data360_egdi_wide)");
  }

  private static String file(String index) {
    return DIR + "/UN_EGDI_" + index + "_WIDEF.csv";
  }

  private static String describe(Row r) {
    StringBuilder s = new StringBuilder();
    for (String c :
        List.of(
            "iso3",
            "survey_year",
            "egdi",
            "osi",
            "hci",
            "tii",
            "epi",
            "un_rank",
            "percentile",
            "egdi_group",
            "source")) {
      s.append(String.valueOf(r.<Object>getAs(c))).append(' ');
    }
    String path = r.getAs("source_file");
    return s.append(path.substring(path.lastIndexOf('/') + 1))
        .append(':')
        .append(r.<Long>getAs("line_number"))
        .toString();
  }
}
