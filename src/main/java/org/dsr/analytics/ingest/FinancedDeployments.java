package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.SourceHashIds;

/**
 * Deployments read from finance records: a digital finance record that names a Chinese vendor of
 * {@link Vendors} ({@link Vendors#ofFinanceRecord}: among its implementing agencies, or in the
 * title of a record without agencies) ("Export-Import Bank of China" lends, "Huawei Technologies"
 * builds) is a deployment of that vendor in the recipient country, in the commitment year and the
 * record's digital category, carrying the record's loan_id, lender and amount. A record that is not
 * digital (Huawei's solar lamps) is no deployment. Derived from accepted loans only, after each
 * project has been counted once across releases, so a project yields its deployments once.
 */
final class FinancedDeployments {
  private FinancedDeployments() {}

  /** Deployments rows, in the deployments dataset's columns, from canonical loans rows. */
  static Dataset<Row> from(Dataset<Row> loans) {
    Dataset<Row> named =
        loans
            .where(col(Columns.DIGITAL_CATEGORY).isNotNull())
            .withColumn(
                Columns.VENDOR,
                explode(
                    Vendors.ofFinanceRecord(
                        col(Columns.IMPLEMENTING_AGENCIES), col(Columns.PROJECT))));
    return named
        .select(
            SourceHashIds.of(col(Columns.SOURCE), col(Columns.LOAN_ID), col(Columns.VENDOR))
                .as(Columns.DEPLOYMENT_ID),
            col(Columns.VENDOR),
            col(Columns.ISO3),
            col(Columns.COMMITMENT_YEAR).as(Columns.YEAR),
            col(Columns.DIGITAL_CATEGORY).as(Columns.CATEGORY),
            col(Columns.PROJECT),
            lit(null).cast(Datasets.MONEY).as(Columns.VALUE_USD),
            lit(null).cast(DataTypes.StringType).as(Columns.SOURCE_URL),
            col(Columns.LOAN_ID),
            col(Columns.LENDER),
            col(Columns.AMOUNT_USD).as(Columns.LOAN_AMOUNT_USD),
            col(Columns.SOURCE),
            col(Columns.SOURCE_FILE),
            col(Columns.LINE_NUMBER))
        .select(Datasets.DEPLOYMENTS.selection());
  }
}
