package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.SourceHashIds;

/**
 * What the deployment readers share. A row may name several Chinese vendors (a cable's owners): it
 * carries them in {@link #VENDORS} and becomes one deployment per vendor once accepted.
 */
final class DeploymentRows {
  static final String VENDORS = "_vendors";

  /**
   * What tells two records of one source apart beyond their content columns (the month of a CGIT
   * deal); null where the content is all there is.
   */
  static final String RECORD_KEY = "_record_key";

  private DeploymentRows() {}

  static Dataset<Row> select(
      Dataset<Row> checked,
      Column vendors,
      Column year,
      Column category,
      Column project,
      Column valueUsd,
      Column sourceUrl,
      Column recordKey) {
    return checked.select(
        recordKey.cast("string").as(RECORD_KEY),
        col(Columns.ISO3),
        vendors.as(VENDORS),
        year.as(Columns.YEAR),
        category.as(Columns.CATEGORY),
        project.as(Columns.PROJECT),
        valueUsd.as(Columns.VALUE_USD),
        sourceUrl.as(Columns.SOURCE_URL),
        lit(null).cast(DataTypes.StringType).as(Columns.LOAN_ID),
        lit(null).cast(DataTypes.StringType).as(Columns.LENDER),
        lit(null).cast(Datasets.MONEY).as(Columns.LOAN_AMOUNT_USD),
        col(Columns.SOURCE),
        col(Columns.SOURCE_FILE),
        col(Columns.LINE_NUMBER),
        col(CheckedSource.RAW_FIELDS),
        col(CheckedSource.RAW_COUNTRY),
        col(Issues.COLUMN));
  }

  /**
   * One row per vendor of each accepted row, with a deployment_id derived from what the deployment
   * is (source, country, vendor, project, year, category), so that it is stable across reruns and
   * file moves. Rows with the same content were rejected as duplicates before this.
   */
  static Dataset<Row> perVendor(Dataset<Row> accepted) {
    Dataset<Row> exploded = accepted.withColumn(Columns.VENDOR, explode(col(VENDORS)));
    Column id =
        SourceHashIds.of(
            col(Columns.SOURCE),
            col(Columns.SOURCE),
            col(Columns.ISO3),
            col(Columns.VENDOR),
            col(Columns.PROJECT),
            col(Columns.YEAR).cast("string"),
            col(Columns.CATEGORY),
            col(RECORD_KEY));
    return exploded.withColumn(Columns.DEPLOYMENT_ID, id);
  }
}
