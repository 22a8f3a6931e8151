package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.ingest.FileOutcomes;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Harmonises every country column of every published CSV file in ../shared/data through the shipped
 * job config jobs/real-data.json (with its overrides file), and checks the outcome.
 */
class RealDataPipelineTest extends SparkTestBase {
  private static RealDataRun run;
  private static Path sharedData;
  private static PipelineJob.Result result;
  private static Dataset<Row> report;

  private static Dataset<Row> output(String name) {
    return run.output(name);
  }

  @BeforeAll
  static void harmoniseTheRealFiles() {
    run = RealDataRun.of(spark);
    sharedData = run.sharedData;
    result = run.result;
    report = output("harmonisation").cache();
  }

  @Test
  void noNameIsUnmatchedOrContradictsItsCode() {
    assertThat(result.namesByMethod()).doesNotContainKeys("unmatched", "code_conflict");
    // The only row without a country is the blank last record of the UNU-EGOV list.
    List<Row> missing = report.where("match_method = 'missing'").collectAsList();
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).<String>getAs("source_file"))
        .endsWith("reference/countries-data_EN.csv");
    assertThat(missing.get(0).<Long>getAs("row_count")).isEqualTo(1L);
    // Decided by jobs/country-overrides.csv: geoBoundaries disputed-area ids in the ADM1 file
    // (3) and the cable map's "Netherlands Antilles" (1).
    assertThat(report.where("match_method = 'override'").count()).isEqualTo(4);
  }

  /**
   * Real files that no layout reads, each with why: the issue that will add its reader, or the
   * reason it is deliberately not read. The test fails when one of them disappears from
   * ../shared/data or starts being read, so the list stays true.
   */
  private static final Map<String, String> NOT_READ =
      Map.ofEntries(
          Map.entry(
              "loans/aiddata-geocoded-china-1.1/datapackage.json",
              "the release's field names and types, per CSV; the layout checks the headers it reads"),
          Map.entry(
              "loans/aiddata-geocoded-china-1.1/data/level_1a.csv",
              "projects.csv joined with locations.csv, one row per location: nothing of its own"),
          Map.entry(
              "loans/aiddata-geocoded-china-1.1/data/locations.csv",
              "6,190 geocoded places of the 3,485 projects; loans are per project (#16: adm1_locations"
                  + " left for later)"),
          Map.entry(
              "loans/aiddata-geocoded-china-1.1/data/transactions.csv",
              "one commitment per project with an amount (1,967), equal to usd_defl_2014 of"
                  + " projects_ancillary.csv: nothing new"));

  @Test
  void everyFileUnderSharedDataIsCovered() throws IOException {
    List<String> dataFiles;
    try (Stream<Path> files = Files.walk(sharedData)) {
      dataFiles =
          files
              .filter(p -> p.toString().matches(".*\\.(csv|json|xlsx)$"))
              // The cable map's index file lists cables; it is not one.
              .filter(p -> !p.getFileName().toString().equals("all.json"))
              .map(p -> sharedData.relativize(p).toString())
              .sorted()
              .toList();
    }
    assertThat(dataFiles).as("files listed as not read").containsAll(NOT_READ.keySet());
    // Every file read is reconciled; projects.csv of the geocoded release, whose rows are joined
    // to projects_ancillary.csv's, has no country column of its own in the harmonisation report.
    java.util.Set<String> read =
        new java.util.TreeSet<>(
            report
                .select("source_file")
                .distinct()
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList());
    result.outcomes().files().forEach(f -> read.add(f.file()));
    List<String> reported = List.copyOf(read);
    Map<String, List<String>> workbooks =
        Map.of(
            "vendors/China-Global-Investment-Tracker-2018.xlsx",
            List.of("Dataset 1", "Dataset 2"),
            GCOF,
            List.of("ChineseOfficialFinance1.0"));
    List<String> expected = new java.util.ArrayList<>();
    for (String file : dataFiles) {
      if (workbooks.containsKey(file)) {
        workbooks.get(file).forEach(sheet -> expected.add(file + "#" + sheet));
      } else if (!NOT_READ.containsKey(file)) {
        expected.add(file);
      }
    }
    expected.replaceAll(file -> sharedData.resolve(file).toAbsolutePath().toString());
    expected.sort(null);
    assertThat(reported).containsExactlyElementsOf(expected);
  }

  private static final String GCOF =
      "loans/aiddata-gcof-1.0/GlobalChineseOfficialFinanceDataset_v1.0.xlsx";
  private static final String GEOCODED = "loans/aiddata-geocoded-china-1.1/data/";

  @Test
  void everyRowOfEveryFileIsCounted() {
    // Row counts as PROVENANCE.md gives them: data records after CSV parsing, header excluded.
    Map<String, Long> rows = new TreeMap<>();
    for (Row r : report.groupBy("source_file").sum("row_count").collectAsList()) {
      rows.put(sharedData.relativize(Path.of(r.getString(0))).toString(), r.getLong(1));
    }
    assertThat(rows)
        .containsEntry("egdi/EGOV_DATA_2003.csv", 193L)
        .containsEntry("egdi/EGOV_DATA_2020.csv", 193L)
        .containsEntry("egdi/EGOV_DATA_2022.csv", 193L)
        .containsEntry("egdi/EGOV_DATA_2024.csv", 193L)
        .containsEntry("egdi/data360/UN_EGDI_EGDI_WIDEF.csv", 193L)
        .containsEntry("egdi/data360/UN_EGDI_OSI_WIDEF.csv", 193L)
        .containsEntry("egdi/data360/UN_EGDI_HCI_WIDEF.csv", 193L)
        .containsEntry("egdi/data360/UN_EGDI_TII_WIDEF.csv", 193L)
        .containsEntry("reference/gdp.csv", 13979L)
        .containsEntry("reference/population.csv", 17195L)
        .containsEntry("reference/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv", 266L)
        .containsEntry("reference/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv", 265L)
        .containsEntry("reference/countries-data_EN.csv", 194L)
        .containsEntry("reference/country-codes.csv", 249L)
        .containsEntry("loans/chinese debt trap in Africa (sector wise).csv", 1188L)
        .containsEntry("loans/cow_gcdf.csv", 2458L)
        .containsEntry("loans/GCDF_3.0_ADM1_Locations.csv", 12779L);
  }

  private static FileOutcomes outcomesOf(String source, String file) {
    return result.outcomes().file(source, sharedData.resolve(file).toAbsolutePath().toString());
  }

  @Test
  void everyAidDataRowIsAccountedForByItsRule() {
    FileOutcomes gcof = outcomesOf("aiddata_gcof1", GCOF + "#ChineseOfficialFinance1.0");
    assertThat(gcof.read()).isEqualTo(5466L); // the readme's "Project Count: 5,466"
    assertThat(gcof.accepted()).isEqualTo(879L);
    assertThat(gcof.excluded())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                // 3,485 geocoded projects, less the 50 regional ones excluded in both releases.
                "in_later_release", 3435L,
                // 399 umbrella records, all also not recommended; 6 of them regional.
                "umbrella_project", 393L,
                // 1,093 not recommended, less 399 umbrella and 20 regional others.
                "not_recommended_for_research", 674L,
                // "Africa, regional", "Oceania, regional" (2 with no recipient_iso3), ...
                "aggregate", 85L));
    assertThat(gcof.rejected()).isEmpty();
    // 1,949 single-space amounts and 2 empty ones, kept with a null amount.
    assertThat(gcof.warned())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("amount_not_published", 1951L, "unknown_sector", 12L)); // DAC 420
    for (String table : List.of("projects.csv", "projects_ancillary.csv")) {
      FileOutcomes geocoded = outcomesOf("aiddata_geocoded", GEOCODED + table);
      assertThat(geocoded.read()).as(table).isEqualTo(3485L);
      assertThat(geocoded.accepted()).as(table).isEqualTo(3435L);
      assertThat(geocoded.excluded()).as(table).containsExactlyEntriesOf(Map.of("aggregate", 50L));
      assertThat(geocoded.rejected()).as(table).isEmpty();
    }
    assertThat(outcomesOf("aiddata_geocoded", GEOCODED + "projects_ancillary.csv").warned())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("amount_not_published", 1518L, "unknown_sector", 11L));
    assertThat(report.where("source like 'aiddata_g%' and match_method = 'aggregate'").count())
        .isPositive();
  }

  @Test
  void aProjectOfBothAidDataReleasesCountsOnceFromTheLater() {
    Dataset<Row> aiddata = output("loans").where("project_key is not null");
    assertThat(aiddata.count()).isEqualTo(879 + 3435);
    assertThat(aiddata.select("project_key").distinct().count()).isEqualTo(aiddata.count());
    // The release's README: "Total Commitments: $273,611,118,916.00", the sum of usd_defl_2014
    // over its 3,485 projects; the 50 regional ones hold the other 876,329,640.
    assertThat(
            aiddata
                .where("source = 'aiddata_geocoded'")
                .agg(org.apache.spark.sql.functions.sum("amount_usd_constant"))
                .first()
                .<java.math.BigDecimal>getAs(0))
        .isEqualByComparingTo("272734789276.00");
    Row senegal = aiddata.where("project_key = 'aiddata_1:140'").first();
    assertThat(senegal.<String>getAs("source")).isEqualTo("aiddata_geocoded");
    assertThat(senegal.<String>getAs("loan_id")).isEqualTo("aiddata_geocoded:140");
    assertThat(senegal.<String>getAs("iso3")).isEqualTo("SEN");
    assertThat(senegal.<Integer>getAs("commitment_year")).isEqualTo(2005);
    // "Export-Import Bank of China, Government Agency"
    assertThat(senegal.<String>getAs("lender")).isEqualTo("China Eximbank");
    assertThat(senegal.<java.math.BigDecimal>getAs("amount_usd"))
        .isEqualByComparingTo("100000000.00");
    assertThat(senegal.<java.math.BigDecimal>getAs("amount_usd_constant"))
        .isEqualByComparingTo("196412718.00");
    assertThat(senegal.<Integer>getAs("constant_base_year")).isEqualTo(2014);
    assertThat(senegal.<String>getAs("sector")).isEqualTo("government"); // DAC 150, not 220
    assertThat(senegal.<String>getAs("project"))
        .isEqualTo("China assists Senegal in building e-government network");
    assertThat(senegal.<String>getAs("implementing_agencies"))
        .isEqualTo(
            "Zhongxing Technologies (ZTE), State-Owned Company; Huawei Technologies Co., Ltd.,"
                + " Private Sector");
    // The description's bare line breaks put the record on line 57 of the ancillary file.
    assertThat(senegal.<String>getAs("source_file")).endsWith(GEOCODED + "projects_ancillary.csv");
    assertThat(senegal.<Long>getAs("line_number")).isEqualTo(57L);

    Row togo = aiddata.where("project_key = 'aiddata_1:19626'").first();
    assertThat(togo.<String>getAs("source")).isEqualTo("aiddata_gcof1"); // not geocoded
    assertThat(togo.<String>getAs("iso3")).isEqualTo("TGO");
    assertThat(togo.<Integer>getAs("commitment_year")).isEqualTo(2010);
    assertThat(togo.<java.math.BigDecimal>getAs("amount_usd")).isEqualByComparingTo("25000000.00");
    assertThat(togo.<java.math.BigDecimal>getAs("amount_usd_constant"))
        .isEqualByComparingTo("31442452.20");
    assertThat(togo.<String>getAs("project")) // published with a leading space
        .isEqualTo("China EXIM Loans $25 Mn USD to Develop E-government network in Togo");
    assertThat(togo.<String>getAs("status")).isEqualTo("Pipeline: Commitment");
    // Every accepted GCOF-only record is a commitment: AidData geocoded the completed and ongoing.
    assertThat(
            aiddata
                .where("source = 'aiddata_gcof1'")
                .select("status")
                .distinct()
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("Pipeline: Commitment");
  }

  @ParameterizedTest(name = "EGDI 2020 \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'Iran (Islamic Republic of) '|IRN",
        "'Congo '|COG",
        "'Democratic Republic of the Congo '|COD",
        "'Niger '|NER",
        "'Nigeria '|NGA",
        "'Dominica '|DMA",
        "'Dominican Republic '|DOM",
        "'Guinea '|GIN",
        "'Guinea-Bissau '|GNB",
        "'Equatorial Guinea '|GNQ",
        "'Papua New Guinea '|PNG",
        "'Bolivia '|BOL",
        "'Georgia (Country)'|GEO",
        "'Türkiye'|TUR",
        "'Micronesia (Federated States of) '|FSM",
        "'United Republic of Tanzania '|TZA",
        "'Republic of Korea '|KOR",
        "'Viet Nam '|VNM",
      })
  void resolvesTheUnSpellings(String rawName, String iso3) {
    List<Row> rows =
        report
            .where("source_file like '%EGOV_DATA_2020.csv'")
            .where(org.apache.spark.sql.functions.col("raw_name").equalTo(rawName))
            .collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("iso3")).isEqualTo(iso3);
  }

  @Test
  void worldBankAggregatesAreReportedAsAggregates() {
    List<String> aggregates =
        report
            .where("source = 'wdi_gdp' and match_method = 'aggregate'")
            .select("raw_code")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(aggregates).contains("WLD", "SSF", "UMC", "AFE", "HIC", "EUU").doesNotContain("KEN");
    // A World Bank code is checked against its name: the WDI and the UN disagree on spelling only.
    assertThat(
            report
                .where("source = 'wdi_gdp' and raw_code = 'COD'")
                .select("raw_name", "iso3", "match_method")
                .first()
                .toString())
        .isEqualTo("[Congo, Dem. Rep.,COD,code]");
  }

  @Test
  void countryCodesFileNamesAreCheckedAgainstTheirCodes() {
    // datahub's country-codes carries the M49 "Bolivia (Plurinational State of)" next to BOL.
    Row bolivia = report.where("source = 'country_codes' and raw_code = 'BOL'").first();
    assertThat(bolivia.<String>getAs("raw_name")).isEqualTo("Bolivia (Plurinational State of)");
    assertThat(bolivia.<String>getAs("match_method")).isEqualTo("code");
    assertThat(bolivia.<String>getAs("note")).isNull();
  }

  @Test
  void correlatesOfWarCodesResolve() {
    Row kenya = report.where("source = 'cow_gcdf' and raw_code = '501'").first();
    assertThat(kenya.<String>getAs("iso3")).isEqualTo("KEN");
    assertThat(report.where("source = 'cow_gcdf'").select("iso3").distinct().count())
        .as("138 distinct Correlates of War codes in the file, each a different country")
        .isEqualTo(138);
  }

  @Test
  void everyFileReconciles() {
    assertThat(result.outcomes().files())
        .allSatisfy(f -> assertThat(f.reconciles()).as(f.file()).isTrue());
    assertThat(result.outcomes().forSource("egdi"))
        .hasSize(12)
        .extracting(FileOutcomes::read)
        .containsOnly(193L);
  }

  @Test
  void egdiHoldsThePublishedValues() {
    Row kenya2020 = output("egdi").where("iso3 = 'KEN' and survey_year = 2020").first();
    assertThat(kenya2020.<Double>getAs("egdi")).isEqualTo(0.5326);
    assertThat(kenya2020.<Double>getAs("osi")).isEqualTo(0.6765);
    assertThat(kenya2020.<Integer>getAs("un_rank")).isEqualTo(116);
    // 193 - 116 = 77 countries below Kenya of 192 others.
    assertThat(kenya2020.<Double>getAs("percentile")).isEqualTo(40.1);
    assertThat(kenya2020.<String>getAs("egdi_group")).isEqualTo("high");
    List<Row> china =
        output("egdi")
            .where("iso3 = 'CHN' and survey_year in (2018, 2020)")
            .orderBy("survey_year")
            .collectAsList();
    assertThat(china).extracting(r -> r.<Integer>getAs("un_rank")).containsExactly(65, 45);
    // Not assessed: Montenegro and South Sudan in 2003 (empty rank, all zero), excluded, not zero.
    assertThat(output("egdi").where("survey_year = 2003").count()).isEqualTo(191);
    assertThat(output("egdi").where("survey_year = 2003 and iso3 in ('MNE', 'SSD')").count())
        .isZero();
    assertThat(
            result.outcomes().forSource("egdi").stream()
                .mapToLong(f -> f.excluded().getOrDefault("not_assessed", 0L))
                .sum())
        .isEqualTo(8);
  }

  /**
   * Data360's four files against the UN's twelve (found with a script before this test was
   * written): every one of the 9,029 non-zero values of a country and edition both have is the UN's
   * to 5 decimals, and so are the 203 single 0.0 scores the UN published too (Iraq's EGDI and OSI
   * 2003, Somalia's HCI 2005-2024, ...). The 8 editions whose four indices are all 0.0 are the 8
   * the UN files mark not assessed: Montenegro 2003-2005, South Sudan 2003-2010.
   */
  @Test
  void data360RepublishesTheUnValuesAndAddsNone() {
    for (String index : List.of("EGDI", "OSI", "HCI", "TII")) {
      String file = sharedData.resolve("egdi/data360/UN_EGDI_" + index + "_WIDEF.csv").toString();
      Map<String, Long> expected = new TreeMap<>();
      expected.put("read", 193L);
      expected.put("accepted", 0L);
      expected.put("excluded/egdi_in_un_file", 193L);
      expected.put("warned/not_assessed_edition", 8L);
      if (index.equals("HCI")) {
        expected.put("warned/component_out_of_range", 2L); // as in the UN files: HCI above 1
      }
      assertThat(result.outcomes().file("egdi_data360", file).byOutcomeKey())
          .as(index)
          .containsExactlyInAnyOrderEntriesOf(expected);
    }
    assertThat(output("egdi_differences").count()).isZero();
    assertThat(output("egdi").where("source = 'egdi_data360'").count()).isZero();
    assertThat(output("egdi").where("source = 'egdi_data360' and un_rank is not null").count())
        .isZero();
    assertThat(output("egdi").count()).isEqualTo(12 * 193 - 8);
    // The UN's own values and ranks, untouched by the re-publication.
    Row ireland = output("egdi").where("iso3 = 'IRL' and survey_year = 2024").first();
    assertThat(ireland.<Integer>getAs("un_rank")).isEqualTo(20);
    assertThat(ireland.<Double>getAs("egdi")).isEqualTo(0.91377);
    assertThat(ireland.<String>getAs("source")).isEqualTo("egdi");
    Row iraq = output("egdi").where("iso3 = 'IRQ' and survey_year = 2022").first();
    assertThat(iraq.<Integer>getAs("un_rank")).isEqualTo(146);
    assertThat(iraq.<Double>getAs("egdi")).isEqualTo(0.43830);
  }

  @Test
  void loansFromTheScrapedFileKeepTheirAmountsExactly() {
    Row luanda =
        output("loans")
            .where("source = 'bu_loans_africa_scraped' and source_record_id = '1'")
            .first();
    assertThat(luanda.<String>getAs("iso3")).isEqualTo("AGO");
    assertThat(luanda.<java.math.BigDecimal>getAs("amount_usd"))
        .isEqualByComparingTo("90000000.00"); // "$90M"
    assertThat(luanda.<String>getAs("lender")).isEqualTo("China Eximbank"); // "CHEXIM"
    assertThat(luanda.<String>getAs("sector")).isEqualTo("transport"); // "Transportation"
    assertThat(luanda.<Integer>getAs("commitment_year")).isEqualTo(2002);
    Row sonangol =
        output("loans")
            .where("source = 'bu_loans_africa_scraped' and source_record_id = '358'")
            .first();
    assertThat(sonangol.<java.math.BigDecimal>getAs("amount_usd"))
        .isEqualByComparingTo("1000000000.00"); // "$1,000M"
    assertThat(output("loans").where("source = 'bu_loans_africa_scraped'").count()).isEqualTo(1169);
    assertThat(
            output("loans").where("source = 'bu_loans_africa_scraped' and sector = 'ict'").count())
        .isEqualTo(148);
    assertThat(luanda.<String>getAs("project"))
        .isEqualTo("Luanda Railway Phase I Rehabilitation, 444km (Luanda-Malanje line)");
  }

  @Test
  void macroHoldsEveryNonEmptyObservation() {
    Row kenyaGdp =
        output("macro")
            .where("iso3 = 'KEN' and year = 2000 and indicator_code = 'NY.GDP.MKTP.CD'")
            .first();
    assertThat(kenyaGdp.<Double>getAs("value")).isEqualTo(12705350097.80436);
    assertThat(output("macro").where("indicator_code = 'NY.GDP.MKTP.CD'").count()).isEqualTo(11129);
    assertThat(output("macro").where("indicator_code = 'SP.POP.TOTL'").count()).isEqualTo(14010);
    assertThat(output("macro").where("indicator_code = 'IT.NET.USER.ZS'").count()).isEqualTo(6711);
  }

  @Test
  void deploymentsFromTheInvestmentTrackerAndTheCableMap() {
    Map<String, Long> cgitVendors = new TreeMap<>();
    for (Row r :
        output("deployments").where("source = 'cgit'").groupBy("vendor").count().collectAsList()) {
      cgitVendors.put(r.getString(0), r.getLong(1));
    }
    assertThat(cgitVendors)
        // A joint deal counts for each vendor ("ZTE, Huawei, and China Communications
        // Construction", Ethiopia 2006).
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Huawei",
                28L,
                "ZTE",
                9L,
                "China Mobile",
                7L,
                "Alibaba Cloud",
                4L,
                "Tencent",
                3L,
                "China Unicom",
                2L,
                "Baidu",
                1L));
    // PEACE cable, owned by Hengtong's PEACE Cable International Network, lands in Kenya.
    assertThat(
            output("deployments")
                .where("source = 'submarine_cables' and project = 'PEACE Cable' and iso3 = 'KEN'")
                .first()
                .<String>getAs("vendor"))
        .isEqualTo("Hengtong");
    // 257 deployments of telecom operators plus PEACE in its 8 landing countries.
    assertThat(output("deployments").where("source = 'submarine_cables'").count()).isEqualTo(265);
  }

  @Test
  void everyCountryAssessedIn2018And2022HasItsCovidRankChange() {
    Dataset<Row> assessed =
        output("egdi")
            .where("survey_year in (2018, 2022)")
            .groupBy("iso3")
            .count()
            .where("count = 2")
            .select("iso3");
    assertThat(assessed.count()).isEqualTo(193);
    assertThat(
            assessed.join(output("trends").where("covid_rank_change is not null"), "iso3").count())
        .isEqualTo(193);
  }

  @Test
  void chinaRoseFromTheLastPreCovidEditionOn() {
    // MERICS primer on e-government and Covid-19 (2022): China rose 20 places, 65th -> 45th, from
    // 2018 to 2020; the UN files go on to 43rd in 2022 and 35th in 2024.
    Row china = output("trends").where("iso3 = 'CHN'").first();
    assertThat(china.<Integer>getAs("covid_rank_change")).isEqualTo(65 - 43);
    assertThat(china.<Integer>getAs("recent_from")).isEqualTo(2022);
    assertThat(china.<Integer>getAs("recent_to")).isEqualTo(2024);
    assertThat(china.<Integer>getAs("recent_rank_change")).isEqualTo(43 - 35);
    assertThat(china.<Integer>getAs("last_rank")).isEqualTo(35);
    assertThat(china.<Long>getAs("editions")).isEqualTo(12);
    assertThat(
            output("egdi")
                .where("iso3 = 'CHN' and survey_year = 2020")
                .first()
                .<Integer>getAs("un_rank"))
        .isEqualTo(45);
  }

  @Test
  void panelAndIndexCoverTheRealData() {
    Dataset<Row> panel = output("country_year");
    Row kenya2020 = panel.where("iso3 = 'KEN' and year = 2020").first();
    assertThat(kenya2020.<Boolean>getAs("egdi_observed")).isTrue();
    assertThat(kenya2020.<Integer>getAs("un_rank")).isEqualTo(116);
    assertThat(kenya2020.<String>getAs("loan_source")).isEqualTo("bu_loans_africa_scraped");
    assertThat(panel.where("year = 2020").count())
        .isEqualTo(panel.select("iso3").distinct().count());
    assertThat(output("dependence").where("year = 2020 and dependence_rank = 1").count())
        .isGreaterThanOrEqualTo(1);
  }
}
