package org.dsr.analytics.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled country and aggregate reference tables, indexed for lookup by code and by normalised
 * name. Loading fails when two countries (or a country and an aggregate) share a normalised name,
 * so that no lookup is ever ambiguous.
 */
public final class CountryReference implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String COUNTRIES_RESOURCE = "/reference/countries.csv";
  static final String AGGREGATES_RESOURCE = "/reference/aggregates.csv";
  private static final String ALIAS_SEPARATOR = "\\|";

  private final List<Country> countries;
  private final List<Aggregate> aggregates;
  private final Map<String, Country> byIso3 = new HashMap<>();
  private final Map<Integer, Country> byCow = new HashMap<>();
  private final Map<String, Country> byOfficialName = new HashMap<>();
  private final Map<String, Country> byAlias = new HashMap<>();
  private final Map<String, Aggregate> aggregateByCode = new HashMap<>();
  private final Map<String, Aggregate> aggregateByName = new HashMap<>();

  private CountryReference(List<Country> countries, List<Aggregate> aggregates) {
    this.countries = List.copyOf(countries);
    this.aggregates = List.copyOf(aggregates);
    for (Country c : countries) {
      putUnique(byIso3, c.iso3(), c, "ISO3 code");
      if (c.cowCode() != null) {
        putUnique(byCow, c.cowCode(), c, "Correlates of War code");
      }
      putUnique(byOfficialName, CountryNames.normalise(c.name()), c, "name");
    }
    for (Country c : countries) {
      for (String alias : c.aliases()) {
        String key = CountryNames.normalise(alias);
        Country official = byOfficialName.get(key);
        if (official != null && official != c) {
          throw new IllegalStateException(
              "alias '" + alias + "' of " + c.iso3() + " is the name of " + official.iso3());
        }
        Country previous = byAlias.putIfAbsent(key, c);
        if (previous != null && previous != c) {
          throw new IllegalStateException(
              "alias '" + alias + "' names both " + previous.iso3() + " and " + c.iso3());
        }
      }
    }
    for (Aggregate a : aggregates) {
      if (!a.code().isEmpty()) {
        if (byIso3.containsKey(a.code())) {
          throw new IllegalStateException("aggregate code " + a.code() + " is a country code");
        }
        putUnique(aggregateByCode, a.code(), a, "aggregate code");
      }
      for (String name : namesOf(a)) {
        String key = CountryNames.normalise(name);
        if (byOfficialName.containsKey(key) || byAlias.containsKey(key)) {
          throw new IllegalStateException("aggregate name '" + name + "' is a country name");
        }
        putUnique(aggregateByName, key, a, "aggregate name");
      }
    }
  }

  /** The reference tables shipped inside the application jar. */
  public static CountryReference bundled() {
    return new CountryReference(
        readResource(COUNTRIES_RESOURCE, CountryReference::parseCountries),
        readResource(AGGREGATES_RESOURCE, CountryReference::parseAggregates));
  }

  public List<Country> countries() {
    return countries;
  }

  public List<Aggregate> aggregates() {
    return aggregates;
  }

  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(byIso3.get(iso3));
  }

  public Optional<Country> byCowCode(int cowCode) {
    return Optional.ofNullable(byCow.get(cowCode));
  }

  Optional<Country> byOfficialName(String normalisedName) {
    return Optional.ofNullable(byOfficialName.get(normalisedName));
  }

  Optional<Country> byAlias(String normalisedName) {
    return Optional.ofNullable(byAlias.get(normalisedName));
  }

  Optional<Aggregate> aggregateByCode(String code) {
    return Optional.ofNullable(aggregateByCode.get(code));
  }

  Optional<Aggregate> aggregateByName(String normalisedName) {
    return Optional.ofNullable(aggregateByName.get(normalisedName));
  }

  static List<String> namesOf(Aggregate a) {
    List<String> names = new ArrayList<>();
    names.add(a.name());
    names.addAll(a.aliases());
    return names;
  }

  private static <K, V> void putUnique(Map<K, V> map, K key, V value, String what) {
    V previous = map.putIfAbsent(key, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalStateException("duplicate " + what + " '" + key + "' in country reference");
    }
  }

  private interface Parser<T> {
    List<T> parse(Iterable<CSVRecord> records);
  }

  private static <T> List<T> readResource(String resource, Parser<T> parser) {
    try (InputStream in = CountryReference.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return parser.parse(
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static List<Country> parseCountries(Iterable<CSVRecord> records) {
    List<Country> out = new ArrayList<>();
    for (CSVRecord r : records) {
      out.add(
          new Country(
              r.get("iso3"),
              r.get("iso2"),
              optionalInt(r.get("m49")),
              r.get("name"),
              r.get("region"),
              r.get("sub_region"),
              r.get("income_group"),
              Boolean.parseBoolean(r.get("un_member")),
              optionalInt(r.get("cow_code")),
              splitAliases(r.get("aliases"))));
    }
    return out;
  }

  private static List<Aggregate> parseAggregates(Iterable<CSVRecord> records) {
    List<Aggregate> out = new ArrayList<>();
    for (CSVRecord r : records) {
      out.add(
          new Aggregate(
              r.get("code"), r.get("name"), r.get("kind"), splitAliases(r.get("aliases"))));
    }
    return out;
  }

  private static Integer optionalInt(String s) {
    return s.isEmpty() ? null : Integer.valueOf(s);
  }

  private static List<String> splitAliases(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(ALIAS_SEPARATOR));
  }

  /** Every name (official, alias, aggregate) keyed by its normalised form, for suggestions. */
  Map<String, String> displayNamesByKey() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Country c : countries) {
      names.put(CountryNames.normalise(c.name()), c.name());
      for (String alias : c.aliases()) {
        names.putIfAbsent(CountryNames.normalise(alias), c.name());
      }
    }
    for (Aggregate a : aggregates) {
      for (String name : namesOf(a)) {
        names.putIfAbsent(CountryNames.normalise(name), a.name() + " (aggregate)");
      }
    }
    return names;
  }
}
