package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.reference.SourceCoverage;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The coverage dataset (docs/methodology.md, "Coverage"): for each loan and deployment source, the
 * countries and years where it would have recorded a loan or a deployment had there been one. A
 * country-year no source of a component covers has that component null, not zero.
 */
public final class Coverage {
  static final String FINANCE = SourceCoverage.Measure.FINANCE.label();
  static final String DEPLOYMENTS = SourceCoverage.Measure.DEPLOYMENTS.label();
  static final String RECORDS_BASIS =
      "records: the source has records for the country, outside its declared countries";

  private Coverage() {}

  /**
   * @param declared the declared coverage of the job's loan and deployment inputs
   * @param loans canonical loans
   * @param deployments canonical deployments (with the deployments that finance records name, under
   *     the loan source's name)
   * @return the coverage dataset: a source covers its declared countries, in its declared years
   *     (where a bound is not declared, its records' first or last year), and also every country it
   *     has a record for, in the same years
   */
  public static Dataset<Row> of(
      SparkSession spark,
      List<SourceCoverage.Declared> declared,
      Dataset<Row> loans,
      Dataset<Row> deployments) {
    List<Row> rows = new ArrayList<>();
    List<Row> periods = new ArrayList<>();
    for (SourceCoverage.Declared d : declared) {
      periods.add(RowFactory.create(d.source(), d.measures().label(), d.fromYear(), d.toYear()));
      for (String iso3 : d.iso3()) {
        rows.add(
            RowFactory.create(
                d.source(), d.measures().label(), iso3, d.fromYear(), d.toYear(), d.basis()));
      }
    }
    StructType schema = MetricDatasets.COVERAGE.schema();
    Dataset<Row> inScope = spark.createDataFrame(rows, schema);
    Dataset<Row> declaredPeriods =
        spark.createDataFrame(
            periods,
            new StructType()
                .add(Columns.SOURCE, DataTypes.StringType)
                .add(Columns.MEASURES, DataTypes.StringType)
                .add("_from", DataTypes.IntegerType)
                .add("_to", DataTypes.IntegerType));
    Dataset<Row> records =
        loans
            .select(
                col(Columns.SOURCE),
                lit(FINANCE).as(Columns.MEASURES),
                col(Columns.ISO3),
                col(Columns.COMMITMENT_YEAR).as(Columns.YEAR))
            .union(
                deployments.select(
                    col(Columns.SOURCE),
                    lit(DEPLOYMENTS).as(Columns.MEASURES),
                    col(Columns.ISO3),
                    col(Columns.YEAR)))
            .where(col(Columns.ISO3).isNotNull().and(col(Columns.YEAR).isNotNull()));
    String[] sourceKey = {Columns.SOURCE, Columns.MEASURES};
    String[] rowKey = {Columns.SOURCE, Columns.MEASURES, Columns.ISO3};
    Dataset<Row> outside =
        records
            .select(Columns.SOURCE, Columns.MEASURES, Columns.ISO3)
            .distinct()
            .join(inScope, rowKey, "left_anti")
            .join(declaredPeriods, sourceKey, "left")
            .select(
                col(Columns.SOURCE),
                col(Columns.MEASURES),
                col(Columns.ISO3),
                col("_from").as(Columns.FROM_YEAR),
                col("_to").as(Columns.TO_YEAR),
                lit(RECORDS_BASIS).as(Columns.COVERAGE_BASIS));
    Dataset<Row> recordYears =
        records
            .groupBy(Columns.SOURCE, Columns.MEASURES)
            .agg(min(Columns.YEAR).as("_first"), max(Columns.YEAR).as("_last"));
    return inScope
        .union(outside)
        .join(recordYears, sourceKey, "left")
        .select(
            col(Columns.SOURCE),
            col(Columns.MEASURES),
            col(Columns.ISO3),
            coalesce(col(Columns.FROM_YEAR), col("_first")).as(Columns.FROM_YEAR),
            coalesce(col(Columns.TO_YEAR), col("_last")).as(Columns.TO_YEAR),
            col(Columns.COVERAGE_BASIS))
        .where(col(Columns.FROM_YEAR).isNotNull().and(col(Columns.TO_YEAR).isNotNull()));
  }
}
