package org.dsr.analytics.schema;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;

/**
 * One documented column of an output dataset.
 *
 * @param name snake_case column name, the one name of this concept everywhere
 * @param type Spark type, written as is to Parquet
 * @param unit unit of measure, or "" where none applies
 * @param description meaning, shown in the data dictionary and stored in Parquet metadata
 */
public record ColumnSpec(String name, DataType type, String unit, String description) {
  /** Key of the column description in Spark field metadata, the key Spark uses for comments. */
  public static final String COMMENT_KEY = "comment";

  StructField field() {
    return new StructField(name, type, true, metadata());
  }

  /** The column of this name, cast to this type and carrying this description. */
  public Column select() {
    return functions.col(name).cast(type).as(name, metadata());
  }

  private Metadata metadata() {
    String comment = unit.isEmpty() ? description : description + " [" + unit + "]";
    return new MetadataBuilder().putString(COMMENT_KEY, comment).build();
  }
}
