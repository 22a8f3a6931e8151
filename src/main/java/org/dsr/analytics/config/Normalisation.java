package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.dsr.analytics.schema.Ids;

/** How a dependence component is scored within its year (docs/methodology.md, section 2). */
public enum Normalisation {
  /** The country's percent rank among those with the component. */
  PERCENTILE,
  /** The component rescaled so the year's lowest is 0 and its highest 1. */
  MIN_MAX;

  /** The normalisation's name in job configs and in the sensitivity's variant names. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Normalisation fromId(String id) {
    return Ids.byId(values(), Normalisation::id, "normalisation", id);
  }
}
