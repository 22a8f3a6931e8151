package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.dsr.analytics.config.Severity;

/**
 * A named data rule, declared in {@link Rules}. A rule applied by a mechanism (the CSV reader,
 * harmonisation, the key check) raises its issue through {@link #where}; a rule checked on one
 * field's value is a {@link FieldRule} and knows its predicate and message too.
 */
public class Rule {
  private final String name;
  private final Severity severity;
  private final String description;

  /**
   * @param name snake_case name, written to rejects and reconciliation and used in job configs
   * @param severity what breaking it does by default; job configs may change it
   * @param description what the rule checks
   */
  Rule(String name, Severity severity, String description) {
    this.name = name;
    this.severity = severity;
    this.description = description;
  }

  public String name() {
    return name;
  }

  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  /** An issue of this rule where {@code condition} is true, else null. */
  public Column where(Column condition, Column message) {
    return Issues.when(condition, this, message);
  }

  /** As {@link #where(Column, Column)}, with a fixed message. */
  public Column where(Column condition, String message) {
    return where(condition, lit(message));
  }

  /** An issue of this rule on every row: a branch of a choice between rules. */
  public Column issue(Column message) {
    return where(lit(true), message);
  }

  @Override
  public String toString() {
    return name;
  }
}
