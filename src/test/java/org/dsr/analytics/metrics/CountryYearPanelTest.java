package org.dsr.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dsr.analytics.testing.Canonical.deployment;
import static org.dsr.analytics.testing.Canonical.egdi;
import static org.dsr.analytics.testing.Canonical.loan;
import static org.dsr.analytics.testing.Canonical.macro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.CountryTable;
import org.dsr.analytics.reference.SourceCoverage;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.testing.Canonical;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryYearPanelTest extends SparkTestBase {
  private static List<Row> rows;

  @BeforeAll
  static void buildPanel() {
    Dataset<Row> egdi =
        Canonical.egdi(
            spark,
            egdi("KEN", 2018, 0.45, 120, 40.0, "middle"),
            egdi("KEN", 2020, 0.53, 116, 40.1, "high"));
    Dataset<Row> deployments =
        Canonical.deployments(
            spark,
            deployment(
                "KEN",
                "Huawei",
                2014,
                "safe_city_surveillance"), // before the range: counts in cumulatives
            deployment("KEN", "Huawei", 2019, "data_centre_cloud"),
            deployment("KEN", "Hikvision", 2020, "health"),
            deployment("ETH", "ZTE", 2020, "telecom_network"));
    Dataset<Row> loans =
        Canonical.loans(
            spark,
            loan("aiddata", "1", "KEN", 2014, false, "1600000000.00", null),
            loan("aiddata", "2", "KEN", 2019, true, "172000000.00", "184250113.42"),
            loan(
                "bu",
                "3",
                "KEN",
                2019,
                true,
                "172000000.00",
                null), // same loan, other source: not added
            loan("bu", "4", "ETH", 2013, true, "1600000000.00", null));
    Dataset<Row> macro =
        Canonical.macro(
            spark,
            macro("KEN", 2019, Columns.GDP_INDICATOR, 1.0e11),
            macro("KEN", 2019, Columns.POPULATION_INDICATOR, 5.0e7),
            macro("KEN", 2020, Columns.GDP_INDICATOR, 1.0e11),
            macro("ETH", 2020, Columns.POPULATION_INDICATOR, 1.0e8));
    rows =
        CountryYearPanel.build(
                CountryTable.of(spark, CountryReference.bundled()).drop(CountryTable.UN_MEMBER),
                egdi,
                macro,
                loans,
                deployments,
                2018,
                2020,
                List.of("aiddata", "bu"),
                Map.of(),
                Coverage.of(spark, List.of(), loans, deployments),
                PlanCut::of)
            .orderBy("iso3", "year")
            .collectAsList();
  }

  private static Row row(String iso3, int year) {
    return rows.stream()
        .filter(r -> r.getAs("iso3").equals(iso3) && r.<Integer>getAs("year") == year)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void hasOneRowPerCountryInAnyInputAndYearInTheRange() {
    assertThat(rows)
        .extracting(r -> r.getAs("iso3") + " " + r.getAs("year"))
        .containsExactly("ETH 2018", "ETH 2019", "ETH 2020", "KEN 2018", "KEN 2019", "KEN 2020");
    assertThat(row("KEN", 2018).<String>getAs("region")).isEqualTo("Africa");
  }

  @Test
  void egdiOnlyWhereAnEditionAssessedTheCountry() {
    assertThat(row("KEN", 2018).<Boolean>getAs("egdi_observed")).isTrue();
    assertThat(row("KEN", 2019).<Boolean>getAs("egdi_observed")).isFalse();
    assertThat(row("KEN", 2019).<Double>getAs("egdi")).isNull(); // nothing carried between editions
    assertThat(row("KEN", 2020).<Integer>getAs("un_rank")).isEqualTo(116);
  }

  @Test
  void deploymentsNewAndCumulativeCountHistoryBeforeTheRange() {
    Row k2019 = row("KEN", 2019);
    assertThat(k2019.<Long>getAs("deployments_new")).isEqualTo(1);
    assertThat(k2019.<Long>getAs("deployments_cumulative")).isEqualTo(2); // 2014 + 2019
    assertThat(k2019.<Long>getAs("deployments_cumulative_safe_city_surveillance")).isEqualTo(1);
    assertThat(k2019.<Long>getAs("deployments_new_data_centre_cloud")).isEqualTo(1);
    assertThat(k2019.<Long>getAs("vendors_present")).isEqualTo(1);
    Row k2020 = row("KEN", 2020);
    assertThat(k2020.<Long>getAs("deployments_cumulative")).isEqualTo(3);
    assertThat(k2020.<Long>getAs("vendors_present")).isEqualTo(2); // Huawei, Hikvision
  }

  @Test
  void loansComeFromOneSourcePerCountryAndBasesAreNeverMixed() {
    Row k2019 = row("KEN", 2019);
    assertThat(k2019.<String>getAs("loan_source")).isEqualTo("aiddata");
    assertThat(k2019.<BigDecimal>getAs("loans_usd")).isEqualByComparingTo("172000000.00");
    assertThat(k2019.<BigDecimal>getAs("loans_usd_cumulative"))
        .isEqualByComparingTo("1772000000.00");
    assertThat(k2019.<BigDecimal>getAs("ict_loans_usd_cumulative"))
        .isEqualByComparingTo("172000000.00");
    // Only the 2019 loan has a constant-2021 amount; the 2014 loan is left out, not converted.
    assertThat(k2019.<BigDecimal>getAs("loans_usd_2021_cumulative"))
        .isEqualByComparingTo("184250113.42");
    assertThat(k2019.<Long>getAs("loan_records_cumulative")).isEqualTo(2);
    Row e2018 = row("ETH", 2018);
    assertThat(e2018.<String>getAs("loan_source")).isEqualTo("bu"); // its only source
    assertThat(e2018.<BigDecimal>getAs("ict_loans_usd_cumulative"))
        .isEqualByComparingTo("1600000000.00");
  }

  @Test
  void ratiosAreNullWithoutTheirDenominator() {
    Row k2019 = row("KEN", 2019);
    assertThat(k2019.<Double>getAs("ict_loans_cumulative_pct_gdp"))
        .isEqualTo(0.172); // 100 x 1.72e8 / 1e11
    assertThat(k2019.<Double>getAs("deployments_per_million")).isEqualTo(0.04); // 2 / 50
    assertThat(row("KEN", 2020).<Double>getAs("deployments_per_million")).isNull(); // no population
    assertThat(row("KEN", 2018).<Double>getAs("ict_loans_cumulative_pct_gdp")).isNull(); // no GDP
    assertThat(row("ETH", 2020).<Double>getAs("deployments_per_million")).isEqualTo(0.01);
  }

  @Test
  void namesTheSourcesBehindEachRow() {
    assertThat(row("KEN", 2019).<String>getAs("sources")).isEqualTo("aiddata; deployments; wdi");
    assertThat(row("KEN", 2020).<String>getAs("sources"))
        .isEqualTo("aiddata; deployments; egdi; wdi");
    assertThat(row("KEN", 2020).<Long>getAs("deployment_records_cumulative")).isEqualTo(3);
  }

  @Test
  void eachYearIsCountedFromTheMostPreferredSourceCoveringItAndReleasesCountTogether() {
    Dataset<Row> loans =
        Canonical.loans(
            spark,
            loan("geocoded", "7", "KEN", 2013, true, "100.00", null),
            loan("gcof", "8", "KEN", 2014, false, "20.00", null),
            loan("bu", "9", "KEN", 2013, true, "100.00", null), // geocoded's loan again
            loan("bu", "10", "KEN", 2016, false, "5.00", null),
            loan("bu", "11", "ETH", 2012, false, "1.00", null));
    Dataset<Row> financed =
        Canonical.deployments(
            spark,
            Canonical.financedDeployment("KEN", "Huawei", 2013, "e_government", "geocoded:7"),
            deployment("KEN", "ZTE", 2014, "e_government"));
    List<Row> panel =
        CountryYearPanel.build(
                CountryTable.of(spark, CountryReference.bundled()).drop(CountryTable.UN_MEMBER),
                Canonical.egdi(spark),
                Canonical.macro(spark),
                loans,
                financed,
                2012,
                2016,
                List.of("geocoded", "gcof", "bu"),
                Map.of("geocoded", "aiddata_1", "gcof", "aiddata_1"),
                Coverage.of(spark, List.of(), loans, financed),
                PlanCut::of)
            .where("iso3 = 'KEN'")
            .orderBy("year")
            .collectAsList();
    assertThat(panel)
        .extracting(
            r -> r.getAs("year") + " " + r.getAs("loan_source") + " " + r.getAs("loans_usd"))
        .containsExactly(
            "2012 bu 0.00", // before AidData's first year: the next source that covers it
            "2013 geocoded 100.00", // the family counts; bu's copy does not
            "2014 gcof 20.00", // each release lists where it covers (here: its records' years)
            "2015 bu 0.00",
            "2016 bu 5.00");
    assertThat(panel.get(4).<BigDecimal>getAs("loans_usd_cumulative"))
        .isEqualByComparingTo("125.00");
    assertThat(panel.get(4).<String>getAs("sources")).isEqualTo("bu; deployments; gcof; geocoded");
    assertThat(panel.get(4).<Long>getAs("deployments_cumulative_e_government")).isEqualTo(2);
    assertThat(panel.get(4).<Long>getAs("financed_deployments_cumulative")).isEqualTo(1);
    assertThat(panel.get(4).<BigDecimal>getAs("ict_loans_usd_cumulative_telecom_network"))
        .isEqualByComparingTo("100.00");
    assertThat(panel.get(4).<BigDecimal>getAs("ict_loans_usd_cumulative_e_government"))
        .isEqualByComparingTo("0.00");
    assertThat(panel.get(4).<Long>getAs("financed_deployments_cumulative_e_government"))
        .isEqualTo(1);
  }

  /** Declared coverage: a covered country without loans is a zero, an uncovered one unobserved. */
  @Test
  void declaredCoverageDecidesWhereAComponentIsObserved() {
    Dataset<Row> loans = Canonical.loans(spark, loan("bu", "1", "KEN", 2015, true, "100.00", null));
    Dataset<Row> deployments =
        Canonical.deployments(spark, deployment("USA", "Huawei", 2016, "telecom_network"));
    List<SourceCoverage.Declared> declared =
        List.of(
            new SourceCoverage.Declared(
                "bu", SourceCoverage.Measure.FINANCE, Set.of("KEN", "ETH"), 2000, null, "Africa"),
            new SourceCoverage.Declared(
                "deployments",
                SourceCoverage.Measure.DEPLOYMENTS,
                Set.of("KEN", "USA"),
                2016,
                2016,
                "all"));
    Dataset<Row> coverage = Coverage.of(spark, declared, loans, deployments);
    assertThat(
            coverage.orderBy("source", "iso3").collectAsList().stream()
                .map(
                    r ->
                        r.getAs("source")
                            + " "
                            + r.getAs("iso3")
                            + " "
                            + r.getAs("from_year")
                            + "-"
                            + r.getAs("to_year"))
                .toList())
        // bu's last year is its records' (2015); ETH has none, but bu covers it.
        .containsExactly(
            "bu ETH 2000-2015",
            "bu KEN 2000-2015",
            "deployments KEN 2016-2016",
            "deployments USA 2016-2016");
    List<Row> panel =
        CountryYearPanel.build(
                CountryTable.of(spark, CountryReference.bundled()).drop(CountryTable.UN_MEMBER),
                Canonical.egdi(spark, egdi("ETH", 2016, 0.3, 150, 20.0, "low")),
                Canonical.macro(spark),
                loans,
                deployments,
                2015,
                2016,
                List.of("bu"),
                Map.of(),
                coverage,
                PlanCut::of)
            .orderBy("iso3", "year")
            .collectAsList();
    assertThat(panel)
        .extracting(
            r ->
                r.getAs("iso3")
                    + " "
                    + r.getAs("year")
                    + " "
                    + r.getAs("loan_source")
                    + " "
                    + r.getAs("deployment_coverage"))
        .containsExactly(
            "ETH 2015 bu null",
            "ETH 2016 null null", // after bu's last year: not observed
            "KEN 2015 bu null",
            "KEN 2016 null deployments",
            "USA 2015 null null",
            "USA 2016 null deployments");
  }
}
