package org.dsr.analytics.report;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.ComparisonConfig;
import org.dsr.analytics.config.ConfigException;
import org.dsr.analytics.reference.Country;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryMatch;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.MatchMethod;
import org.dsr.analytics.schema.Columns;

/** Turns a comparison's selection (names, groups, peers) into an ordered list of ISO3 codes. */
public final class CountrySelection {
  private CountrySelection() {}

  private static final String PEERS_OF = "comparison.peers_of";

  /**
   * @param dependence the dependence dataset, for peers
   * @throws ConfigException as {@link #check} does, or for a peers_of country without a dependence
   *     index in the reference year
   */
  public static List<String> resolve(
      ComparisonConfig config,
      CountryReference reference,
      CountryHarmoniser harmoniser,
      Dataset<Row> dependence,
      int referenceYear) {
    Set<String> selected = named(config, reference, harmoniser);
    if (config.peersOf() != null) {
      selected.addAll(
          peers(
              country(config.peersOf(), PEERS_OF, reference, harmoniser),
              config.peersOrDefault(),
              reference,
              dependence,
              referenceYear));
    }
    return List.copyOf(selected);
  }

  /**
   * Checks what the selection needs no data for, so a job fails before any work: every country and
   * peers_of is in the reference, every group has UN members, and something is selected.
   *
   * @throws ConfigException naming the key, its value and what is allowed
   */
  public static void check(
      ComparisonConfig config, CountryReference reference, CountryHarmoniser harmoniser) {
    named(config, reference, harmoniser);
    if (config.peersOf() != null) {
      country(config.peersOf(), PEERS_OF, reference, harmoniser);
    }
  }

  /** The countries selected by name and by group, in that order. */
  private static Set<String> named(
      ComparisonConfig config, CountryReference reference, CountryHarmoniser harmoniser) {
    Set<String> selected = new LinkedHashSet<>();
    for (int i = 0; i < config.countries().size(); i++) {
      String key = "comparison.countries[" + i + "]";
      selected.add(country(config.countries().get(i), key, reference, harmoniser).iso3());
    }
    addGroup(selected, reference, config.region(), "comparison.region", Country::region);
    addGroup(selected, reference, config.subRegion(), "comparison.sub_region", Country::subRegion);
    addGroup(
        selected, reference, config.incomeGroup(), "comparison.income_group", Country::incomeGroup);
    if (selected.isEmpty() && config.peersOf() == null) {
      throw new ConfigException(
          "key 'comparison' selects no country; expected at least one of countries, region,"
              + " sub_region, income_group, peers_of");
    }
    return selected;
  }

  /** The country a config value names, by ISO3 code or any name the harmoniser knows. */
  static Country country(
      String name, String key, CountryReference reference, CountryHarmoniser harmoniser) {
    Optional<Country> byCode = reference.byIso3(name.strip().toUpperCase(Locale.ROOT));
    if (byCode.isPresent() && name.strip().length() == 3) {
      return byCode.get();
    }
    CountryMatch match = harmoniser.matchName(name);
    if (match.iso3() != null) {
      return reference.byIso3(match.iso3()).orElseThrow();
    }
    if (match.method() == MatchMethod.AGGREGATE) {
      throw ConfigException.badValue(
          "", key, name, "a country, not an aggregate (" + match.note() + ")");
    }
    throw ConfigException.badValue(
        "",
        key,
        name,
        "a country of the country reference"
            + (match.suggestions().isEmpty()
                ? ", by name or ISO3 code"
                : " (closest: " + String.join(", ", match.suggestions()) + ")"));
  }

  private static void addGroup(
      Set<String> selected,
      CountryReference reference,
      String value,
      String key,
      Function<Country, String> groupOf) {
    if (value == null) {
      return;
    }
    List<Country> members =
        reference.countries().stream()
            .filter(Country::unMember)
            .filter(c -> groupOf.apply(c).equalsIgnoreCase(value.strip()))
            .sorted(Comparator.comparing(Country::name))
            .toList();
    if (members.isEmpty()) {
      Set<String> valid = new TreeSet<>();
      reference.countries().stream()
          .filter(Country::unMember)
          .map(groupOf)
          .filter(v -> !v.isEmpty())
          .forEach(valid::add);
      throw ConfigException.badValue("", key, value, "one of " + String.join(", ", valid));
    }
    members.forEach(c -> selected.add(c.iso3()));
  }

  /** The country and its n peers: same sub-region and income group, closest index in the year. */
  private static List<String> peers(
      Country of, int n, CountryReference reference, Dataset<Row> dependence, int year) {
    Map<String, Double> index = new HashMap<>();
    for (Row r :
        dependence
            .where(col(Columns.YEAR).equalTo(year).and(col(Columns.DEPENDENCE_INDEX).isNotNull()))
            .select(Columns.ISO3, Columns.DEPENDENCE_INDEX)
            .collectAsList()) {
      index.put(r.getString(0), r.getDouble(1));
    }
    Double own = index.get(of.iso3());
    if (own == null) {
      throw new ConfigException(
          "comparison peers_of '"
              + of.name()
              + "': no dependence index in "
              + year
              + " to find peers by");
    }
    List<String> out = new ArrayList<>();
    out.add(of.iso3());
    reference.countries().stream()
        .filter(Country::unMember)
        .filter(c -> !c.iso3().equals(of.iso3()))
        .filter(
            c -> c.subRegion().equals(of.subRegion()) && c.incomeGroup().equals(of.incomeGroup()))
        .filter(c -> index.containsKey(c.iso3()))
        .sorted(
            Comparator.comparingDouble((Country c) -> Math.abs(index.get(c.iso3()) - own))
                .thenComparing(Country::iso3))
        .limit(n)
        .forEach(c -> out.add(c.iso3()));
    return out;
  }
}
