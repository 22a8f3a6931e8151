package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
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
import org.dsr.analytics.schema.MetricDatasets;

/**
 * Which loan source the panel counts for each country and year (docs/methodology.md, "Loans"). Loan
 * sources describe many of the same loans, so they are never added up. Which countries and years a
 * source covers is the coverage dataset's ({@link Coverage}); for each country and year the panel
 * counts the most preferred family of sources that covers both, so that a year one source lacks is
 * filled from the next, and no year from two.
 */
final class LoanSources {
  /** The family a loan row's source belongs to. */
  static final String FAMILY = "_loan_family";

  private static final String RANK = "_rank";

  private LoanSources() {}

  /** The loans with their source's family: the source itself unless the map names another. */
  static Dataset<Row> withFamily(Dataset<Row> loans, Map<String, String> families) {
    Column named = new Vocabulary("loan family", families).lookUp(col(Columns.SOURCE));
    Column family = coalesce(named, col(Columns.SOURCE));
    return loans.withColumn(FAMILY, family);
  }

  /**
   * @param financeCoverage the coverage rows of the loan sources (source, iso3, from_year, to_year)
   * @param families each loan source's family (see {@link #withFamily})
   * @param countryYears the panel's country and year grid
   * @param priority sources, most preferred first; sources not listed come after, in name order
   * @return iso3, year, the chosen {@link #FAMILY} and loan_source (the family's sources that cover
   *     the country and year, most preferred first, "; "-separated), for each country and year some
   *     family covers
   */
  static Dataset<Row> chosen(
      Dataset<Row> financeCoverage,
      Map<String, String> families,
      Dataset<Row> countryYears,
      List<String> priority) {
    Column rank = lit(priority.size());
    for (int i = priority.size() - 1; i >= 0; i--) {
      rank = when(col(Columns.SOURCE).equalTo(priority.get(i)), lit(i)).otherwise(rank);
    }
    Dataset<Row> covering =
        countryYears
            .join(withFamily(financeCoverage, families), Columns.ISO3)
            .where(col(Columns.YEAR).between(col(Columns.FROM_YEAR), col(Columns.TO_YEAR)))
            .groupBy(Columns.ISO3, Columns.YEAR, FAMILY)
            .agg(
                min(rank).as(RANK),
                array_join(
                        transform(
                            array_sort(collect_set(struct(rank, col(Columns.SOURCE)))),
                            s -> s.getField(Columns.SOURCE)),
                        MetricDatasets.LIST_SEPARATOR)
                    .as(Columns.LOAN_SOURCE));
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

  /**
   * The loans the panel counts: each in the year of its commitment, where its family is the one
   * {@link #chosen} for its country and that year.
   *
   * @param familyLoans loans with {@link #FAMILY}
   * @param loanSource {@link #chosen} output
   * @return the loans, with year
   */
  static Dataset<Row> counted(Dataset<Row> familyLoans, Dataset<Row> loanSource) {
    return familyLoans
        .withColumn(Columns.YEAR, col(Columns.COMMITMENT_YEAR))
        .join(
            loanSource.select(Columns.ISO3, Columns.YEAR, FAMILY),
            new String[] {Columns.ISO3, Columns.YEAR, FAMILY});
  }
}
