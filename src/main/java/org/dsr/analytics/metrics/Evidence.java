package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The evidence dataset (docs/methodology.md, "Evidence"): per country and year, the input records
 * behind the components, the denominators they divide by and the sources that cover them, each row
 * once with the components it counts in, so that every dependence_index can be recomputed from
 * these rows alone.
 */
public final class Evidence {
  private Evidence() {}

  /** The components a deployment source's coverage, or a critical deployment, counts in. */
  private static final List<String> DEPLOYMENT_COMPONENTS =
      List.of(
          Columns.DEPLOYMENT_INTENSITY, Columns.INFRASTRUCTURE_BREADTH, Columns.VENDOR_FOOTPRINT);

  /**
   * @param panel the country_year panel (its loan_source, deployment_coverage)
   * @param loans canonical loans
   * @param deployments canonical deployments
   * @param macro canonical macro rows
   * @param coverage the coverage dataset
   * @param loanSourcePriority as for {@link CountryYearPanel#build}
   * @param loanFamilies as for {@link CountryYearPanel#build}
   */
  public static Dataset<Row> of(
      Dataset<Row> panel,
      Dataset<Row> loans,
      Dataset<Row> deployments,
      Dataset<Row> macro,
      Dataset<Row> coverage,
      List<String> loanSourcePriority,
      Map<String, String> loanFamilies) {
    Dataset<Row> familyLoans = LoanSources.withFamily(loans, loanFamilies);
    Dataset<Row> loanYears =
        loans
            .select(col(Columns.ISO3), col(Columns.COMMITMENT_YEAR).as(Columns.YEAR))
            .where(col(Columns.ISO3).isNotNull())
            .distinct();
    Dataset<Row> loanSource =
        LoanSources.chosen(
            coverage.where(col(Columns.MEASURES).equalTo(Coverage.FINANCE)),
            loanFamilies,
            loanYears,
            loanSourcePriority);
    Dataset<Row> digitalLoans =
        LoanSources.counted(familyLoans, loanSource).where(col(Columns.IS_ICT));
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(
        row(
            digitalLoans,
            lit(Columns.FINANCE_EXPOSURE),
            lit(MetricDatasets.RECORD),
            col(Columns.LOAN_ID),
            col(Columns.LOAN_ID),
            col(Columns.LENDER),
            lit(null),
            col(Columns.DIGITAL_CATEGORY),
            col(Columns.AMOUNT_USD),
            lit(null),
            concat(lit("digital finance: "), col(Columns.CLASSIFICATION_REASON))));
    Dataset<Row> infrastructure =
        deployments.where(col(Columns.CATEGORY).isin(Categories.INFRASTRUCTURE.toArray()));
    Column admitted =
        concat(
            lit("infrastructure category "),
            col(Columns.CATEGORY),
            when(
                    col(Columns.LOAN_ID).isNotNull(),
                    concat(lit(", named by finance record "), col(Columns.LOAN_ID)))
                .otherwise(lit("")));
    // One row per deployment whatever number of components count it (one write instead of three):
    // every infrastructure deployment counts in vendor_footprint and deployment_intensity, a
    // critical one in infrastructure_breadth too.
    Column components =
        when(
                col(Columns.CATEGORY).isin(Categories.CRITICAL.toArray()),
                lit(MetricDatasets.components(DEPLOYMENT_COMPONENTS)))
            .otherwise(
                lit(
                    MetricDatasets.components(
                        List.of(Columns.DEPLOYMENT_INTENSITY, Columns.VENDOR_FOOTPRINT))));
    parts.add(
        row(
            infrastructure,
            components,
            lit(MetricDatasets.RECORD),
            col(Columns.DEPLOYMENT_ID),
            col(Columns.LOAN_ID),
            col(Columns.LENDER),
            col(Columns.VENDOR),
            col(Columns.CATEGORY),
            col(Columns.VALUE_USD),
            lit(null),
            admitted));
    parts.add(denominator(macro, Columns.GDP_INDICATOR, Columns.FINANCE_EXPOSURE));
    parts.add(denominator(macro, Columns.POPULATION_INDICATOR, Columns.DEPLOYMENT_INTENSITY));
    parts.add(covered(panel, Columns.LOAN_SOURCE, Columns.FINANCE_EXPOSURE));
    parts.add(
        covered(
            panel, Columns.DEPLOYMENT_COVERAGE, MetricDatasets.components(DEPLOYMENT_COMPONENTS)));
    Dataset<Row> out = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) {
      out = out.union(part);
    }
    return out;
  }

  /** The GDP or population rows of the panel's years that a component divides by. */
  private static Dataset<Row> denominator(Dataset<Row> macro, String indicator, String components) {
    Dataset<Row> rows = macro.where(col(Columns.INDICATOR_CODE).equalTo(indicator));
    return row(
        rows,
        lit(components),
        lit(MetricDatasets.DENOMINATOR),
        col(Columns.INDICATOR_CODE),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        col(Columns.VALUE),
        lit("World Bank indicator " + indicator));
  }

  /** One row per source that covers a country and year for the components. */
  private static Dataset<Row> covered(Dataset<Row> panel, String sourcesColumn, String components) {
    Dataset<Row> rows =
        panel
            .where(col(sourcesColumn).isNotNull())
            .select(
                col(Columns.ISO3),
                col(Columns.YEAR),
                explode(split(col(sourcesColumn), MetricDatasets.LIST_SEPARATOR))
                    .as(Columns.SOURCE),
                lit(null).cast(DataTypes.StringType).as(Columns.SOURCE_FILE),
                lit(null).cast(DataTypes.LongType).as(Columns.LINE_NUMBER));
    return row(
        rows,
        lit(components),
        lit(MetricDatasets.COVERED),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        lit(null),
        concat(lit("covered by "), col(Columns.SOURCE), lit(" (dataset coverage)")));
  }

  private static Dataset<Row> row(
      Dataset<Row> rows,
      Column components,
      Column role,
      Column recordId,
      Column loanId,
      Column lender,
      Column vendor,
      Column category,
      Column amount,
      Column value,
      Column admittedBy) {
    return rows.select(
        col(Columns.ISO3),
        col(Columns.YEAR),
        components.as(Columns.COMPONENTS),
        role.as(Columns.ROLE),
        col(Columns.SOURCE),
        recordId.cast(DataTypes.StringType).as(Columns.RECORD_ID),
        loanId.cast(DataTypes.StringType).as(Columns.LOAN_ID),
        lender.cast(DataTypes.StringType).as(Columns.LENDER),
        vendor.cast(DataTypes.StringType).as(Columns.VENDOR),
        category.cast(DataTypes.StringType).as(Columns.CATEGORY),
        amount.cast(Datasets.MONEY).as(Columns.AMOUNT_USD),
        value.cast(DataTypes.DoubleType).as(Columns.VALUE),
        admittedBy.as(Columns.ADMITTED_BY),
        col(Columns.SOURCE_FILE),
        col(Columns.LINE_NUMBER));
  }
}
