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
 * The evidence dataset (docs/methodology.md, "Evidence"): per country, year and component, the
 * input records behind the component, the denominators it divides by and the sources that cover it,
 * so that every dependence_index can be recomputed from these rows alone.
 */
public final class Evidence {
  private Evidence() {}

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
    for (String component :
        List.of(
            Columns.VENDOR_FOOTPRINT,
            Columns.INFRASTRUCTURE_BREADTH,
            Columns.DEPLOYMENT_INTENSITY)) {
      Dataset<Row> counted =
          component.equals(Columns.INFRASTRUCTURE_BREADTH)
              ? infrastructure.where(col(Columns.CATEGORY).isin(Categories.CRITICAL.toArray()))
              : infrastructure;
      parts.add(
          row(
              counted,
              lit(component),
              lit(MetricDatasets.RECORD),
              col(Columns.DEPLOYMENT_ID),
              col(Columns.LOAN_ID),
              col(Columns.LENDER),
              col(Columns.VENDOR),
              col(Columns.CATEGORY),
              col(Columns.VALUE_USD),
              lit(null),
              admitted));
    }
    parts.add(denominator(macro, Columns.GDP_INDICATOR, Columns.FINANCE_EXPOSURE));
    parts.add(denominator(macro, Columns.POPULATION_INDICATOR, Columns.DEPLOYMENT_INTENSITY));
    parts.add(covered(panel, Columns.LOAN_SOURCE, Columns.FINANCE_EXPOSURE));
    for (String component :
        List.of(
            Columns.VENDOR_FOOTPRINT,
            Columns.INFRASTRUCTURE_BREADTH,
            Columns.DEPLOYMENT_INTENSITY)) {
      parts.add(covered(panel, Columns.DEPLOYMENT_COVERAGE, component));
    }
    Dataset<Row> out = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) {
      out = out.union(part);
    }
    return out;
  }

  /** The GDP or population rows of the panel's years that a component divides by. */
  private static Dataset<Row> denominator(Dataset<Row> macro, String indicator, String component) {
    Dataset<Row> rows = macro.where(col(Columns.INDICATOR_CODE).equalTo(indicator));
    return row(
        rows,
        lit(component),
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

  /** One row per source that covers a country and year for a component. */
  private static Dataset<Row> covered(Dataset<Row> panel, String sourcesColumn, String component) {
    Dataset<Row> rows =
        panel
            .where(col(sourcesColumn).isNotNull())
            .select(
                col(Columns.ISO3),
                col(Columns.YEAR),
                explode(split(col(sourcesColumn), "; ")).as(Columns.SOURCE),
                lit(null).cast(DataTypes.StringType).as(Columns.SOURCE_FILE),
                lit(null).cast(DataTypes.LongType).as(Columns.LINE_NUMBER));
    return row(
        rows,
        lit(component),
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
      Column component,
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
        component.as(Columns.COMPONENT),
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
