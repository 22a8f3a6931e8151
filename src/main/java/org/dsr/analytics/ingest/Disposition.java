package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.Severity;

/**
 * Decides what happens to each checked row from the rules it breaks and their severities. In order:
 * a fail rule fails the run; a malformed record or one with a field too long is rejected (its
 * fields cannot be trusted to decide anything else); a row out of scope by design (an exclude rule:
 * an aggregate, a record the publisher marks as not for totals) is excluded, whatever else is wrong
 * with it; a row that breaks a drop rule is rejected; the rest are accepted. The first issue of the
 * deciding kind names the rule. Warnings are kept alongside for counting.
 */
public final class Disposition {
  public static final String OUTCOME = "outcome";
  public static final String RULE = "rule";
  public static final String MESSAGE = "message";
  public static final String WARNINGS = "warnings";

  public static final String ACCEPTED = "accepted";
  public static final String EXCLUDED = "excluded";
  public static final String REJECTED = "rejected";
  public static final String FAILED = "failed";

  private final Map<String, Severity> severities;

  /**
   * @param overrides rule name to severity, from the job config; replaces the rules' defaults
   * @throws IllegalArgumentException naming an unknown rule
   */
  public Disposition(Map<String, Severity> overrides) {
    Map<String, Severity> all = new HashMap<>();
    for (Rule r : Rules.all()) {
      all.put(r.name(), r.severity());
    }
    for (Map.Entry<String, Severity> e : overrides.entrySet()) {
      if (!all.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown rule '"
                + e.getKey()
                + "'; expected one of "
                + Rules.all().stream().map(Rule::name).toList());
      }
      all.put(e.getKey(), e.getValue());
    }
    this.severities = Map.copyOf(all);
  }

  public static Disposition defaults() {
    return new Disposition(Map.of());
  }

  /** True where the row has an issue that keeps it out of the outputs. */
  public Column blocked(Column issues) {
    return exists(issues, i -> ruleIn(i, Severity.EXCLUDE, Severity.DROP, Severity.FAIL));
  }

  /**
   * Adds outcome, rule, message and warnings from the {@link Issues#COLUMN} column, and drops it.
   */
  public Dataset<Row> apply(Dataset<Row> checked) {
    Column issues = col(Issues.COLUMN);
    Column failed = filter(issues, i -> ruleIn(i, Severity.FAIL));
    Column dropped = filter(issues, i -> ruleIn(i, Severity.DROP));
    Column excluded = filter(issues, i -> ruleIn(i, Severity.EXCLUDE));
    Column warned = filter(issues, i -> ruleIn(i, Severity.WARN));
    // A record the reader could not take whole: no other rule can be decided on its fields.
    Column malformed =
        filter(
            issues,
            i ->
                i.getField("rule")
                    .isin(Rules.MALFORMED_RECORD.name(), Rules.FIELD_TOO_LONG.name()));
    Column outcome =
        when(size(failed).gt(0), lit(FAILED))
            .when(size(malformed).gt(0), lit(REJECTED))
            .when(size(excluded).gt(0), lit(EXCLUDED))
            .when(size(dropped).gt(0), lit(REJECTED))
            .otherwise(lit(ACCEPTED));
    Column deciding =
        when(size(failed).gt(0), failed)
            .when(size(malformed).gt(0), malformed)
            .when(size(excluded).gt(0), excluded)
            .otherwise(dropped);
    return checked
        .withColumn(OUTCOME, outcome)
        .withColumn(RULE, get(deciding, lit(0)).getField("rule"))
        .withColumn(MESSAGE, get(deciding, lit(0)).getField("message"))
        .withColumn(WARNINGS, transform(warned, i -> i.getField("rule")))
        .drop(Issues.COLUMN);
  }

  private Column ruleIn(Column issue, Severity... wanted) {
    List<Object> names = new ArrayList<>();
    for (Map.Entry<String, Severity> e : severities.entrySet()) {
      for (Severity s : wanted) {
        if (e.getValue() == s) {
          names.add(e.getKey());
        }
      }
    }
    names.sort(null);
    return names.isEmpty() ? lit(false) : issue.getField("rule").isin(names.toArray());
  }
}
