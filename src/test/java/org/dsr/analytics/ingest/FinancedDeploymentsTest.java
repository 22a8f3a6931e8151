package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dsr.analytics.testing.Canonical.loan;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.Canonical;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class FinancedDeploymentsTest extends SparkTestBase {
  @Test
  void eachChineseVendorADigitalRecordNamesIsOneDeploymentCarryingTheMoney() {
    Dataset<Row> loans =
        Canonical.loans(
                spark,
                loan("aiddata", "140", "SEN", 2005, true, "100000000.00", null),
                loan("aiddata", "30188", "CMR", 2011, false, "2000000.00", null))
            .withColumn(
                "implementing_agencies",
                lit(
                    "Zhongxing Technologies (ZTE), State-Owned Company; Huawei Technologies Co.,"
                        + " Ltd., Private Sector; Senegal Informatics Agency, Government Agency"));
    List<Row> rows = FinancedDeployments.from(loans).orderBy("vendor").collectAsList();
    assertThat(rows)
        .extracting(
            r ->
                r.getAs("vendor")
                    + " "
                    + r.getAs("iso3")
                    + " "
                    + r.getAs("year")
                    + " "
                    + r.getAs("category")
                    + " "
                    + r.getAs("loan_id")
                    + " "
                    + r.getAs("lender")
                    + " "
                    + r.getAs("loan_amount_usd"))
        .containsExactly(
            "Huawei SEN 2005 telecom_network aiddata:140 China Eximbank 100000000.00",
            "ZTE SEN 2005 telecom_network aiddata:140 China Eximbank 100000000.00");
    // The non-digital record (no digital_category) names the same vendors and yields nothing.
    assertThat(rows.get(0).schema().fieldNames())
        .containsExactly(Datasets.DEPLOYMENTS.schema().fieldNames());
    assertThat(rows.get(0).<String>getAs("deployment_id")).startsWith("aiddata:").hasSize(24);
    assertThat(rows.get(0).<String>getAs("deployment_id"))
        .isNotEqualTo(rows.get(1).<String>getAs("deployment_id"));
  }

  @Test
  void aRecordWithoutAgenciesYieldsNoDeployment() {
    Dataset<Row> loans =
        Canonical.loans(spark, loan("bu", "7", "KEN", 2015, true, "5.00", null))
            .withColumn("implementing_agencies", when(lit(false), lit("")));
    assertThat(FinancedDeployments.from(loans).count()).isZero();
  }
}
