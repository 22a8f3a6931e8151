package org.dsr.analytics.metrics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.dsr.analytics.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.MetricDatasets;

/**
 * The country-year panel (docs/methodology.md, section 1): one row per country and year with EGDI,
 * deployments, loans, macro indicators, ratios and provenance.
 */
public final class CountryYearPanel {
  private CountryYearPanel() {}

  /**
   * @param countries the country reference: iso3, region, sub_region, income_group
   * @param egdi canonical egdi rows
   * @param macro canonical macro rows
   * @param loans canonical loans rows
   * @param deployments canonical deployment rows
   * @param fromYear first year of the panel
   * @param toYear last year of the panel
   * @param loanSourcePriority loan sources, most preferred first; sources not listed come after, in
   *     name order
   * @param loanFamilies each loan source's family: releases of one dataset that ingestion has
   *     already made disjoint (each project counted once) are one family and count together; a
   *     source missing here is a family of its own
   * @param coverage the coverage dataset ({@link Coverage#of}): which sources cover each country
   *     and year
   * @param cut materialises an intermediate result and cuts its lineage, so later plans stay small
   *     (a run passes {@code io.PlanCut::of}); the identity gives the same rows
   * @return the panel, one row per country in any input and year in [fromYear, toYear]
   */
  public static Dataset<Row> build(
      Dataset<Row> countries,
      Dataset<Row> egdi,
      Dataset<Row> macro,
      Dataset<Row> loans,
      Dataset<Row> deployments,
      int fromYear,
      int toYear,
      List<String> loanSourcePriority,
      Map<String, String> loanFamilies,
      Dataset<Row> coverage,
      UnaryOperator<Dataset<Row>> cut) {
    int firstYear =
        Math.min(
            fromYear,
            Math.min(minYear(loans, Columns.COMMITMENT_YEAR), minYear(deployments, Columns.YEAR)));
    Dataset<Row> present =
        egdi.select(Columns.ISO3)
            .union(macro.select(Columns.ISO3))
            .union(loans.select(Columns.ISO3))
            .union(deployments.select(Columns.ISO3))
            .distinct();
    Dataset<Row> years =
        egdi.sparkSession()
            .range(firstYear, toYear + 1L)
            .select(col("id").cast(DataTypes.IntegerType).as(Columns.YEAR));
    Dataset<Row> grid = countries.join(present, Columns.ISO3).crossJoin(years);

    WindowSpec upToYear =
        Window.partitionBy(Columns.ISO3)
            .orderBy(Columns.YEAR)
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());

    Dataset<Row> familyLoans = LoanSources.withFamily(loans, loanFamilies);
    Dataset<Row> loanSource =
        LoanSources.chosen(
            coverage.where(col(Columns.MEASURES).equalTo(Coverage.FINANCE)),
            loanFamilies,
            grid.select(Columns.ISO3, Columns.YEAR),
            loanSourcePriority);
    // Materialised before the wide select below: Spark 4's analyser re-walks the whole plan for
    // every expression, and with the six joins inline that plan is long.
    Dataset<Row> panel =
        cut.apply(
            grid.join(egdiOfYear(egdi), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(deploymentsOfYear(deployments), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(newVendorsOfYear(deployments), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(
                    loansOfYear(familyLoans, loanSource), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(loanSource.drop(LoanSources.FAMILY), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(macroOfYear(macro), keys(Columns.ISO3, Columns.YEAR), "left")
                .join(
                    deploymentCoverage(coverage, grid.select(Columns.ISO3, Columns.YEAR)),
                    keys(Columns.ISO3, Columns.YEAR),
                    "left"));

    List<Column> out = new ArrayList<>();
    out.add(col(Columns.ISO3));
    out.add(col(Columns.YEAR));
    out.add(col(REGION));
    out.add(col(SUB_REGION));
    out.add(col(INCOME_GROUP));
    out.add(col(Columns.EGDI).isNotNull().as(EGDI_OBSERVED));
    for (String c :
        List.of(
            Columns.EGDI,
            Columns.OSI,
            Columns.HCI,
            Columns.TII,
            Columns.EPI,
            Columns.UN_RANK,
            Columns.PERCENTILE,
            Columns.EGDI_GROUP)) {
      out.add(col(c));
    }
    Column newTotal = lit(0L);
    Column cumulativeTotal = lit(0L);
    for (String category : Categories.INFRASTRUCTURE) {
      Column n = coalesce(col("_new_" + category), lit(0L));
      newTotal = newTotal.plus(n);
      cumulativeTotal = cumulativeTotal.plus(sum(n).over(upToYear));
    }
    out.add(newTotal.as(DEPLOYMENTS_NEW));
    out.add(cumulativeTotal.as(DEPLOYMENTS_CUMULATIVE));
    for (String category : Categories.ALL) {
      Column n = coalesce(col("_new_" + category), lit(0L));
      out.add(n.as(deploymentsNew(category)));
      out.add(sum(n).over(upToYear).as(deploymentsCumulative(category)));
    }
    out.add(sum(coalesce(col("_new_vendors"), lit(0L))).over(upToYear).as(VENDORS_PRESENT));
    Column financedTotal = lit(0L);
    List<Column> financedByCategory = new ArrayList<>();
    for (String category : Categories.INFRASTRUCTURE) {
      Column n = sum(coalesce(col("_financed_" + category), lit(0L))).over(upToYear);
      financedTotal = financedTotal.plus(n);
      financedByCategory.add(n.as(financedDeploymentsCumulative(category)));
    }
    out.add(financedTotal.as(FINANCED_DEPLOYMENTS_CUMULATIVE));
    out.addAll(financedByCategory);
    out.add(col(LOAN_SOURCE));
    for (String amount : List.of(LOANS_USD, ICT_LOANS_USD, LOANS_USD_2021, ICT_LOANS_USD_2021)) {
      Column year = coalesce(col("_" + amount), lit(0).cast(Datasets.MONEY_SUM));
      out.add(year.cast(Datasets.MONEY_SUM).as(amount));
      out.add(sum(year).over(upToYear).cast(Datasets.MONEY_SUM).as(amount + "_cumulative"));
    }
    for (String category : Categories.INFRASTRUCTURE) {
      Column year = coalesce(col("_ict_" + category), lit(0).cast(Datasets.MONEY_SUM));
      out.add(
          sum(year).over(upToYear).cast(Datasets.MONEY_SUM).as(ictLoansUsdCumulative(category)));
    }
    out.add(col("_" + GDP_USD).as(GDP_USD));
    out.add(col("_" + POPULATION).as(POPULATION));
    out.add(col("_" + INTERNET_USERS_PCT).as(INTERNET_USERS_PCT));
    out.add(coalesce(col("_egdi_records"), lit(0L)).as(EGDI_RECORDS));
    out.add(
        sum(coalesce(col("_loan_records"), lit(0L))).over(upToYear).as(LOAN_RECORDS_CUMULATIVE));
    out.add(
        sum(coalesce(col("_deployment_records"), lit(0L)))
            .over(upToYear)
            .as(DEPLOYMENT_RECORDS_CUMULATIVE));
    out.add(
        flatten(
                collect_set(coalesce(col("_deployment_sources"), lit(new String[0])))
                    .over(upToYear))
            .as("_deployment_sources_so_far"));
    out.add(
        flatten(collect_set(coalesce(col("_loan_sources"), lit(new String[0]))).over(upToYear))
            .as("_loan_sources_so_far"));
    out.add(col("_egdi_source"));
    out.add(col("_macro_sources"));
    out.add(col(DEPLOYMENT_COVERAGE));

    Dataset<Row> withCumulatives = panel.select(out.toArray(Column[]::new));
    Column ictPctGdp =
        when(
            col(GDP_USD).gt(0),
            col(ICT_LOANS_USD_CUMULATIVE)
                .cast(DataTypes.DoubleType)
                .multiply(100)
                .divide(col(GDP_USD)));
    Column perMillion =
        when(
            col(POPULATION).gt(0),
            col(DEPLOYMENTS_CUMULATIVE)
                .cast(DataTypes.DoubleType)
                .divide(col(POPULATION).divide(1e6)));
    Column sourceList =
        array_sort(
            array_distinct(
                org.apache.spark.sql.functions.concat(
                    col("_deployment_sources_so_far"),
                    coalesce(col("_macro_sources"), lit(new String[0])),
                    when(
                            col(EGDI_OBSERVED),
                            org.apache.spark.sql.functions.array(col("_egdi_source")))
                        .otherwise(lit(new String[0])),
                    col("_loan_sources_so_far"))));
    Column sources =
        when(
            org.apache.spark.sql.functions.size(sourceList).gt(0),
            array_join(sourceList, MetricDatasets.LIST_SEPARATOR));
    return withCumulatives
        .withColumn(ICT_LOANS_CUMULATIVE_PCT_GDP, ictPctGdp)
        .withColumn(DEPLOYMENTS_PER_MILLION, perMillion)
        .withColumn(SOURCES, sources)
        .where(col(Columns.YEAR).geq(fromYear))
        .drop(
            "_deployment_sources_so_far", "_loan_sources_so_far", "_egdi_source", "_macro_sources");
  }

  private static String[] keys(String... columns) {
    return columns;
  }

  private static int minYear(Dataset<Row> rows, String yearColumn) {
    Row r = rows.agg(min(col(yearColumn))).first();
    return r.isNullAt(0) ? Integer.MAX_VALUE : r.getInt(0);
  }

  private static Dataset<Row> egdiOfYear(Dataset<Row> egdi) {
    return egdi.select(
        col(Columns.ISO3),
        col(Columns.SURVEY_YEAR).as(Columns.YEAR),
        col(Columns.EGDI),
        col(Columns.OSI),
        col(Columns.HCI),
        col(Columns.TII),
        col(Columns.EPI),
        col(Columns.UN_RANK),
        col(Columns.PERCENTILE),
        col(Columns.EGDI_GROUP),
        lit(1L).as("_egdi_records"),
        col(Columns.SOURCE).as("_egdi_source"));
  }

  private static Dataset<Row> deploymentsOfYear(Dataset<Row> deployments) {
    List<Column> aggs = new ArrayList<>();
    for (String category : Categories.ALL) {
      aggs.add(
          sum(when(col(Columns.CATEGORY).equalTo(category), 1L).otherwise(0L))
              .as("_new_" + category));
      aggs.add(
          sum(when(
                      col(Columns.CATEGORY).equalTo(category).and(col(Columns.LOAN_ID).isNotNull()),
                      1L)
                  .otherwise(0L))
              .as("_financed_" + category));
    }
    aggs.add(count(lit(1)).as("_deployment_records"));
    aggs.add(collect_set(col(Columns.SOURCE)).as("_deployment_sources"));
    return deployments
        .groupBy(Columns.ISO3, Columns.YEAR)
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /**
   * Per country and year: how many vendors appear in the country for the first time, by a
   * deployment in an infrastructure category (a stake abroad makes no vendor present).
   */
  private static Dataset<Row> newVendorsOfYear(Dataset<Row> deployments) {
    return deployments
        .where(col(Columns.CATEGORY).isin(Categories.INFRASTRUCTURE.toArray()))
        .groupBy(Columns.ISO3, Columns.VENDOR)
        .agg(min(Columns.YEAR).as(Columns.YEAR))
        .groupBy(Columns.ISO3, Columns.YEAR)
        .agg(count(lit(1)).as("_new_vendors"));
  }

  /** Loans of the family chosen for each country and year ({@link LoanSources#chosen}). */
  private static Dataset<Row> loansOfYear(Dataset<Row> familyLoans, Dataset<Row> loanSource) {
    Dataset<Row> chosen = LoanSources.counted(familyLoans, loanSource);
    Column base2021 = col(Columns.CONSTANT_BASE_YEAR).equalTo(2021);
    Column ict = col(Columns.IS_ICT);
    List<Column> aggs = new ArrayList<>();
    aggs.add(sum(when(ict, col(Columns.AMOUNT_USD))).as("_" + ICT_LOANS_USD));
    aggs.add(sum(when(base2021, col(Columns.AMOUNT_USD_CONSTANT))).as("_" + LOANS_USD_2021));
    aggs.add(
        sum(when(base2021.and(ict), col(Columns.AMOUNT_USD_CONSTANT)))
            .as("_" + ICT_LOANS_USD_2021));
    aggs.add(count(lit(1)).as("_loan_records"));
    aggs.add(collect_set(col(Columns.SOURCE)).as("_loan_sources"));
    for (String category : Categories.INFRASTRUCTURE) {
      aggs.add(
          sum(when(col(Columns.DIGITAL_CATEGORY).equalTo(category), col(Columns.AMOUNT_USD)))
              .as("_ict_" + category));
    }
    return chosen
        .groupBy(col(Columns.ISO3), col(Columns.YEAR))
        .agg(sum(col(Columns.AMOUNT_USD)).as("_" + LOANS_USD), aggs.toArray(Column[]::new));
  }

  /** Per country and year: the deployment sources that cover it, "; "-separated. */
  private static Dataset<Row> deploymentCoverage(Dataset<Row> coverage, Dataset<Row> countryYears) {
    return countryYears
        .join(coverage.where(col(Columns.MEASURES).equalTo(Coverage.DEPLOYMENTS)), Columns.ISO3)
        .where(col(Columns.YEAR).between(col(Columns.FROM_YEAR), col(Columns.TO_YEAR)))
        .groupBy(Columns.ISO3, Columns.YEAR)
        .agg(
            array_join(array_sort(collect_set(col(Columns.SOURCE))), MetricDatasets.LIST_SEPARATOR)
                .as(DEPLOYMENT_COVERAGE));
  }

  private static Dataset<Row> macroOfYear(Dataset<Row> macro) {
    Column code = col(Columns.INDICATOR_CODE);
    return macro
        .where(code.isin(GDP_INDICATOR, POPULATION_INDICATOR, INTERNET_INDICATOR))
        .groupBy(Columns.ISO3, Columns.YEAR)
        .agg(
            first(when(code.equalTo(GDP_INDICATOR), col(Columns.VALUE)), true).as("_" + GDP_USD),
            first(when(code.equalTo(POPULATION_INDICATOR), col(Columns.VALUE)), true)
                .as("_" + POPULATION),
            first(when(code.equalTo(INTERNET_INDICATOR), col(Columns.VALUE)), true)
                .as("_" + INTERNET_USERS_PCT),
            collect_set(col(Columns.SOURCE)).as("_macro_sources"));
  }
}
