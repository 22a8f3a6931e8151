package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.reference.Vocabulary;
import org.dsr.analytics.schema.Columns;

/**
 * Which loan source the panel counts for each country and year (docs/methodology.md, "Loans"). Loan
 * sources describe many of the same loans, so they are never added up. A source covers a country it
 * has any record for, in the years from its first to its last commitment year over all countries;
 * for each country and year the panel counts the most preferred family of sources that covers both,
 * so that a year one source lacks is filled from the next, and no year from two.
 */
final class LoanSources {
  /** The family a loan row's source belongs to. */
  static final String FAMILY = "_loan_family";

  private static final String RANK = "_rank";
  private static final String FROM = "_from";
  private static final String TO = "_to";

  private LoanSources() {}

  /** The loans with their source's family: the source itself unless the map names another. */
  static Dataset<Row> withFamily(Dataset<Row> loans, Map<String, String> families) {
    Column named = new Vocabulary("loan family", families).lookUp(col(Columns.SOURCE));
    Column family = coalesce(named, col(Columns.SOURCE));
    return loans.withColumn(FAMILY, family);
  }

  /**
   * @param familyLoans loans with {@link #FAMILY}
   * @param countryYears the panel's country and year grid
   * @param priority sources, most preferred first; sources not listed come after, in name order
   * @return iso3, year, the chosen {@link #FAMILY} and loan_source (the family's sources with
   *     records, most preferred first, "; "-separated), for each country and year some family
   *     covers
   */
  static Dataset<Row> chosen(
      Dataset<Row> familyLoans, Dataset<Row> countryYears, List<String> priority) {
    Column rank = lit(priority.size());
    for (int i = priority.size() - 1; i >= 0; i--) {
      rank = when(col(Columns.SOURCE).equalTo(priority.get(i)), lit(i)).otherwise(rank);
    }
    Dataset<Row> families =
        familyLoans
            .groupBy(FAMILY)
            .agg(
                min(col(Columns.COMMITMENT_YEAR)).as(FROM),
                max(col(Columns.COMMITMENT_YEAR)).as(TO),
                min(rank).as(RANK),
                array_join(
                        transform(
                            array_sort(collect_set(struct(rank, col(Columns.SOURCE)))),
                            s -> s.getField(Columns.SOURCE)),
                        "; ")
                    .as(Columns.LOAN_SOURCE));
    Dataset<Row> covering =
        countryYears
            .join(familyLoans.select(Columns.ISO3, FAMILY).distinct(), Columns.ISO3)
            .join(families, FAMILY)
            .where(col(Columns.YEAR).between(col(FROM), col(TO)));
    Column best = min(struct(col(RANK), col(FAMILY), col(Columns.LOAN_SOURCE)));
    return covering
        .groupBy(Columns.ISO3, Columns.YEAR)
        .agg(best.as("_best"))
        .select(
            col(Columns.ISO3),
            col(Columns.YEAR),
            col("_best").getField(FAMILY).as(FAMILY),
            col("_best").getField(Columns.LOAN_SOURCE).as(Columns.LOAN_SOURCE));
  }
}
