package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.not;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.dsr.analytics.config.Severity;

/**
 * A field rule broken by a value outside an inclusive range. The bounds give the predicate, the
 * message ("is outside [0, 1]") and the description, so that a range is written once.
 */
public final class RangeRule extends FieldRule {
  private final Number min;
  private final Number max;
  private final String range;

  private RangeRule(
      String name, Severity severity, String description, Number min, Number max, String range) {
    super(
        name,
        severity,
        description.formatted(range),
        v -> not(v.between(min, max)),
        "is outside " + range);
    this.min = min;
    this.max = max;
    this.range = range;
  }

  /**
   * A range of decimal values, written {@code [min, max]}.
   *
   * @param description what the rule checks, with {@code %s} where the range goes
   */
  static RangeRule interval(
      String name, Severity severity, String description, double min, double max) {
    String range = "[" + plain(min) + ", " + plain(max) + "]";
    return new RangeRule(name, severity, description, min, max, range);
  }

  /** A range of years, written {@code min..max}; the description as for {@link #interval}. */
  static RangeRule years(String name, Severity severity, String description, int min, int max) {
    return new RangeRule(name, severity, description, min, max, min + ".." + max);
  }

  /** True where {@code value} is within the range, null where it is null. */
  public Column contains(Column value) {
    return value.between(min, max);
  }

  /** Whether a value known before any row is read (a config's year, say) is within the range. */
  public boolean includes(double value) {
    return value >= min.doubleValue() && value <= max.doubleValue();
  }

  /** The range as its messages write it: {@code [0, 1]} or {@code 1945..2100}. */
  public String range() {
    return range;
  }

  /** 0.0 as 0 and 0.25 as 0.25, as a reader of the message would write them. */
  private static String plain(double bound) {
    return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }
}
