package org.dsr.analytics.reference;

import java.util.Locale;

/** How a raw country name or code was resolved; written in lower case in reports. */
public enum MatchMethod {
  /** A valid country code in the source, consistent with its name where one is given. */
  CODE,
  /** The normalised name equals the reference name. */
  EXACT,
  /** The normalised name equals one of the reference aliases. */
  ALIAS,
  /** The user's overrides file decided: an ISO3 code, or excluded. */
  OVERRIDE,
  /** A regional, income or lending aggregate: excluded from country data. */
  AGGREGATE,
  /** The source's code and name name different countries: neither is trusted. */
  CODE_CONFLICT,
  /** The row has neither a country name nor a code: nothing to match. */
  MISSING,
  /** Nothing matched; the report suggests the closest reference names. */
  UNMATCHED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
