package org.dsr.analytics.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * User-maintained decisions for names the reference does not know: a CSV file with the header
 * {@code raw_name,iso3}, where iso3 is a reference code or the word {@code exclude}. A raw_name may
 * also be a source's country code that the reference does not know (such as a geoBoundaries
 * disputed-area id). Lines starting with '#' are comments.
 */
public final class CountryOverrides implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String EXCLUDE = "exclude";
  private static final CountryOverrides NONE = new CountryOverrides(Map.of());

  /** An override's target: an ISO3 code, or null for an excluded name. */
  private record Decision(String iso3) implements Serializable {}

  /** Normalised name to decision (held without Optional, which cannot be serialised to tasks). */
  private final Map<String, Decision> decisions = new HashMap<>();

  private CountryOverrides(Map<String, Optional<String>> decisions) {
    decisions.forEach((name, iso3) -> this.decisions.put(name, new Decision(iso3.orElse(null))));
  }

  public static CountryOverrides none() {
    return NONE;
  }

  /**
   * Parses an overrides file, checking every code against the reference.
   *
   * @param file the file's name, used in error messages
   * @throws IllegalArgumentException naming the file, line and value of the first bad row
   */
  public static CountryOverrides parse(Reader reader, String file, CountryReference reference)
      throws IOException {
    Map<String, Optional<String>> decisions = new HashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setCommentMarker('#')
            .get();
    for (CSVRecord r : format.parse(reader)) {
      String where = file + " line " + r.getParser().getCurrentLineNumber();
      if (!r.isConsistent() || !r.isMapped("raw_name") || !r.isMapped("iso3")) {
        throw new IllegalArgumentException(
            where
                + ": expected the columns raw_name,iso3, found "
                + r.getParser().getHeaderNames());
      }
      String key = CountryNames.normalise(r.get("raw_name"));
      String target = r.get("iso3");
      if (key.isEmpty()) {
        throw new IllegalArgumentException(where + ": field raw_name is empty");
      }
      Optional<String> decision;
      if (target.toLowerCase(Locale.ROOT).equals(EXCLUDE)) {
        decision = Optional.empty();
      } else if (reference.byIso3(target).isPresent()) {
        decision = Optional.of(target);
      } else {
        throw new IllegalArgumentException(
            where
                + ": field iso3 '"
                + target
                + "' is neither a code in the country reference nor '"
                + EXCLUDE
                + "'");
      }
      Optional<String> previous = decisions.putIfAbsent(key, decision);
      if (previous != null && !previous.equals(decision)) {
        throw new IllegalArgumentException(
            where + ": raw_name '" + r.get("raw_name") + "' is overridden twice, differently");
      }
    }
    return new CountryOverrides(decisions);
  }

  /**
   * The decision for a normalised name: empty when there is none, an empty inner Optional when the
   * name is excluded.
   */
  Optional<Optional<String>> decisionFor(String normalisedName) {
    return Optional.ofNullable(decisions.get(normalisedName))
        .map(d -> Optional.ofNullable(d.iso3()));
  }
}
