package org.dsr.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.ComparisonConfig;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.testing.SampleRun;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample job's comparison (jobs/sample.json) checked against the metric outputs. */
class ComparisonTest extends SparkTestBase {
  private static final CountryReference REFERENCE = CountryReference.bundled();
  private static final CountryHarmoniser HARMONISER =
      new CountryHarmoniser(REFERENCE, CountryOverrides.none());
  private static Path out;
  private static Dataset<Row> dependence;

  @BeforeAll
  static void run() {
    out = SampleRun.output();
    dependence = spark.read().parquet(out.resolve("parquet/dependence").toString());
  }

  private static ComparisonConfig select(
      List<String> countries, String region, String subRegion, String income, String peersOf) {
    return new ComparisonConfig(countries, region, subRegion, income, peersOf, 2, 2020, null, null);
  }

  @Test
  void selectsByAnyNameOrCodeInTheGivenOrder() {
    assertThat(
            CountrySelection.resolve(
                select(
                    List.of("Cape Verde", "KEN", "Côte d'Ivoire", "Congo, Dem. Rep."),
                    null,
                    null,
                    null,
                    null),
                REFERENCE,
                HARMONISER,
                dependence,
                2020))
        .containsExactly("CPV", "KEN", "CIV", "COD");
  }

  @Test
  void selectsGroupsOfUnMembers() {
    List<String> eastAsia =
        CountrySelection.resolve(
            select(List.of(), null, "Eastern Asia", null, null),
            REFERENCE,
            HARMONISER,
            dependence,
            2020);
    // UN members only: not Taiwan, Hong Kong or Macao.
    assertThat(eastAsia).containsExactly("CHN", "PRK", "JPN", "MNG", "KOR");
    assertThat(
            CountrySelection.resolve(
                select(List.of(), "Oceania", null, null, null),
                REFERENCE,
                HARMONISER,
                dependence,
                2020))
        .hasSize(14);
  }

  @Test
  void peersShareSubRegionAndIncomeGroupAndHaveTheClosestIndex() {
    // Kenya: Sub-Saharan Africa, lower middle income. Among sample countries of that group with an
    // index in 2020, the two closest to Kenya's.
    List<String> peers =
        CountrySelection.resolve(
            select(List.of(), null, null, null, "Kenya"), REFERENCE, HARMONISER, dependence, 2020);
    assertThat(peers).hasSize(3).startsWith("KEN");
    double kenya = index("KEN");
    List<Double> distances = peers.stream().skip(1).map(p -> Math.abs(index(p) - kenya)).toList();
    assertThat(distances).isSorted();
    for (String p : peers) {
      var c = REFERENCE.byIso3(p).orElseThrow();
      assertThat(c.subRegion()).isEqualTo("Sub-Saharan Africa");
      assertThat(c.incomeGroup()).isEqualTo("Lower middle income");
    }
  }

  private static double index(String iso3) {
    return dependence
        .where("year = 2020 and iso3 = '" + iso3 + "'")
        .first()
        .getAs("dependence_index");
  }

  @Test
  void unknownNamesAndGroupsFailWithSuggestions() {
    assertThatThrownBy(
            () ->
                CountrySelection.resolve(
                    select(List.of("Keyna"), null, null, null, null),
                    REFERENCE,
                    HARMONISER,
                    dependence,
                    2020))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "key 'comparison.countries[0]' has value 'Keyna'; expected a country of the country"
                + " reference (closest: Kenya, ");
    assertThatThrownBy(
            () ->
                CountrySelection.resolve(
                    select(List.of("World"), null, null, null, null),
                    REFERENCE,
                    HARMONISER,
                    dependence,
                    2020))
        .hasMessage(
            "key 'comparison.countries[0]' has value 'World'; expected a country, not an aggregate"
                + " (region aggregate 'World')");
    assertThatThrownBy(
            () ->
                CountrySelection.resolve(
                    select(List.of(), "Atlantis", null, null, null),
                    REFERENCE,
                    HARMONISER,
                    dependence,
                    2020))
        .hasMessage(
            "key 'comparison.region' has value 'Atlantis'; expected one of Africa, Americas, Asia,"
                + " Europe, Oceania");
    assertThatThrownBy(
            () ->
                CountrySelection.resolve(
                    select(List.of(), null, null, null, null),
                    REFERENCE,
                    HARMONISER,
                    dependence,
                    2020))
        .hasMessageStartingWith("key 'comparison' selects no country");
  }

  @Test
  void tableValuesComeFromTheMetricOutputs() {
    List<Row> table =
        spark
            .read()
            .parquet(out.resolve("comparison/comparison.parquet").toString())
            .orderBy("position")
            .collectAsList();
    assertThat(table)
        .extracting(r -> r.<String>getAs("iso3"))
        .containsExactly("KEN", "ETH", "CPV", "ZMB", null);
    int year = table.get(0).getAs("year");
    assertThat(year).isEqualTo(2022); // the latest sample edition
    Row kenya = table.get(0);
    Row kenyaIndex = dependence.where("year = 2022 and iso3 = 'KEN'").first();
    assertThat(kenya.<Double>getAs("dependence_index"))
        .isEqualTo(kenyaIndex.<Double>getAs("dependence_index"));
    assertThat(kenya.<Double>getAs("dependence_rank"))
        .isEqualTo(kenyaIndex.<Integer>getAs("dependence_rank").doubleValue());
    Row panel =
        spark
            .read()
            .parquet(out.resolve("parquet/country_year").toString())
            .where("year = 2022 and iso3 = 'KEN'")
            .first();
    assertThat(kenya.<Double>getAs("un_rank"))
        .isEqualTo(panel.<Integer>getAs("un_rank").doubleValue());
    assertThat(kenya.<BigDecimal>getAs("ict_loans_usd_cumulative"))
        .isEqualByComparingTo(panel.<BigDecimal>getAs("ict_loans_usd_cumulative"));
    Row kenya2018 =
        spark
            .read()
            .parquet(out.resolve("parquet/country_year").toString())
            .where("year = 2018 and iso3 = 'KEN'")
            .first();
    assertThat(kenya.<Double>getAs("un_rank_change"))
        .isEqualTo(
            (double) (kenya2018.<Integer>getAs("un_rank") - panel.<Integer>getAs("un_rank")));
  }

  @Test
  void lastRowIsTheMedianOfTheSelection() {
    List<Row> table =
        spark
            .read()
            .parquet(out.resolve("comparison/comparison.parquet").toString())
            .orderBy("position")
            .collectAsList();
    double[] ranks =
        table.subList(0, 4).stream()
            .mapToDouble(r -> r.<Double>getAs("un_rank"))
            .sorted()
            .toArray();
    Row median = table.get(4);
    assertThat(median.<String>getAs("country")).isEqualTo("Median of the 4 countries");
    assertThat(median.<Double>getAs("un_rank")).isEqualTo((ranks[1] + ranks[2]) / 2);
  }

  @Test
  void writesMarkdownAndASelfContainedPage() throws Exception {
    String md = Files.readString(out.resolve("comparison/comparison.md"));
    assertThat(md)
        .contains("| Country | EGDI edition | EGDI rank |")
        .contains("| Median of the 4 countries |");
    assertThat(md.lines().filter(l -> l.startsWith("Source: dsr-analytics, inputs "))).hasSize(1);
    // Under the note, the records behind each country's index, largest first.
    assertThat(md.substring(md.indexOf("### Records behind the index")))
        .contains(
            "| Zambia | 2016 | aiddata\\_gcdf3 | aiddata\\_gcdf3:58031 |  | other | 42.0 |"
                + " finance\\_exposure | digital finance: sector ICT, and no title or description |");
    String html = Files.readString(out.resolve("comparison/comparison.html"));
    assertThat(html).doesNotContain("http://", "https://", "<link", "src=\"http");
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(5); // four charts
    assertThat(Files.readString(out.resolve("comparison/comparison.csv")).lines().count())
        .isEqualTo(6);
  }
}
