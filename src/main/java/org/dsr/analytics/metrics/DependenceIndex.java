package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percent_rank;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.config.Normalisation;
import org.dsr.analytics.reference.NotScored;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;

/** The Digital Dependence Index (docs/methodology.md, section 2). */
public final class DependenceIndex {
  public static final int INDEX_DECIMALS = 9;

  private DependenceIndex() {}

  /** The configured weights, 1 for a component the config does not name. */
  public static Map<String, Double> weights(Map<String, Double> configured) {
    for (String name : configured.keySet()) {
      if (!Columns.DEPENDENCE_COMPONENTS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown dependence component '"
                + name
                + "'; expected one of "
                + Columns.DEPENDENCE_COMPONENTS);
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      double w = configured.getOrDefault(c, 1.0);
      if (!(w >= 0)) {
        throw new IllegalArgumentException("weight of " + c + " is " + w + "; expected 0 or more");
      }
      weights.put(c, w);
    }
    return weights;
  }

  /**
   * The four raw components of each panel row.
   *
   * <p>Input: the country_year panel. Output: iso3, year, the four components (null where the panel
   * value is null; where no source that measures the component covers the country and year: no
   * loan_source for finance_exposure, no deployment_coverage for the other three; and for the
   * places {@link NotScored} lists), not_scored_reason, and the panel's provenance columns.
   */
  public static Dataset<Row> components(Dataset<Row> panel) {
    Column breadth = lit(0.0);
    for (String category : Categories.CRITICAL) {
      breadth =
          breadth.plus(
              when(col(Columns.deploymentsCumulative(category)).gt(0), 1.0).otherwise(0.0));
    }
    Column notScored = NotScored.reason(col(Columns.ISO3));
    Column scored = notScored.isNull();
    // A component is unobserved, not zero, where no source that measures it covers the row.
    Column finance = scored.and(col(Columns.LOAN_SOURCE).isNotNull());
    Column deployments = scored.and(col(Columns.DEPLOYMENT_COVERAGE).isNotNull());
    return panel.select(
        col(Columns.ISO3),
        col(Columns.YEAR),
        when(finance, col(Columns.ICT_LOANS_CUMULATIVE_PCT_GDP)).as(Columns.FINANCE_EXPOSURE),
        when(deployments, col(Columns.VENDORS_PRESENT).cast(DataTypes.DoubleType))
            .as(Columns.VENDOR_FOOTPRINT),
        when(deployments, breadth.divide(Categories.CRITICAL.size()))
            .as(Columns.INFRASTRUCTURE_BREADTH),
        when(deployments, col(Columns.DEPLOYMENTS_PER_MILLION)).as(Columns.DEPLOYMENT_INTENSITY),
        notScored.as(Columns.NOT_SCORED_REASON),
        col(Columns.LOAN_RECORDS_CUMULATIVE),
        col(Columns.DEPLOYMENT_RECORDS_CUMULATIVE),
        col(Columns.SOURCES));
  }

  /**
   * Scores, index and rank from components.
   *
   * <p>Input: {@link #components} output. Output: the same with {@code <component>_score} (0..1
   * within the year), {@code weight_<component>}, components_available, dependence_index (0..100,
   * null with no component) and dependence_rank (1 = highest of the year; ties share the best).
   */
  public static Dataset<Row> compute(
      Dataset<Row> components, Map<String, Double> weights, Normalisation normalisation) {
    Dataset<Row> scored = components;
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      scored = scored.withColumn(Columns.score(c), normalise(col(c), normalisation));
    }
    List<Column> available = new ArrayList<>();
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      Column s = col(Columns.score(c));
      available.add(when(s.isNotNull(), lit(c)));
      scored = scored.withColumn(Columns.weight(c), lit(weights.get(c)));
    }
    Dataset<Row> indexed =
        scored
            .withColumn(Columns.DEPENDENCE_INDEX, index(weights, Columns::score))
            .withColumn(
                Columns.COMPONENTS_AVAILABLE,
                when(
                    col(Columns.DEPENDENCE_INDEX).isNotNull(),
                    concat_ws(",", available.toArray(Column[]::new))));
    return indexed.withColumn(
        Columns.DEPENDENCE_RANK, rankWithinYear(col(Columns.DEPENDENCE_INDEX)));
  }

  /**
   * The rank of an index within its year, 1 = the highest, ties sharing the best; null for an index
   * of 0 (every available component at the year's minimum: no record at all, in practice), which is
   * shown but not ranked, since the many countries tied at 0 would otherwise share the rank after
   * the last country with any exposure, a high one in a year of few records.
   */
  static Column rankWithinYear(Column index) {
    return when(
        index.gt(0),
        rank().over(Window.partitionBy(col(Columns.YEAR), index.gt(0)).orderBy(index.desc())));
  }

  /**
   * 100 × the weighted mean of the available scores, rounded to {@link #INDEX_DECIMALS} decimals,
   * null with none; {@code scoreColumn} names each component's score column.
   */
  static Column index(Map<String, Double> weights, Function<String, String> scoreColumn) {
    Column weighted = lit(0.0);
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      weighted =
          weighted.plus(coalesce(col(scoreColumn.apply(c)).multiply(weights.get(c)), lit(0.0)));
    }
    Column weightSum = availableWeight(c -> col(scoreColumn.apply(c)), c -> lit(weights.get(c)));
    // Rounded to 9 decimals: equal indexes summed from scores in another order differ in the last
    // bits (0.1 + 0.2 != 0.3 + 0), which would break ties in the ranks and the sensitivity.
    return when(weightSum.gt(0), round(weighted.divide(weightSum).multiply(100), INDEX_DECIMALS));
  }

  /**
   * A component's share of a dependence row's index, in index points: 100 × its score × its weight
   * / the weights of the available scores, so that the shares add up to the index (before its
   * rounding); null where the component has no score.
   *
   * <p>Input: the dependence dataset (its {@code <component>_score} and {@code weight_<component>}
   * columns).
   */
  public static Column contribution(String component) {
    Column weightSum = availableWeight(c -> col(Columns.score(c)), c -> col(Columns.weight(c)));
    return when(
        weightSum.gt(0),
        lit(100.0)
            .multiply(col(Columns.score(component)))
            .multiply(col(Columns.weight(component)))
            .divide(weightSum));
  }

  /** The sum of the weights of the components that have a score. */
  private static Column availableWeight(
      Function<String, Column> scoreOf, Function<String, Column> weightOf) {
    Column sum = lit(0.0);
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      sum = sum.plus(when(scoreOf.apply(c).isNotNull(), weightOf.apply(c)).otherwise(0.0));
    }
    return sum;
  }

  /** A component's score within its year, among the countries for which it is available. */
  static Column normalise(Column value, Normalisation normalisation) {
    return switch (normalisation) {
      case MIN_MAX -> {
        var year = Window.partitionBy(Columns.YEAR);
        Column lo = min(value).over(year);
        Column hi = max(value).over(year);
        yield when(
            value.isNotNull(),
            when(hi.gt(lo), value.minus(lo).divide(hi.minus(lo))).otherwise(0.0));
      }
      case PERCENTILE ->
          when(
              value.isNotNull(),
              percent_rank()
                  .over(Window.partitionBy(col(Columns.YEAR), value.isNull()).orderBy(value)));
    };
  }
}
