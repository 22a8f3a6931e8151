package org.dsr.analytics.schema;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output dataset: its name (the folder and file name under the output directory), what one row
 * means, its columns and the columns that order its rows deterministically.
 */
public record DatasetSpec(
    String name, String rowMeaning, List<ColumnSpec> columns, List<String> sortColumns) {

  public DatasetSpec {
    columns = List.copyOf(columns);
    sortColumns = List.copyOf(sortColumns);
  }

  public StructType schema() {
    return new StructType(columns.stream().map(ColumnSpec::field).toArray(StructField[]::new));
  }

  /** Selects the spec's columns, in its order, with its types and descriptions. */
  public Column[] selection() {
    return columns.stream().map(ColumnSpec::select).toArray(Column[]::new);
  }
}
