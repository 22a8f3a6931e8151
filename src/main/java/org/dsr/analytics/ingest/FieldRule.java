package org.dsr.analytics.ingest;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.dsr.analytics.config.Severity;

/**
 * A rule checked on the parsed value of one field: it knows which values break it and what its
 * message says about them, so that a reader only names the field it applies to.
 */
public class FieldRule extends Rule {
  private final UnaryOperator<Column> breaks;
  private final String what;

  /**
   * @param breaks true where a parsed value breaks the rule (null, like false, raises nothing)
   * @param what the end of the message after the field and its raw value, e.g. "is negative"
   */
  FieldRule(
      String name,
      Severity severity,
      String description,
      UnaryOperator<Column> breaks,
      String what) {
    super(name, severity, description);
    this.breaks = breaks;
    this.what = what;
  }

  /**
   * The issue where {@code value}, parsed from {@code raw}, breaks the rule: {@code field 'X' value
   * 'v' <what>}.
   */
  public Column check(String field, Column raw, Column value) {
    return where(breaks.apply(value), Issues.fieldMessage(field, raw, what));
  }
}
