package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Turns raw text fields into typed values with Spark's built-in functions, strictly: a value is
 * either read exactly or reported with the rule it breaks, never guessed.
 */
public final class Parse {
  /** Money: nominal US dollars, to the cent. */
  public static final DataType MONEY = org.dsr.analytics.schema.Datasets.MONEY;

  public static final int MIN_YEAR = 1945;
  public static final int MAX_YEAR = 2100;

  /** Compared as whole values, not by a regular expression: this runs on every field of a row. */
  private static final Object[] MISSING_MARKS = {"", "..", "N/A", "n/a", "-"};

  private static final String PLAIN_NUMBER =
      "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";
  private static final String THOUSANDS = "^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$";

  /** A number with an optional $ before it and K, M or B after it: 90, $90M, $1,000M, $.5M. */
  private static final String MONEY_TEXT = "^\\$?\\s*([-+]?[0-9.,]+)\\s*([KMB]?)$";

  private static final String YEAR = "^[0-9]{4}$";

  private Parse() {}

  /**
   * A parsed field: its typed value (null when missing or invalid) and the issue it raises (null
   * when none).
   */
  public record Field(Column value, Column issue) {
    /** A field the layout does not have: always null, never an issue. */
    public static Field absent(DataType type) {
      return new Field(lit(null).cast(type), lit(null));
    }
  }

  /** Trimmed text; null where the field is empty or holds a missing-value mark (.., N/A, -). */
  public static Column text(Column raw) {
    Column t = trim(raw);
    return when(t.isin(MISSING_MARKS), lit(null).cast("string")).otherwise(t);
  }

  /**
   * A number: plain decimal or scientific notation, or with comma thousands separators (1,234.5).
   * NaN, Infinity and the European 1.234,5 are unparsable. An empty field is null, no issue.
   */
  public static Field number(String field, Column raw, DataType type) {
    return number(lit(field), raw, type);
  }

  /** As {@link #number(String, Column, DataType)}, with the field's name from a column. */
  public static Field number(Column field, Column raw, DataType type) {
    Column t = text(raw);
    Column cleaned = when(t.rlike(THOUSANDS), regexp_replace(t, ",", "")).otherwise(t);
    // try_cast: a number too large for the type is null here, and reported below.
    Column value = when(cleaned.rlike(PLAIN_NUMBER), cleaned.try_cast(type));
    Column issue =
        Issues.when(
            t.isNotNull().and(value.isNull()),
            Rules.UNPARSABLE_NUMBER,
            Issues.fieldMessage(field, raw, "is not a number"));
    return new Field(value, issue);
  }

  /**
   * A money amount in US dollars, as a number or as text such as {@code $90M}, {@code $1.2B},
   * {@code $500K}, {@code $1,000M}; exact (decimal), never through floating point. A negative
   * amount is an issue.
   *
   * @param unitMultiplier what one unit of a plain number is worth (1 for dollars, 1e6 for "USD M")
   */
  public static Field money(String field, Column raw, long unitMultiplier) {
    Column t = upper(text(raw));
    Column isText = t.rlike(MONEY_TEXT);
    Column number = regexp_extract(t, MONEY_TEXT, 1);
    Column plain = when(number.rlike(THOUSANDS), regexp_replace(number, ",", "")).otherwise(number);
    Column suffix = regexp_extract(t, MONEY_TEXT, 2);
    Column multiplier =
        when(suffix.equalTo("K"), lit(1_000L))
            .when(suffix.equalTo("M"), lit(1_000_000L))
            .when(suffix.equalTo("B"), lit(1_000_000_000L))
            .otherwise(lit(unitMultiplier));
    // Up to 10^20 units before the multiplier, so that the product fits Spark's 38 digits.
    DecimalType wide = DataTypes.createDecimalType(24, 4);
    Column value =
        when(
            isText.and(plain.rlike(PLAIN_NUMBER)),
            plain.try_cast(wide).multiply(multiplier).try_cast(MONEY));
    Column unparsable =
        Issues.when(
            t.isNotNull().and(value.isNull()),
            Rules.UNPARSABLE_NUMBER,
            Issues.fieldMessage(field, raw, "is not an amount"));
    Column negative =
        Issues.when(
            value.lt(lit(0)),
            Rules.NEGATIVE_AMOUNT,
            Issues.fieldMessage(field, raw, "is negative"));
    return new Field(value, org.apache.spark.sql.functions.coalesce(unparsable, negative));
  }

  /** A whole number (no decimals, no separators); an empty field is null, no issue. */
  public static Field integer(String field, Column raw) {
    Column t = text(raw);
    Column valid = t.rlike("^[+-]?[0-9]{1,9}$");
    return new Field(
        when(valid, t.try_cast(DataTypes.IntegerType)),
        Issues.when(
            t.isNotNull().and(not(valid)),
            Rules.UNPARSABLE_NUMBER,
            Issues.fieldMessage(field, raw, "is not a whole number")));
  }

  /** A four-digit year within {@value #MIN_YEAR}..{@value #MAX_YEAR}; empty is a missing value. */
  public static Field year(String field, Column raw) {
    Column t = text(raw);
    Column parsed = when(t.rlike(YEAR), t.try_cast(DataTypes.IntegerType));
    Column inRange = parsed.between(MIN_YEAR, MAX_YEAR);
    Column issue =
        when(t.isNull(), Issues.when(lit(true), Rules.MISSING_VALUE, missingMessage(field, raw)))
            .when(
                parsed.isNull(),
                Issues.when(
                    lit(true),
                    Rules.UNPARSABLE_NUMBER,
                    Issues.fieldMessage(field, raw, "is not a year")))
            .when(
                not(inRange),
                Issues.when(
                    lit(true),
                    Rules.YEAR_OUT_OF_RANGE,
                    Issues.fieldMessage(field, raw, "is outside " + MIN_YEAR + ".." + MAX_YEAR)));
    return new Field(when(inRange, parsed), issue);
  }

  /** An issue when a required field is empty or holds a missing-value mark. */
  public static Column required(String field, Column raw) {
    return Issues.when(text(raw).isNull(), Rules.MISSING_VALUE, missingMessage(field, raw));
  }

  /** "is empty", or the mark itself (N/A, ..) so that the message shows what the file says. */
  private static Column missingMessage(String field, Column raw) {
    return when(
            trim(raw).isin(MISSING_MARKS).and(trim(raw).notEqual("")),
            Issues.fieldMessage(field, raw, "marks a missing value"))
        .otherwise(lit("field '" + field + "' is empty"));
  }
}
