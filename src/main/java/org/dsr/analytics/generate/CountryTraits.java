package org.dsr.analytics.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dsr.analytics.reference.Country;
import org.dsr.analytics.reference.CountryReference;

/**
 * The hidden traits of each country of the bundled reference that every generated file draws on, so
 * that GDP, internet use and EGDI tell a consistent story: richer countries score higher.
 *
 * @param population2024 people in 2024
 * @param populationGrowth yearly growth rate of the population
 * @param gdpPerCapita2024 current US dollars per person in 2024
 * @param gdpGrowth yearly growth rate of nominal GDP per person
 * @param development 0..1, where the country stands on EGDI and internet use
 */
record CountryTraits(
    Country country,
    double population2024,
    double populationGrowth,
    double gdpPerCapita2024,
    double gdpGrowth,
    double development) {

  static final String HIGH_INCOME = "High income";

  /** Traits of every reference country, in ISO3 order; the same for the same seed. */
  static List<CountryTraits> all(long seed) {
    SplittableRandom random = Draws.stream(seed, "countries");
    List<Country> countries = new ArrayList<>(CountryReference.bundled().countries());
    countries.sort(Comparator.comparing(Country::iso3));
    List<CountryTraits> traits = new ArrayList<>();
    for (Country c : countries) {
      double level =
          switch (c.incomeGroup()) {
            case HIGH_INCOME -> 0.78;
            case "Upper middle income" -> 0.58;
            case "Lower middle income" -> 0.42;
            case "Low income" -> 0.25;
            default -> 0.5;
          };
      double perCapita = 70_000 * Math.pow(level, 3.2) * Draws.logNormal(random, 0, 0.3);
      traits.add(
          new CountryTraits(
              c,
              Math.min(1.4e9, Draws.logNormal(random, 15.6, 1.9)),
              0.03 * (1 - level) + 0.004 * random.nextGaussian(),
              perCapita,
              0.02 + 0.025 * random.nextDouble(),
              Draws.clamp01(level + 0.08 * random.nextGaussian())));
    }
    return traits;
  }

  /**
   * The countries, most populous first but shuffled by a seeded log-normal factor, so that a
   * Zipf-like draw over them gives most records to a few large countries, not always the same.
   */
  static List<CountryTraits> bySize(List<CountryTraits> countries, SplittableRandom random) {
    Map<CountryTraits, Double> size = new HashMap<>();
    for (CountryTraits c : countries) {
      size.put(c, c.population2024() * Draws.logNormal(random, 0, 0.7));
    }
    List<CountryTraits> ordered = new ArrayList<>(countries);
    ordered.sort(Comparator.comparing(size::get).reversed());
    return ordered;
  }

  double population(int year) {
    return population2024 / Math.pow(1 + populationGrowth, 2024 - year);
  }

  double gdp(int year) {
    return population(year) * gdpPerCapita2024 / Math.pow(1 + gdpGrowth, 2024 - year);
  }

  /** Internet users, % of population: a logistic curve, earlier for more developed countries. */
  double internetUsersPct(int year) {
    double midpoint = 2022 - 20 * development;
    return 95 / (1 + Math.exp(-0.28 * (year - midpoint)));
  }

  String iso3() {
    return country.iso3();
  }

  String name() {
    return country.name();
  }
}
