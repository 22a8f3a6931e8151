package org.dsr.analytics.report;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.reference.Country;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The validity checks of the dependence index on a run's outputs, as the markdown of
 * docs/validity.md: face validity (who ranks on top, and on what), robustness (how far ranks move
 * over the sensitivity variants) and cross-source agreement (AidData against the Boston University
 * data where both cover). Pure: outputs in, text out.
 */
public final class ValidityReport {
  /** Countries listed at the top of a year. */
  static final int TOP = 20;

  private ValidityReport() {}

  /** The outputs the report reads. */
  public record Outputs(
      Dataset<Row> dependence,
      Dataset<Row> sensitivity,
      Dataset<Row> evidence,
      Dataset<Row> deployments,
      Dataset<Row> loans,
      Dataset<Row> coverage,
      Dataset<Row> countryYear) {}

  /**
   * @param families the job's loan families by source (a source missing is its own family)
   */
  public static String markdown(
      Outputs out, CountryReference reference, Map<String, String> families, String job) {
    Map<String, Country> countries = new HashMap<>();
    reference.countries().forEach(c -> countries.put(c.iso3(), c));
    List<Row> dependence =
        out.dependence().where(col(Columns.DEPENDENCE_RANK).isNotNull()).collectAsList();
    TreeMap<Integer, List<Row>> byYear = new TreeMap<>();
    for (Row r : dependence) {
      byYear.computeIfAbsent(r.<Integer>getAs(Columns.YEAR), y -> new ArrayList<>()).add(r);
    }
    byYear
        .values()
        .forEach(rows -> rows.sort(java.util.Comparator.comparingInt(ValidityReport::rank)));
    Map<String, List<Row>> records = new HashMap<>();
    for (Row r :
        out.evidence().where(col(Columns.ROLE).equalTo(MetricDatasets.RECORD)).collectAsList()) {
      records.computeIfAbsent(r.getAs(Columns.ISO3), k -> new ArrayList<>()).add(r);
    }
    StringBuilder md = new StringBuilder();
    md.append("# Validity of the Digital Dependence Index on the real files\n\n")
        .append("Generated from the outputs of `")
        .append(job)
        .append("` by `scripts/update-docs.sh` (`jobs.ValidityDoc`);")
        .append(" `jobs.RealDataValidityTest` fails when this file is not what the current code")
        .append(" computes. Do not edit by hand.\n\n")
        .append("Ranks are among the countries ranked in the year: an index of 0 (no record on any")
        .append(
            " component the sources cover) is not ranked, and a country no source covers has no")
        .append(" index (docs/methodology.md, section 2).\n\n");
    int latest = byYear.lastKey();
    List<Integer> shown = List.of(lastYearWithFinance(byYear), latest);
    faceValidity(md, byYear, shown, records, countries, out);
    robustness(md, byYear.get(latest), latest, out.sensitivity(), countries);
    crossSource(md, out, countries, families);
    return md.toString();
  }

  /** The latest year in which some ranked country's index counts finance_exposure. */
  private static int lastYearWithFinance(TreeMap<Integer, List<Row>> byYear) {
    return byYear.descendingMap().entrySet().stream()
        .filter(
            e ->
                e.getValue().stream()
                    .anyMatch(
                        r ->
                            r.<String>getAs(Columns.COMPONENTS_AVAILABLE)
                                .contains(Columns.FINANCE_EXPOSURE)))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(byYear.lastKey());
  }

  private static int rank(Row r) {
    return r.<Integer>getAs(Columns.DEPENDENCE_RANK);
  }

  private static void faceValidity(
      StringBuilder md,
      TreeMap<Integer, List<Row>> byYear,
      List<Integer> years,
      Map<String, List<Row>> records,
      Map<String, Country> countries,
      Outputs out) {
    md.append("## 1. Face validity\n\n");
    for (int year : new TreeSet<>(years)) {
      List<Row> rows = byYear.get(year);
      md.append("### Top ")
          .append(TOP)
          .append(" of ")
          .append(year)
          .append(" (of ")
          .append(rows.size())
          .append(" ranked)\n\n")
          .append("| rank | country | income group | index | components | loans | deployments |")
          .append(" largest records up to the year |\n")
          .append("| ---: | --- | --- | ---: | --- | ---: | ---: | --- |\n");
      for (Row r : rows.subList(0, Math.min(TOP, rows.size()))) {
        String iso3 = r.getAs(Columns.ISO3);
        List<Row> upTo = upTo(records.getOrDefault(iso3, List.of()), year);
        md.append("| ")
            .append(rank(r))
            .append(" | ")
            .append(name(countries, iso3))
            .append(" | ")
            .append(countries.get(iso3).incomeGroup())
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.1f", r.<Double>getAs(Columns.DEPENDENCE_INDEX)))
            .append(" | ")
            .append(r.<String>getAs(Columns.COMPONENTS_AVAILABLE))
            .append(" | ")
            .append(distinct(upTo, Columns.FINANCE_EXPOSURE))
            .append(" | ")
            .append(distinct(upTo, Columns.VENDOR_FOOTPRINT))
            .append(" | ")
            .append(largest(upTo, 2))
            .append(" |\n");
      }
      md.append('\n');
    }
    int latest = years.get(years.size() - 1);
    md.append("### High-income economies in the top quarter\n\n")
        .append(
            "A high-income economy ranks in the top quarter of a year only on records the index")
        .append(
            " admits (`jobs.RealDataValidityTest` names them). Each such economy, its best rank")
        .append(" and the records it rests on:\n\n")
        .append("| country | years in the top quarter | best rank | records |\n")
        .append("| --- | --- | ---: | --- |\n");
    Map<String, List<Integer>> highYears = new TreeMap<>();
    Map<String, Integer> best = new HashMap<>();
    for (Map.Entry<Integer, List<Row>> e : byYear.entrySet()) {
      int quarter = e.getValue().size() / 4;
      for (Row r : e.getValue()) {
        String iso3 = r.getAs(Columns.ISO3);
        if (rank(r) <= quarter && "High income".equals(countries.get(iso3).incomeGroup())) {
          highYears.computeIfAbsent(iso3, k -> new ArrayList<>()).add(e.getKey());
          best.merge(iso3, rank(r), Math::min);
        }
      }
    }
    for (Map.Entry<String, List<Integer>> e : highYears.entrySet()) {
      List<Integer> ys = e.getValue();
      md.append("| ")
          .append(name(countries, e.getKey()))
          .append(" | ")
          .append(ys.get(0))
          .append("–")
          .append(ys.get(ys.size() - 1))
          .append(" (")
          .append(ys.size())
          .append(") | ")
          .append(best.get(e.getKey()))
          .append(" | ")
          .append(largest(records.getOrDefault(e.getKey(), List.of()), 3))
          .append(" |\n");
    }
    md.append('\n');
    financedNetworks(md, byYear, latest, countries, out);
  }

  /**
   * Where the countries rank that AidData records with Chinese-financed, Chinese-built networks.
   */
  private static void financedNetworks(
      StringBuilder md,
      TreeMap<Integer, List<Row>> byYear,
      int latest,
      Map<String, Country> countries,
      Outputs out) {
    List<Row> financed =
        out.deployments()
            .where(
                col(Columns.LOAN_ID)
                    .isNotNull()
                    .and(col(Columns.SOURCE).startsWith("aiddata"))
                    .and(
                        col(Columns.CATEGORY)
                            .isin(Categories.E_GOVERNMENT, Categories.TELECOM_NETWORK)))
            .orderBy(Columns.ISO3, Columns.YEAR, Columns.LOAN_ID, Columns.VENDOR)
            .collectAsList();
    Map<String, List<String>> byCountry = new TreeMap<>();
    for (Row r : financed) {
      byCountry
          .computeIfAbsent(r.getAs(Columns.ISO3), k -> new ArrayList<>())
          .add(
              r.<String>getAs(Columns.LOAN_ID)
                  + " "
                  + r.<String>getAs(Columns.VENDOR)
                  + " "
                  + r.<String>getAs(Columns.CATEGORY)
                  + " "
                  + r.<Integer>getAs(Columns.YEAR));
    }
    int reference = 2014;
    Map<String, Integer> rankThen = ranks(byYear.get(reference));
    Map<String, Integer> rankNow = ranks(byYear.get(latest));
    int topThen = 0;
    int topNow = 0;
    StringBuilder table = new StringBuilder();
    for (Map.Entry<String, List<String>> e : byCountry.entrySet()) {
      Integer then = rankThen.get(e.getKey());
      Integer now = rankNow.get(e.getKey());
      topThen += then != null && then <= byYear.get(reference).size() / 4 ? 1 : 0;
      topNow += now != null && now <= byYear.get(latest).size() / 4 ? 1 : 0;
      table
          .append("| ")
          .append(name(countries, e.getKey()))
          .append(" | ")
          .append(then == null ? "–" : then)
          .append(" | ")
          .append(now == null ? "–" : now)
          .append(" | ")
          .append(String.join("; ", new TreeSet<>(e.getValue())))
          .append(" |\n");
    }
    md.append(
            "### Countries with Chinese-financed, Chinese-built e-government or telecom networks\n\n")
        .append("AidData records a Chinese loan that a Chinese vendor implemented, for an")
        .append(" e-government or telecom network, in ")
        .append(byCountry.size())
        .append(" countries. In ")
        .append(reference)
        .append(", ")
        .append(topThen)
        .append(" of them rank in the top quarter (of ")
        .append(byYear.get(reference).size())
        .append("); in ")
        .append(latest)
        .append(", ")
        .append(topNow)
        .append(" (of ")
        .append(byYear.get(latest).size())
        .append(").\n\n")
        .append("| country | rank ")
        .append(reference)
        .append(" | rank ")
        .append(latest)
        .append(" | financed deployments (loan, vendor, category, year) |\n")
        .append("| --- | ---: | ---: | --- |\n")
        .append(table)
        .append('\n');
  }

  private static void robustness(
      StringBuilder md,
      List<Row> latestRows,
      int latest,
      Dataset<Row> sensitivity,
      Map<String, Country> countries) {
    md.append("## 2. Robustness\n\n### Rank spread of the top ")
        .append(TOP)
        .append(", ")
        .append(latest)
        .append("\n\nBest and worst rank over the default ranking and its nine")
        .append(" sensitivity variants (methodology, section 2).\n\n")
        .append(
            "| rank | country | best | worst | spread |\n| ---: | --- | ---: | ---: | ---: |\n");
    for (Row r : latestRows.subList(0, Math.min(TOP, latestRows.size()))) {
      int bestRank = r.<Integer>getAs(Columns.RANK_BEST);
      int worstRank = r.<Integer>getAs(Columns.RANK_WORST);
      md.append("| ")
          .append(rank(r))
          .append(" | ")
          .append(name(countries, r.getAs(Columns.ISO3)))
          .append(" | ")
          .append(bestRank)
          .append(" | ")
          .append(worstRank)
          .append(" | ")
          .append(worstRank - bestRank)
          .append(" |\n");
    }
    List<Row> rows = sensitivity.orderBy(Columns.YEAR, Columns.VARIANT).collectAsList();
    List<String> variants =
        new ArrayList<>(
            new TreeSet<>(rows.stream().map(r -> r.<String>getAs(Columns.VARIANT)).toList()));
    Map<Integer, Map<String, Double>> table = new TreeMap<>();
    for (Row r : rows) {
      table
          .computeIfAbsent(r.getAs(Columns.YEAR), y -> new HashMap<>())
          .put(r.getAs(Columns.VARIANT), r.getAs(Columns.SPEARMAN));
    }
    md.append(
        "\n### Spearman correlation of each variant's ranking with the default, per year\n\n| year |");
    variants.forEach(v -> md.append(' ').append(v).append(" |"));
    md.append("\n| ---: |");
    variants.forEach(v -> md.append(" ---: |"));
    md.append('\n');
    for (Map.Entry<Integer, Map<String, Double>> e : table.entrySet()) {
      md.append("| ").append(e.getKey()).append(" |");
      for (String v : variants) {
        Double s = e.getValue().get(v);
        md.append(' ').append(s == null ? "–" : String.format(Locale.ROOT, "%.3f", s)).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  /**
   * AidData alone against the Boston University data alone: the finance component of each African
   * country, in the years both cover, and the rank correlation of the two.
   */
  private static void crossSource(
      StringBuilder md, Outputs out, Map<String, Country> countries, Map<String, String> families) {
    Map<String, String> familyOf = new HashMap<>(families);
    List<Row> loans =
        out.loans()
            .where(col(Columns.IS_ICT))
            .select(Columns.SOURCE, Columns.ISO3, Columns.COMMITMENT_YEAR, Columns.AMOUNT_USD)
            .collectAsList();
    Map<String, Map<String, TreeMap<Integer, BigDecimal>>> byFamily = new TreeMap<>();
    for (Row r : loans) {
      String family =
          familyOf.getOrDefault(r.<String>getAs(Columns.SOURCE), r.getAs(Columns.SOURCE));
      BigDecimal amount = r.getAs(Columns.AMOUNT_USD);
      byFamily
          .computeIfAbsent(family, f -> new HashMap<>())
          .computeIfAbsent(r.getAs(Columns.ISO3), c -> new TreeMap<>())
          .merge(
              r.getAs(Columns.COMMITMENT_YEAR),
              amount == null ? BigDecimal.ZERO : amount,
              BigDecimal::add);
    }
    Map<String, int[]> covered = new HashMap<>();
    for (Row r : out.coverage().where(col(Columns.MEASURES).equalTo("finance")).collectAsList()) {
      String family =
          familyOf.getOrDefault(r.<String>getAs(Columns.SOURCE), r.getAs(Columns.SOURCE));
      covered.merge(
          family + ":" + r.getAs(Columns.ISO3),
          new int[] {r.<Integer>getAs(Columns.FROM_YEAR), r.<Integer>getAs(Columns.TO_YEAR)},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    Map<String, Double> gdp = new HashMap<>();
    for (Row r :
        out.countryYear()
            .where(col(Columns.GDP_USD).isNotNull())
            .select(Columns.ISO3, Columns.YEAR, Columns.GDP_USD)
            .collectAsList()) {
      gdp.put(r.getAs(Columns.ISO3) + ":" + r.getAs(Columns.YEAR), r.getAs(Columns.GDP_USD));
    }
    List<String> names = new ArrayList<>(byFamily.keySet());
    md.append("## 3. Cross-source agreement (Africa)\n\n");
    if (names.size() < 2) {
      md.append("Fewer than two loan families in the run: nothing to compare.\n");
      return;
    }
    String a = names.stream().filter(n -> n.startsWith("aiddata")).findFirst().orElse(names.get(0));
    String b = names.stream().filter(n -> n.startsWith("bu_")).findFirst().orElse(names.get(1));
    md.append("The finance component (cumulative digital commitments / GDP, percent) of each")
        .append(" African country that both `")
        .append(a)
        .append("` and `")
        .append(b)
        .append("` cover in the year, computed from each alone, and the Spearman correlation of")
        .append(" the two across those countries. Digital loans are the classifier's (methodology,")
        .append(" section 5) for both.\n\n")
        .append("| year | countries | with a digital loan in either | ")
        .append(a)
        .append(" USD m | ")
        .append(b)
        .append(" USD m | Spearman |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    TreeSet<Integer> years = new TreeSet<>();
    covered
        .values()
        .forEach(
            p -> {
              for (int y = p[0]; y <= p[1]; y++) years.add(y);
            });
    for (int year : years) {
      List<double[]> pairs = new ArrayList<>();
      int withLoan = 0;
      BigDecimal totalA = BigDecimal.ZERO;
      BigDecimal totalB = BigDecimal.ZERO;
      for (Country c : countries.values()) {
        if (!"Africa".equals(c.region())
            || !covers(covered, a, c.iso3(), year)
            || !covers(covered, b, c.iso3(), year)) {
          continue;
        }
        Double g = gdp.get(c.iso3() + ":" + year);
        if (g == null || g <= 0) {
          continue;
        }
        BigDecimal sumA = upTo(byFamily.get(a).get(c.iso3()), year);
        BigDecimal sumB = upTo(byFamily.get(b).get(c.iso3()), year);
        totalA = totalA.add(sumA);
        totalB = totalB.add(sumB);
        withLoan += sumA.signum() > 0 || sumB.signum() > 0 ? 1 : 0;
        pairs.add(new double[] {sumA.doubleValue() * 100 / g, sumB.doubleValue() * 100 / g});
      }
      if (pairs.size() < 3) {
        continue;
      }
      double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
      double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
      double rho = new SpearmansCorrelation().correlation(x, y);
      md.append("| ")
          .append(year)
          .append(" | ")
          .append(pairs.size())
          .append(" | ")
          .append(withLoan)
          .append(" | ")
          .append(millions(totalA))
          .append(" | ")
          .append(millions(totalB))
          .append(" | ")
          .append(Double.isNaN(rho) ? "–" : String.format(Locale.ROOT, "%.3f", rho))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static boolean covers(Map<String, int[]> covered, String family, String iso3, int year) {
    int[] p = covered.get(family + ":" + iso3);
    return p != null && year >= p[0] && year <= p[1];
  }

  private static BigDecimal upTo(TreeMap<Integer, BigDecimal> byYear, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    if (byYear != null) {
      for (BigDecimal v : byYear.headMap(year, true).values()) {
        sum = sum.add(v);
      }
    }
    return sum;
  }

  private static Map<String, Integer> ranks(List<Row> rows) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (rows != null) {
      rows.forEach(r -> out.put(r.getAs(Columns.ISO3), rank(r)));
    }
    return out;
  }

  private static List<Row> upTo(List<Row> records, int year) {
    return records.stream().filter(r -> r.<Integer>getAs(Columns.YEAR) <= year).toList();
  }

  private static long distinct(List<Row> records, String component) {
    return records.stream()
        .filter(
            r -> MetricDatasets.components(r.<String>getAs(Columns.COMPONENTS)).contains(component))
        .map(r -> r.<String>getAs(Columns.RECORD_ID))
        .distinct()
        .count();
  }

  /** The n records of the largest amounts (then the latest, then by id), each once. */
  private static String largest(List<Row> records, int n) {
    Map<String, Row> once = new TreeMap<>();
    records.forEach(r -> once.putIfAbsent(r.getAs(Columns.RECORD_ID), r));
    return once.values().stream()
        .sorted(
            java.util.Comparator.<Row, BigDecimal>comparing(
                    r -> r.getAs(Columns.AMOUNT_USD),
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(r -> -r.<Integer>getAs(Columns.YEAR))
                .thenComparing(r -> r.<String>getAs(Columns.RECORD_ID)))
        .limit(n)
        .map(ValidityReport::describe)
        .reduce((x, y) -> x + "; " + y)
        .orElse("");
  }

  private static String describe(Row r) {
    StringBuilder s = new StringBuilder().append(r.<String>getAs(Columns.RECORD_ID)).append(' ');
    String vendor = r.getAs(Columns.VENDOR);
    if (vendor != null) {
      s.append(vendor).append(' ');
    }
    s.append(r.<String>getAs(Columns.CATEGORY)).append(' ').append(r.<Integer>getAs(Columns.YEAR));
    BigDecimal amount = r.getAs(Columns.AMOUNT_USD);
    if (amount != null) {
      s.append(" $").append(millions(amount)).append('m');
    }
    return s.toString();
  }

  private static String millions(BigDecimal usd) {
    return usd.movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String name(Map<String, Country> countries, String iso3) {
    Country c = countries.get(iso3);
    return (c == null ? iso3 : c.name()) + " (" + iso3 + ")";
  }
}
