package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
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

  /** Compared as whole values, not by a regular expression: this runs on every field of a row. */
  private static final Object[] MISSING_MARKS = {"", "..", "N/A", "n/a", "-"};

  private static final String PLAIN_NUMBER =
      "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";
  private static final String THOUSANDS = "^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$";

  /** A number with an optional $ before it and K, M or B after it: 90, $90M, $1,000M, $.5M. */
  private static final String MONEY_TEXT = "^\\$?\\s*([-+]?[0-9.,]+)\\s*([KMB]?)$";

  /** A money amount with no sign, separators, $ or suffix: most amounts, decided by one regex. */
  private static final String PLAIN_AMOUNT = "^[0-9]+\\.?[0-9]*$";

  private static final String YEAR = "^[0-9]{4}$";
  private static final String WHOLE_FLOAT_YEAR = "^([0-9]{4})\\.0+$";
  private static final String FRACTIONAL_YEAR = "^[0-9]{4}\\.[0-9]*[1-9][0-9]*$";

  /** Yes/no as the AidData releases spell it, compared lower-cased. */
  private static final Object[] TRUE_MARKS = {"true", "1"};

  private static final Object[] FALSE_MARKS = {"false", "0"};

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
        Rules.UNPARSABLE_NUMBER.where(
            t.isNotNull().and(value.isNull()), Issues.fieldMessage(field, raw, "is not a number"));
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
    Column trimmed = text(raw);
    Column t = upper(trimmed);
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
                trimmed.rlike(PLAIN_AMOUNT),
                trimmed.try_cast(wide).multiply(lit(unitMultiplier)).try_cast(MONEY))
            .when(
                isText.and(plain.rlike(PLAIN_NUMBER)),
                plain.try_cast(wide).multiply(multiplier).try_cast(MONEY));
    Column unparsable =
        Rules.UNPARSABLE_NUMBER.where(
            trimmed.isNotNull().and(value.isNull()),
            Issues.fieldMessage(field, raw, "is not an amount"));
    Column negative = Rules.NEGATIVE_AMOUNT.check(field, raw, value);
    return new Field(value, org.apache.spark.sql.functions.coalesce(unparsable, negative));
  }

  /** A whole number (no decimals, no separators); an empty field is null, no issue. */
  public static Field integer(String field, Column raw) {
    Column t = text(raw);
    Column valid = t.rlike("^[+-]?[0-9]{1,9}$");
    return new Field(
        when(valid, t.try_cast(DataTypes.IntegerType)),
        Rules.UNPARSABLE_NUMBER.where(
            t.isNotNull().and(not(valid)),
            Issues.fieldMessage(field, raw, "is not a whole number")));
  }

  /**
   * A four-digit year within the range of {@link Rules#YEAR_OUT_OF_RANGE}, also written as a float
   * with a zero fraction ("2008.0"); empty is a missing value. A field breaks at most one of the
   * four rules: the first that applies.
   */
  public static Field year(String field, Column raw) {
    Column t = text(raw);
    // A spreadsheet's float-typed year ("2008.0") is the year; one with a fraction is not.
    Column whole = regexp_extract(t, WHOLE_FLOAT_YEAR, 1);
    Column digits = when(t.rlike(WHOLE_FLOAT_YEAR), whole).otherwise(t);
    // Nearly every year is four digits: decided by one regex, before the float forms are tried.
    Column fourDigits = t.rlike(YEAR);
    Column parsed =
        when(fourDigits, t.try_cast(DataTypes.IntegerType))
            .when(digits.rlike(YEAR), digits.try_cast(DataTypes.IntegerType));
    Column issue =
        when(t.isNull(), Rules.MISSING_VALUE.issue(missingMessage(field, raw)))
            .when(fourDigits, Rules.YEAR_OUT_OF_RANGE.check(field, raw, parsed))
            .when(
                t.rlike(FRACTIONAL_YEAR),
                Rules.FRACTIONAL_YEAR.issue(
                    Issues.fieldMessage(field, raw, "is a year with a fraction")))
            .when(
                parsed.isNull(),
                Rules.UNPARSABLE_NUMBER.issue(Issues.fieldMessage(field, raw, "is not a year")))
            .otherwise(Rules.YEAR_OUT_OF_RANGE.check(field, raw, parsed));
    return new Field(when(Rules.YEAR_OUT_OF_RANGE.contains(parsed), parsed), issue);
  }

  /**
   * A yes/no flag: True, TRUE, 1 or False, FALSE, 0; anything else breaks rule unparsable_flag, an
   * empty field is a missing value.
   */
  public static Field flag(String field, Column raw) {
    Column t = lower(text(raw));
    Column value = when(t.isin(TRUE_MARKS), lit(true)).when(t.isin(FALSE_MARKS), lit(false));
    Column issue =
        when(t.isNull(), Rules.MISSING_VALUE.issue(missingMessage(field, raw)))
            .when(
                value.isNull(),
                Rules.UNPARSABLE_FLAG.issue(
                    Issues.fieldMessage(field, raw, "is not True, False, 1 or 0")));
    return new Field(value, issue);
  }

  /** An issue when a required field is empty or holds a missing-value mark. */
  public static Column required(String field, Column raw) {
    return Rules.MISSING_VALUE.where(text(raw).isNull(), missingMessage(field, raw));
  }

  /** "is empty", or the mark itself (N/A, ..) so that the message shows what the file says. */
  private static Column missingMessage(String field, Column raw) {
    return when(
            trim(raw).isin(MISSING_MARKS).and(trim(raw).notEqual("")),
            Issues.fieldMessage(field, raw, "marks a missing value"))
        .otherwise(lit("field '" + field + "' is empty"));
  }
}
