package org.dsr.analytics.reference;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Columns;

/** The country reference as a small Spark table, for joins in the metrics. */
public final class CountryTable {
  public static final String UN_MEMBER = "un_member";

  private CountryTable() {}

  /** iso3, region, sub_region, income_group, un_member; "" where the reference has no value. */
  public static Dataset<Row> of(SparkSession spark, CountryReference reference) {
    StructType schema =
        new StructType()
            .add(Columns.ISO3, DataTypes.StringType)
            .add(Columns.REGION, DataTypes.StringType)
            .add(Columns.SUB_REGION, DataTypes.StringType)
            .add(Columns.INCOME_GROUP, DataTypes.StringType)
            .add(UN_MEMBER, DataTypes.BooleanType);
    List<Row> rows = new ArrayList<>();
    for (Country c : reference.countries()) {
      rows.add(
          RowFactory.create(c.iso3(), c.region(), c.subRegion(), c.incomeGroup(), c.unMember()));
    }
    return spark.createDataFrame(rows, schema);
  }
}
