package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.config.MetricsConfig;
import org.dsr.analytics.schema.Columns;

/**
 * How stable each year's dependence ranking is (docs/methodology.md, section 2, Sensitivity): each
 * weight ×0.5 and ×1.5, and the other normalisation.
 */
public final class DependenceSensitivity {
  public static final String DEFAULT = "default";
  public static final String VARIANT = "variant";
  public static final String SPEARMAN = "spearman";
  public static final String COUNTRIES = "countries";
  public static final String RANK_BEST = "rank_best";
  public static final String RANK_WORST = "rank_worst";
  static final double[] FACTORS = {0.5, 1.5};

  private DependenceSensitivity() {}

  /**
   * @param perYear year, variant, spearman (with the default ranking), countries ranked
   * @param ranks iso3, year, rank_best, rank_worst over the default and all variants
   */
  public record Result(Dataset<Row> perYear, Dataset<Row> ranks) {}

  /** The variants by name: weights and normalisation of each, the default first. */
  static Map<String, Map.Entry<Map<String, Double>, String>> variants(
      Map<String, Double> weights, String normalisation) {
    Map<String, Map.Entry<Map<String, Double>, String>> variants = new LinkedHashMap<>();
    variants.put(DEFAULT, Map.entry(weights, normalisation));
    for (String c : DependenceIndex.COMPONENTS) {
      for (double f : FACTORS) {
        Map<String, Double> w = new LinkedHashMap<>(weights);
        w.put(c, weights.get(c) * f);
        variants.put(DependenceIndex.weight(c) + "_x" + f, Map.entry(w, normalisation));
      }
    }
    String other =
        MetricsConfig.MIN_MAX.equals(normalisation)
            ? MetricsConfig.PERCENTILE
            : MetricsConfig.MIN_MAX;
    variants.put("normalisation_" + other, Map.entry(weights, other));
    return variants;
  }

  /** Input: {@link DependenceIndex#components} output. */
  public static Result analyse(
      Dataset<Row> components, Map<String, Double> weights, String normalisation) {
    List<Dataset<Row>> rankings = new ArrayList<>();
    variants(weights, normalisation)
        .forEach(
            (name, v) ->
                rankings.add(
                    averageRanks(DependenceIndex.compute(components, v.getKey(), v.getValue()))
                        .withColumn(VARIANT, lit(name))));
    Dataset<Row> all = rankings.stream().reduce(Dataset::unionByName).orElseThrow();
    Dataset<Row> ranks =
        all.groupBy(Columns.ISO3, Columns.YEAR)
            .agg(min(DependenceIndex.RANK).as(RANK_BEST), max(DependenceIndex.RANK).as(RANK_WORST));
    Dataset<Row> base =
        all.where(col(VARIANT).equalTo(DEFAULT))
            .select(col(Columns.ISO3), col(Columns.YEAR), col("_average_rank").as("_default_rank"));
    Dataset<Row> perYear =
        all.where(col(VARIANT).notEqual(DEFAULT))
            .join(base, new String[] {Columns.ISO3, Columns.YEAR})
            .groupBy(Columns.YEAR, VARIANT)
            .agg(
                pearson(col("_default_rank"), col("_average_rank")).as(SPEARMAN),
                count(lit(1)).as(COUNTRIES));
    return new Result(perYear, ranks);
  }

  /**
   * Pearson correlation, null where either side is constant (all countries tied, or one country):
   * Spark's corr divides by zero there under ANSI mode.
   */
  static Column pearson(Column x, Column y) {
    Column n = count(lit(1)).cast("double");
    Column covariance = n.multiply(sum(x.multiply(y))).minus(sum(x).multiply(sum(y)));
    Column varianceX = n.multiply(sum(x.multiply(x))).minus(sum(x).multiply(sum(x)));
    Column varianceY = n.multiply(sum(y.multiply(y))).minus(sum(y).multiply(sum(y)));
    return when(
        varianceX.gt(1e-12).and(varianceY.gt(1e-12)),
        covariance.divide(sqrt(varianceX.multiply(varianceY))));
  }

  /** Ranks (1 = highest index) and, for Spearman, average ranks of tied countries. */
  private static Dataset<Row> averageRanks(Dataset<Row> indexed) {
    Dataset<Row> ranked = indexed.where(col(DependenceIndex.INDEX).isNotNull());
    Column ties =
        count(lit(1)).over(Window.partitionBy(col(Columns.YEAR), col(DependenceIndex.INDEX)));
    Column byIndex =
        rank().over(Window.partitionBy(Columns.YEAR).orderBy(col(DependenceIndex.INDEX).desc()));
    return ranked.select(
        col(Columns.ISO3),
        col(Columns.YEAR),
        col(DependenceIndex.RANK),
        byIndex.plus(ties.minus(1).divide(2.0)).as("_average_rank"));
  }
}
