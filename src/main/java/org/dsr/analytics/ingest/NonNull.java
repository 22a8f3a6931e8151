package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Arrays of the non-null values among candidate columns, built only from expressions Spark compiles
 * to Java. {@code array_compact} would do the same, but it is a higher-order {@code filter}, which
 * Spark evaluates row by row in interpreted mode together with every expression beneath it: the
 * whole parsing and checking of a row (docs/benchmarks.md, session 3).
 */
final class NonNull {
  private NonNull() {}

  /** The non-null candidates, in order; an empty array where all are null. */
  static Column array(Column... candidates) {
    return flatten(
        functions.array(Arrays.stream(candidates).map(NonNull::single).toArray(Column[]::new)));
  }

  /** A one-element array of the value, or an empty array of its type where it is null. */
  private static Column single(Column value) {
    return slice(functions.array(value), lit(1), value.isNotNull().cast("int"));
  }
}
