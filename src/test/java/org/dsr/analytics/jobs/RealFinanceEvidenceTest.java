package org.dsr.analytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finance evidence of the real-data run: which AidData records are digital, the vendors they
 * name as deployments linked to the money, and loans counted from one source per country and year.
 */
class RealFinanceEvidenceTest extends SparkTestBase {
  private static RealDataRun run;

  @BeforeAll
  static void runTheRealData() {
    run = RealDataRun.of(spark);
  }

  private static List<String> deployments(String where) {
    return run.output("deployments").where(where).orderBy("vendor").collectAsList().stream()
        .map(
            r ->
                String.join(
                    " ",
                    r.<String>getAs("vendor"),
                    r.<String>getAs("iso3"),
                    String.valueOf(r.<Integer>getAs("year")),
                    r.<String>getAs("category"),
                    r.<String>getAs("lender"),
                    r.<BigDecimal>getAs("loan_amount_usd").toPlainString(),
                    r.<String>getAs("loan_id")))
        .toList();
  }

  @Test
  void senegalsEGovernmentNetworkIsAZteAndHuaweiDeploymentFinancedByChinaExim() {
    Row loan = run.output("loans").where("loan_id = 'aiddata_geocoded:140'").first();
    assertThat(loan.<String>getAs("digital_category")).isEqualTo("e_government");
    assertThat(loan.<String>getAs("classification_reason")).isEqualTo("title says 'e-government'");
    assertThat(loan.<Boolean>getAs("is_ict")).isTrue();
    assertThat(deployments("loan_id = 'aiddata_geocoded:140'"))
        .containsExactly(
            "Huawei SEN 2005 e_government China Eximbank 100000000.00 aiddata_geocoded:140",
            "ZTE SEN 2005 e_government China Eximbank 100000000.00 aiddata_geocoded:140");
  }

  @Test
  void togosEGovernmentNetworkComesFromGcofAlone() {
    assertThat(deployments("loan_id = 'aiddata_gcof1:19626'"))
        .containsExactly(
            "Huawei TGO 2010 e_government China Eximbank 25000000.00 aiddata_gcof1:19626");
  }

  @Test
  void kenyaNowHasTheVendorsItsFinanceRecordsName() {
    assertThat(deployments("iso3 = 'KEN' and loan_id is not null"))
        .containsExactly(
            "Huawei KEN 2005 telecom_network China Eximbank 24000000.00 aiddata_gcof1:1065",
            "Nanjing LES Information Technology KEN 2012 safe_city_surveillance Unspecified Chinese"
                + " Government Institution 100556489.00 aiddata_geocoded:30364",
            "ZTE KEN 2006 e_government China Eximbank 42000000.00 aiddata_geocoded:811");
    Row kenya = run.output("country_year").where("iso3 = 'KEN' and year = 2014").first();
    assertThat(kenya.<Long>getAs("financed_deployments_cumulative")).isEqualTo(3);
    assertThat(kenya.<Long>getAs("financed_deployments_cumulative_e_government")).isEqualTo(1);
  }

  @Test
  void aRecordWithoutAgenciesNamesItsVendorInItsTitle() {
    // Boston University: "Telecom Transformation and Expansion 7 Circles - Huawei" (Ethiopia);
    // not "Congo China Telecom", a ZTE joint venture whose name holds another vendor's.
    Dataset<Row> bu = run.output("deployments").where("source = 'bu_loans_africa_scraped'");
    assertThat(bu.count()).isEqualTo(7);
    assertThat(bu.where("vendor = 'Huawei'").count()).isEqualTo(2);
    assertThat(bu.where("vendor = 'ZTE'").count())
        .isEqualTo(4); // one the take-over of Zamtel's loans
    assertThat(bu.where("vendor = 'StarTimes'").count()).isEqualTo(1);
  }

  @Test
  void aVendorOnANonDigitalRecordIsNoDeployment() {
    // Huawei's solar lighting donation to Cameroon (#30188) names Huawei; it is not digital.
    Row solar = run.output("loans").where("source_record_id = '30188'").first();
    assertThat(solar.<String>getAs("digital_category")).isNull();
    assertThat(solar.<String>getAs("implementing_agencies")).contains("Huawei");
    assertThat(run.output("deployments").where("loan_id like '%:30188'").count()).isZero();
  }

  @Test
  void eachCountryAndYearCountsTheLoansOfOneSourceFamilyOnly() {
    Dataset<Row> loans = run.output("loans");
    Dataset<Row> panel = run.output("country_year").where("loan_source is not null");
    Dataset<Row> counted =
        panel
            .select(
                col("iso3"), col("year"), expr("explode(split(loan_source, '; '))").as("source"))
            .join(
                loans.withColumnRenamed("commitment_year", "year"),
                new String[] {"iso3", "year", "source"})
            .groupBy("iso3", "year")
            .agg(sum("amount_usd").as("counted"));
    Dataset<Row> differing =
        panel
            .join(counted, new String[] {"iso3", "year"}, "left")
            .where("coalesce(counted, 0) <> loans_usd");
    assertThat(differing.count()).isZero();
    assertThat(
            panel.where("loan_source like '%bu_loans%' and loan_source like '%aiddata%'").count())
        .isZero();
    assertThat(sourceOf("SEN", 2005)).isEqualTo("aiddata_geocoded; aiddata_gcof1");
    // After AidData's last year, Africa's loans come from the Boston University data.
    assertThat(sourceOf("KEN", 2016)).isEqualTo("bu_loans_africa_scraped");
    assertThat(sourceOf("KEN", 2010)).isEqualTo("aiddata_geocoded; aiddata_gcof1");
  }

  private static String sourceOf(String iso3, int year) {
    return run.output("country_year")
        .where("iso3 = '" + iso3 + "' and year = " + year)
        .first()
        .getAs("loan_source");
  }

  /**
   * A check the labels cannot give: the Boston University data's own sector, read from its
   * curators, against the classifier reading only its project names.
   */
  @Test
  void theClassifierAgreesWithTheBostonUniversitySectors() {
    Dataset<Row> bu = run.output("loans").where("source = 'bu_loans_africa_scraped'");
    assertThat(bu.where("sector = 'ict'").count()).isEqualTo(148);
    assertThat(bu.where("sector = 'ict' and is_ict").count()).isGreaterThanOrEqualTo(133);
    // Air traffic and city traffic management, CCTV, a security information system.
    assertThat(bu.where("sector <> 'ict' and is_ict").count()).isLessThanOrEqualTo(4);
  }
}
