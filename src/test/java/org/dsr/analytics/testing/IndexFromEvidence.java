package org.dsr.analytics.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.metrics.DependenceIndex;
import org.dsr.analytics.reference.NotScored;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The dependence index recomputed in plain Java from the evidence dataset alone, with the formula
 * of docs/methodology.md (section 2, weights 1, percentile normalisation), independently of the
 * Spark code that wrote it.
 */
public final class IndexFromEvidence {
  private IndexFromEvidence() {}

  /** The index of each country and year asked for, null where it has none; keys "ISO3:year". */
  public static Map<String, Double> compute(Dataset<Row> evidence, List<String> countryYears) {
    Map<String, List<Row>> records = new HashMap<>();
    Map<String, Double> denominators = new HashMap<>();
    Set<String> covered = new HashSet<>();
    for (Row r : evidence.collectAsList()) {
      String iso3 = r.getAs(Columns.ISO3);
      int year = r.getAs(Columns.YEAR);
      // A row counts in each of its components, as the old one row per component did.
      for (String component : MetricDatasets.components(r.<String>getAs(Columns.COMPONENTS))) {
        switch ((String) r.getAs(Columns.ROLE)) {
          case MetricDatasets.RECORD ->
              records.computeIfAbsent(iso3 + ":" + component, k -> new ArrayList<>()).add(r);
          case MetricDatasets.DENOMINATOR ->
              denominators.put(key(iso3, year) + ":" + component, r.getAs(Columns.VALUE));
          case MetricDatasets.COVERED -> covered.add(key(iso3, year) + ":" + component);
          default -> throw new IllegalStateException("role " + r.getAs(Columns.ROLE));
        }
      }
    }
    Map<String, Double[]> components = new HashMap<>();
    for (String cy : countryYears) {
      String iso3 = cy.substring(0, cy.indexOf(':'));
      int year = Integer.parseInt(cy.substring(cy.indexOf(':') + 1));
      Double[] values = new Double[Columns.DEPENDENCE_COMPONENTS.size()];
      if (!NotScored.REASONS.containsKey(iso3)) {
        for (int i = 0; i < values.length; i++) {
          String component = Columns.DEPENDENCE_COMPONENTS.get(i);
          if (covered.contains(cy + ":" + component)) {
            values[i] =
                value(
                    component,
                    upTo(records.getOrDefault(iso3 + ":" + component, List.of()), year),
                    denominators.get(cy + ":" + component));
          }
        }
      }
      components.put(cy, values);
    }
    return index(components);
  }

  public static String key(String iso3, int year) {
    return iso3 + ":" + year;
  }

  private static List<Row> upTo(List<Row> rows, int year) {
    return rows.stream().filter(r -> (int) r.getAs(Columns.YEAR) <= year).toList();
  }

  private static Double value(String component, List<Row> rows, Double denominator) {
    return switch (component) {
      case Columns.FINANCE_EXPOSURE -> {
        BigDecimal sum = BigDecimal.ZERO;
        for (Row r : rows) {
          BigDecimal amount = r.getAs(Columns.AMOUNT_USD);
          sum = amount == null ? sum : sum.add(amount);
        }
        yield denominator != null && denominator > 0 ? sum.doubleValue() * 100 / denominator : null;
      }
      case Columns.VENDOR_FOOTPRINT ->
          (double) rows.stream().map(r -> (String) r.getAs(Columns.VENDOR)).distinct().count();
      case Columns.INFRASTRUCTURE_BREADTH ->
          rows.stream().map(r -> (String) r.getAs(Columns.CATEGORY)).distinct().count() / 4.0;
      case Columns.DEPLOYMENT_INTENSITY ->
          denominator != null && denominator > 0
              ? (double) rows.size() / (denominator / 1e6)
              : null;
      default -> throw new IllegalArgumentException(component);
    };
  }

  /** Percentile scores within each year, then 100 × their mean, rounded as the index is. */
  private static Map<String, Double> index(Map<String, Double[]> components) {
    int n = Columns.DEPENDENCE_COMPONENTS.size();
    Map<String, Double[]> scores = new HashMap<>();
    components.keySet().forEach(cy -> scores.put(cy, new Double[n]));
    Map<String, List<String>> byYear = new HashMap<>();
    for (String cy : components.keySet()) {
      byYear.computeIfAbsent(cy.substring(cy.indexOf(':') + 1), y -> new ArrayList<>()).add(cy);
    }
    for (List<String> year : byYear.values()) {
      for (int i = 0; i < n; i++) {
        List<Double> available = new ArrayList<>();
        for (String cy : year) {
          if (components.get(cy)[i] != null) {
            available.add(components.get(cy)[i]);
          }
        }
        for (String cy : year) {
          Double v = components.get(cy)[i];
          if (v != null) {
            long lower = available.stream().filter(x -> x < v).count();
            scores.get(cy)[i] =
                available.size() == 1 ? 0.0 : (double) lower / (available.size() - 1);
          }
        }
      }
    }
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Double[]> e : scores.entrySet()) {
      double weighted = 0.0;
      double weightSum = 0.0;
      for (Double s : e.getValue()) {
        weighted += s == null ? 0.0 : s;
        weightSum += s == null ? 0.0 : 1.0;
      }
      out.put(
          e.getKey(),
          weightSum > 0
              ? BigDecimal.valueOf(weighted / weightSum * 100)
                  .setScale(DependenceIndex.INDEX_DECIMALS, RoundingMode.HALF_UP)
                  .doubleValue()
              : null);
    }
    return out;
  }
}
