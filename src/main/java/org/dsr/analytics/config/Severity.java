package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.dsr.analytics.schema.Ids;

/** What a broken data rule does to its row; job configs may change a rule's default. */
public enum Severity {
  /** Keep the row and count it. */
  WARN,
  /** Leave the row out by design (an aggregate, a record the publisher marks as not for totals). */
  EXCLUDE,
  /** Move the row to the rejects dataset, with its reason. */
  DROP,
  /** Stop the run. */
  FAIL;

  /** The severity's name in job configs and the data dictionary. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Severity fromLabel(String label) {
    return Ids.byId(values(), Severity::label, "severity", label);
  }
}
