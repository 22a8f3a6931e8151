package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dsr.analytics.config.Normalisation;
import org.dsr.analytics.schema.Columns;

/**
 * How stable each year's dependence ranking is (docs/methodology.md, section 2, Sensitivity): each
 * weight ×0.5 and ×1.5, and the other normalisation. Both normalisations are computed once; every
 * variant is then one index expression and one rank, all in a single pass.
 */
public final class DependenceSensitivity {
  public static final String DEFAULT = "default";
  static final double[] FACTORS = {0.5, 1.5};

  private DependenceSensitivity() {}

  /**
   * @param perYear year, variant, spearman (with the default ranking), countries ranked
   * @param ranks iso3, year, rank_best, rank_worst over the default and all variants
   */
  public record Result(Dataset<Row> perYear, Dataset<Row> ranks) {}

  /** The variants by name: weights and normalisation of each, the default first. */
  static Map<String, Map.Entry<Map<String, Double>, Normalisation>> variants(
      Map<String, Double> weights, Normalisation normalisation) {
    Map<String, Map.Entry<Map<String, Double>, Normalisation>> variants = new LinkedHashMap<>();
    variants.put(DEFAULT, Map.entry(weights, normalisation));
    for (String c : Columns.DEPENDENCE_COMPONENTS) {
      for (double f : FACTORS) {
        Map<String, Double> w = new LinkedHashMap<>(weights);
        w.put(c, weights.get(c) * f);
        variants.put(Columns.weight(c) + "_x" + f, Map.entry(w, normalisation));
      }
    }
    Normalisation other =
        normalisation == Normalisation.MIN_MAX ? Normalisation.PERCENTILE : Normalisation.MIN_MAX;
    variants.put("normalisation_" + other.id(), Map.entry(weights, other));
    return variants;
  }

  private static String scoreColumn(String component, Normalisation normalisation) {
    return "_" + normalisation.id() + "_" + component;
  }

  /**
   * Input: {@link DependenceIndex#components} output.
   *
   * @param cut materialises the scored variants before their ranks are compared (a run passes
   *     {@code io.PlanCut::of}); the identity gives the same rows
   */
  public static Result analyse(
      Dataset<Row> components,
      Map<String, Double> weights,
      Normalisation normalisation,
      UnaryOperator<Dataset<Row>> cut) {
    // Three selects, each adding its columns at once: a withColumn per column (48 of them) had
    // Spark analyse the whole plan, windows and all, again for each one.
    List<Column> scores = new ArrayList<>(List.of(col("*")));
    for (Normalisation n : Normalisation.values()) {
      for (String c : Columns.DEPENDENCE_COMPONENTS) {
        scores.add(DependenceIndex.normalise(col(c), n).as(scoreColumn(c, n)));
      }
    }
    Map<String, Map.Entry<Map<String, Double>, Normalisation>> variants =
        variants(weights, normalisation);
    List<String> names = new ArrayList<>(variants.keySet());
    List<Column> indexes = new ArrayList<>(List.of(col("*")));
    for (int i = 0; i < names.size(); i++) {
      var v = variants.get(names.get(i));
      indexes.add(
          DependenceIndex.index(v.getKey(), c -> scoreColumn(c, v.getValue())).as("_index_" + i));
    }
    List<Column> ranking = new ArrayList<>(List.of(col("*")));
    List<Column> ranks = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Column index = col("_index_" + i);
      Column byIndex =
          rank().over(Window.partitionBy(col(Columns.YEAR), index.isNull()).orderBy(index.desc()));
      Column ties = count(lit(1)).over(Window.partitionBy(col(Columns.YEAR), index));
      ranking.add(DependenceIndex.rankWithinYear(index).as("_rank_" + i));
      ranking.add(
          when(index.isNotNull(), byIndex.plus(ties.minus(1).divide(2.0)))
              .as("_average_rank_" + i));
      ranks.add(col("_rank_" + i));
    }
    Dataset<Row> scored =
        components
            .select(scores.toArray(Column[]::new))
            .select(indexes.toArray(Column[]::new))
            .select(ranking.toArray(Column[]::new));
    Dataset<Row> ranked = cut.apply(scored);
    Dataset<Row> bestWorst =
        ranked.select(
            col(Columns.ISO3),
            col(Columns.YEAR),
            least(ranks.toArray(Column[]::new)).as(Columns.RANK_BEST),
            greatest(ranks.toArray(Column[]::new)).as(Columns.RANK_WORST));
    // Every variant beside the default, compared in one aggregation by year and variant (not one
    // per variant, each a shuffle of its own). Average ranks are multiples of 0.5, so the sums in
    // the correlation are exact whatever order the rows come in.
    List<Column> others = new ArrayList<>();
    for (int i = 1; i < names.size(); i++) {
      others.add(
          struct(lit(names.get(i)).as(Columns.VARIANT), col("_average_rank_" + i).as("_other")));
    }
    Column base = col("_base");
    Column other = col("_other");
    Dataset<Row> perYear =
        ranked
            .select(
                col(Columns.YEAR),
                col("_average_rank_0").as("_base"),
                explode(array(others.toArray(Column[]::new))).as("_pair"))
            .select(
                col(Columns.YEAR),
                base,
                col("_pair").getField(Columns.VARIANT).as(Columns.VARIANT),
                col("_pair").getField("_other").as("_other"))
            .where(base.isNotNull().and(other.isNotNull()))
            .groupBy(Columns.YEAR, Columns.VARIANT)
            .agg(pearson(base, other).as(Columns.SPEARMAN), count(lit(1)).as(Columns.COUNTRIES));
    return new Result(perYear, bestWorst);
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
}
