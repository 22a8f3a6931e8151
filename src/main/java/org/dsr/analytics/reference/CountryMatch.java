package org.dsr.analytics.reference;

import java.util.List;

/**
 * The outcome of resolving one raw country name or code.
 *
 * @param iso3 the resolved ISO3 code, or null when excluded, conflicting or unmatched
 * @param method how it was resolved
 * @param suggestions up to three closest reference names, for unmatched names only
 * @param note why, in words, where the method alone does not say it
 */
public record CountryMatch(String iso3, MatchMethod method, List<String> suggestions, String note) {

  public CountryMatch {
    suggestions = List.copyOf(suggestions);
  }

  static CountryMatch of(String iso3, MatchMethod method) {
    return new CountryMatch(iso3, method, List.of(), null);
  }

  CountryMatch withNote(String newNote) {
    return new CountryMatch(iso3, method, suggestions, newNote);
  }

  /** True when the row is deliberately left out of country data (an aggregate or an override). */
  public boolean excluded() {
    return iso3 == null && (method == MatchMethod.AGGREGATE || method == MatchMethod.OVERRIDE);
  }
}
