package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The rules a row breaks, kept in an array column of (rule, message) structs while a reader checks
 * the row, so that every broken rule is counted and the first decides what happens to the row.
 */
public final class Issues {
  /** The working column that holds a row's issues until {@link Disposition} reads it. */
  public static final String COLUMN = "_issues";

  private Issues() {}

  /** An issue for {@code rule} where {@code condition} is true, else null. */
  public static Column when(Column condition, Rule rule, Column message) {
    return functions.when(
        condition, struct(lit(rule.name()).as("rule"), message.cast("string").as("message")));
  }

  /** Adds the non-null issues among {@code candidates} to the row's issues. */
  public static Dataset<Row> add(Dataset<Row> rows, Column... candidates) {
    return append(rows, NonNull.array(candidates));
  }

  private static Dataset<Row> append(Dataset<Row> rows, Column found) {
    boolean hasIssues = java.util.Arrays.asList(rows.columns()).contains(COLUMN);
    return rows.withColumn(COLUMN, hasIssues ? concat(functions.col(COLUMN), found) : found);
  }

  /** Adds an array of issues (nulls among them skipped) to the row's issues. */
  public static Dataset<Row> addArray(Dataset<Row> rows, Column issues) {
    return append(rows, functions.filter(issues, Column::isNotNull));
  }

  /** A message naming a field and its raw value: {@code field 'X' value 'v' <what>}. */
  public static Column fieldMessage(String field, Column raw, String what) {
    return fieldMessage(lit(field), raw, what);
  }

  /** As {@link #fieldMessage(String, Column, String)}, with the field's name from a column. */
  public static Column fieldMessage(Column field, Column raw, String what) {
    return concat(
        lit("field '"),
        field,
        lit("' value '"),
        functions.coalesce(raw, lit("")),
        lit("' " + what));
  }
}
