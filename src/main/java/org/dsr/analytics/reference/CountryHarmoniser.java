package org.dsr.analytics.reference;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.dsr.analytics.schema.CodeKind;
import org.dsr.analytics.schema.Excerpt;

/**
 * Resolves raw country names and codes from any source to ISO3 codes. Pure Java; serialisable, so
 * that Spark's tasks can carry it (see {@link CountryHarmonisation}).
 */
public final class CountryHarmoniser implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 3;

  /**
   * Above this many characters a normalised name is no misspelling of a country (the longest
   * reference name or alias has 67) and gets no suggestions.
   */
  static final int LONGEST_PLAUSIBLE_NAME = 200;

  private final CountryReference reference;
  private final CountryOverrides overrides;

  public CountryHarmoniser(CountryReference reference, CountryOverrides overrides) {
    this.reference = reference;
    this.overrides = overrides;
  }

  /** Resolves a name: override, then exact reference name, alias, aggregate, else unmatched. */
  public CountryMatch matchName(String rawName) {
    String key = CountryNames.normalise(rawName);
    if (key.isEmpty()) {
      return new CountryMatch(null, MatchMethod.MISSING, List.of(), "no country name");
    }
    Optional<Optional<String>> decision = overrides.decisionFor(key);
    if (decision.isPresent()) {
      return decision
          .get()
          .map(iso3 -> CountryMatch.of(iso3, MatchMethod.OVERRIDE))
          .orElse(CountryMatch.of(null, MatchMethod.OVERRIDE).withNote("excluded by override"));
    }
    Optional<Country> official = reference.byOfficialName(key);
    if (official.isPresent()) {
      return CountryMatch.of(official.get().iso3(), MatchMethod.EXACT);
    }
    Optional<Country> alias = reference.byAlias(key);
    if (alias.isPresent()) {
      return CountryMatch.of(alias.get().iso3(), MatchMethod.ALIAS);
    }
    Optional<Aggregate> aggregate = reference.aggregateByName(key);
    if (aggregate.isPresent()) {
      return aggregateMatch(aggregate.get());
    }
    return new CountryMatch(null, MatchMethod.UNMATCHED, suggestionsFor(key), null);
  }

  /**
   * Resolves a code, checked against the name beside it when the source gives one. A code that
   * names another country than its name does is a conflict. An override of the name comes first; an
   * override of an unknown code comes next; an unknown or empty code falls back to the name.
   */
  public CountryMatch matchCode(String rawCode, CodeKind kind, String rawName) {
    String code = rawCode == null ? "" : rawCode.strip();
    if (rawName != null && overrides.decisionFor(CountryNames.normalise(rawName)).isPresent()) {
      return matchName(rawName);
    }
    Optional<Country> country = lookUpCode(code, kind);
    if (country.isPresent()) {
      return checkedAgainstName(country.get(), code, rawName);
    }
    if (kind == CodeKind.ISO3) {
      Optional<Aggregate> aggregate = reference.aggregateByCode(code);
      if (aggregate.isPresent()) {
        return aggregateMatch(aggregate.get());
      }
    }
    if (!code.isEmpty() && overrides.decisionFor(CountryNames.normalise(code)).isPresent()) {
      return matchName(code);
    }
    String unknown =
        code.isEmpty()
            ? "no " + kind + " code"
            : kind + " code '" + Excerpt.of(code) + "' is not known";
    if (code.isEmpty() && CountryNames.normalise(rawName).isEmpty()) {
      return new CountryMatch(null, MatchMethod.MISSING, List.of(), "no country name or code");
    }
    if (rawName == null) {
      return new CountryMatch(null, MatchMethod.UNMATCHED, List.of(), unknown);
    }
    CountryMatch byName = matchName(rawName);
    if (byName.method() == MatchMethod.UNMATCHED) {
      return byName.withNote(unknown);
    }
    return byName.withNote(
        byName.note() == null ? unknown + "; matched by name" : unknown + "; " + byName.note());
  }

  private Optional<Country> lookUpCode(String code, CodeKind kind) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    if (kind == CodeKind.ISO3) {
      return reference.byIso3(code.toUpperCase(Locale.ROOT));
    }
    try {
      return reference.byCowCode(Integer.parseInt(code));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private CountryMatch checkedAgainstName(Country country, String code, String rawName) {
    if (rawName == null || CountryNames.normalise(rawName).isEmpty()) {
      return CountryMatch.of(country.iso3(), MatchMethod.CODE);
    }
    CountryMatch byName = matchName(rawName);
    if (byName.method() == MatchMethod.UNMATCHED) {
      return CountryMatch.of(country.iso3(), MatchMethod.CODE)
          .withNote(
              "name '" + Excerpt.of(rawName.strip()) + "' not in the reference; code trusted");
    }
    if (byName.method() == MatchMethod.AGGREGATE || !country.iso3().equals(byName.iso3())) {
      String nameSays =
          byName.iso3() == null ? "an aggregate" : byName.iso3() + " (" + nameOf(byName) + ")";
      return new CountryMatch(
          null,
          MatchMethod.CODE_CONFLICT,
          List.of(),
          "code '"
              + code
              + "' is "
              + country.iso3()
              + " ("
              + country.name()
              + ") but name '"
              + Excerpt.of(rawName.strip())
              + "' is "
              + nameSays);
    }
    return CountryMatch.of(country.iso3(), MatchMethod.CODE);
  }

  private String nameOf(CountryMatch match) {
    return reference.byIso3(match.iso3()).map(Country::name).orElse(match.iso3());
  }

  private static CountryMatch aggregateMatch(Aggregate aggregate) {
    return CountryMatch.of(null, MatchMethod.AGGREGATE)
        .withNote(aggregate.kind() + " aggregate '" + aggregate.name() + "'");
  }

  /**
   * The closest distinct reference names by edit distance of the normalised forms. Each distance is
   * computed once per reference name, and none for a name longer than {@value
   * #LONGEST_PLAUSIBLE_NAME} characters, so the work per name is bounded whatever its length.
   */
  List<String> suggestionsFor(String normalisedName) {
    if (normalisedName.length() > LONGEST_PLAUSIBLE_NAME) {
      return List.of();
    }
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    Map<String, String> names = reference.displayNamesByKey();
    Map<String, Integer> distances = new HashMap<>();
    names.keySet().forEach(key -> distances.put(key, distance.apply(normalisedName, key)));
    Set<String> closest = new LinkedHashSet<>();
    names.keySet().stream()
        .sorted(
            Comparator.comparingInt((String key) -> distances.get(key)).thenComparing(key -> key))
        .map(names::get)
        .takeWhile(name -> closest.size() < SUGGESTIONS)
        .forEach(closest::add);
    return List.copyOf(closest);
  }
}
