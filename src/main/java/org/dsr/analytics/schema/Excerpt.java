package org.dsr.analytics.schema;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * How an output shows a value too long to hold whole (a broken export can put megabytes in one
 * field): its start, then a marker with the full length, so that a reader sees what it was and how
 * long, and no output row grows with the input.
 */
public final class Excerpt {
  /** The characters of a long value that an output keeps. */
  public static final int KEPT = 200;

  private Excerpt() {}

  /** The value itself up to {@value #KEPT} characters, else its start and its length. */
  public static String of(String value) {
    if (value == null || value.length() <= KEPT) {
      return value;
    }
    return value.substring(0, KEPT) + "... [truncated: " + value.length() + " characters]";
  }

  /** As {@link #of(String)}, for a text column. */
  public static Column of(Column value) {
    return when(
            length(value).gt(KEPT),
            concat(
                substring(value, 1, KEPT),
                lit("... [truncated: "),
                length(value),
                lit(" characters]")))
        .otherwise(value);
  }
}
