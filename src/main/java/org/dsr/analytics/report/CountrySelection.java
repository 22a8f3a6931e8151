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

  /**
   * @param dependence the dependence dataset, for peers
   * @throws ConfigException naming an unknown country (with suggestions) or group (with the valid
   *     values), or a selection that selects nothing
   */
  public static List<String> resolve(
      ComparisonConfig config,
      CountryReference reference,
      CountryHarmoniser harmoniser,
      Dataset<Row> dependence,
      int referenceYear) {
    Set<String> selected = new LinkedHashSet<>();
    for (String name : config.countries()) {
      selected.add(country(name, reference, harmoniser).iso3());
    }
    addGroup(selected, reference, config.region(), Columns.REGION, Country::region);
    addGroup(selected, reference, config.subRegion(), Columns.SUB_REGION, Country::subRegion);
    addGroup(selected, reference, config.incomeGroup(), Columns.INCOME_GROUP, Country::incomeGroup);
    if (config.peersOf() != null) {
      selected.addAll(
          peers(
              country(config.peersOf(), reference, harmoniser),
              config.peersOrDefault(),
              reference,
              dependence,
              referenceYear));
    }
    if (selected.isEmpty()) {
      throw new ConfigException(
          "the comparison selects no country: give countries, a region, sub_region, income_group or peers_of");
    }
    return List.copyOf(selected);
  }

  static Country country(String name, CountryReference reference, CountryHarmoniser harmoniser) {
    Optional<Country> byCode = reference.byIso3(name.strip().toUpperCase(Locale.ROOT));
    if (byCode.isPresent() && name.strip().length() == 3) {
      return byCode.get();
    }
    CountryMatch match = harmoniser.matchName(name);
    if (match.iso3() != null) {
      return reference.byIso3(match.iso3()).orElseThrow();
    }
    if (match.method() == MatchMethod.AGGREGATE) {
      throw new ConfigException(
          "comparison country '"
              + name
              + "' is an aggregate ("
              + match.note()
              + "), not a country");
    }
    throw new ConfigException(
        "comparison country '"
            + name
            + "' is not in the country reference"
            + (match.suggestions().isEmpty()
                ? ""
                : "; closest: " + String.join(", ", match.suggestions())));
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
      throw new ConfigException(
          "comparison " + key + " '" + value + "' is unknown; expected one of " + valid);
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
