package org.dsr.analytics.config;

import java.util.Locale;

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

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromLabel(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + label + "'; expected warn, exclude, drop or fail");
  }
}
