package org.dsr.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;

/** The analysts' datasets (docs/methodology.md), defined once. */
public final class MetricDatasets {
  private MetricDatasets() {}

  private static ColumnSpec c(String name, DataType type, String unit, String meaning) {
    return new ColumnSpec(name, type, unit, meaning);
  }

  private static final ColumnSpec ISO3 =
      c(Columns.ISO3, StringType, "", "ISO 3166-1 alpha-3 code of the country");
  private static final ColumnSpec YEAR = c(Columns.YEAR, IntegerType, "year", "calendar year");

  private static List<ColumnSpec> panelColumns() {
    List<ColumnSpec> cols = new ArrayList<>();
    cols.add(ISO3);
    cols.add(YEAR);
    cols.add(c(Columns.REGION, StringType, "", "UN M49 region"));
    cols.add(c(Columns.SUB_REGION, StringType, "", "UN M49 sub-region"));
    cols.add(c(Columns.INCOME_GROUP, StringType, "", "World Bank income group (reference table)"));
    cols.add(
        c(
            Columns.EGDI_OBSERVED,
            BooleanType,
            "",
            "a UN survey edition assessed the country this year"));
    cols.add(
        c(Columns.EGDI, DoubleType, "index 0-1", "E-Government Development Index, where observed"));
    cols.add(c(Columns.OSI, DoubleType, "index 0-1", "Online Service Index, where observed"));
    cols.add(c(Columns.HCI, DoubleType, "index 0-1", "Human Capital Index, where observed"));
    cols.add(
        c(
            Columns.TII,
            DoubleType,
            "index 0-1",
            "Telecommunication Infrastructure Index, where observed"));
    cols.add(c(Columns.EPI, DoubleType, "index 0-1", "E-Participation Index, where observed"));
    cols.add(c(Columns.UN_RANK, IntegerType, "rank", "UN EGDI rank, where observed"));
    cols.add(
        c(
            Columns.PERCENTILE,
            DoubleType,
            "percent",
            "EGDI percentile in the edition, where observed"));
    cols.add(c(Columns.EGDI_GROUP, StringType, "", "UN EGDI group, where observed"));
    cols.add(
        c(
            Columns.DEPLOYMENTS_NEW,
            LongType,
            "deployments",
            "Chinese vendor deployments recorded this year, in the infrastructure categories (not"
                + " outbound_stake)"));
    cols.add(
        c(
            Columns.DEPLOYMENTS_CUMULATIVE,
            LongType,
            "deployments",
            "deployments recorded up to this year, in the infrastructure categories (not"
                + " outbound_stake)"));
    for (String category : Categories.ALL) {
      cols.add(
          c(
              Columns.deploymentsNew(category),
              LongType,
              "deployments",
              category + " deployments this year"));
      cols.add(
          c(
              Columns.deploymentsCumulative(category),
              LongType,
              "deployments",
              category + " deployments up to this year"));
    }
    cols.add(
        c(
            Columns.VENDORS_PRESENT,
            LongType,
            "vendors",
            "distinct Chinese vendors with a deployment in an infrastructure category (not"
                + " outbound_stake) up to this year"));
    cols.add(
        c(
            Columns.FINANCED_DEPLOYMENTS_CUMULATIVE,
            LongType,
            "deployments",
            "deployments up to this year that a Chinese finance record names as implemented by"
                + " the vendor (deployments.loan_id set), whichever loan source the year counts"));
    for (String category : Categories.INFRASTRUCTURE) {
      cols.add(
          c(
              Columns.financedDeploymentsCumulative(category),
              LongType,
              "deployments",
              category + " deployments up to this year named by a finance record"));
    }
    cols.add(
        c(
            Columns.LOAN_SOURCE,
            StringType,
            "",
            "the loan source counted for this country and year: the most preferred that covers both (a family of releases lists each; sources overlap and are never added up); null where none covers them"));
    cols.add(
        c(
            Columns.LOANS_USD,
            Datasets.MONEY_SUM,
            "USD, nominal",
            "commitments this year, all sectors"));
    cols.add(
        c(
            Columns.LOANS_USD_CUMULATIVE,
            Datasets.MONEY_SUM,
            "USD, nominal",
            "commitments up to this year, all sectors"));
    cols.add(
        c(Columns.ICT_LOANS_USD, Datasets.MONEY_SUM, "USD, nominal", "ICT commitments this year"));
    cols.add(
        c(
            Columns.ICT_LOANS_USD_CUMULATIVE,
            Datasets.MONEY_SUM,
            "USD, nominal",
            "digital (ICT) commitments up to this year: loans whose digital_category is set"));
    for (String category : Categories.INFRASTRUCTURE) {
      cols.add(
          c(
              Columns.ictLoansUsdCumulative(category),
              Datasets.MONEY_SUM,
              "USD, nominal",
              "commitments up to this year whose digital_category is " + category));
    }
    cols.add(
        c(
            Columns.LOANS_USD_2021,
            Datasets.MONEY_SUM,
            "USD, constant 2021",
            "commitments this year with constant 2021 amounts"));
    cols.add(
        c(
            Columns.LOANS_USD_2021_CUMULATIVE,
            Datasets.MONEY_SUM,
            "USD, constant 2021",
            "the same, up to this year"));
    cols.add(
        c(
            Columns.ICT_LOANS_USD_2021,
            Datasets.MONEY_SUM,
            "USD, constant 2021",
            "ICT commitments this year, constant 2021"));
    cols.add(
        c(
            Columns.ICT_LOANS_USD_2021_CUMULATIVE,
            Datasets.MONEY_SUM,
            "USD, constant 2021",
            "the same, up to this year"));
    cols.add(c(Columns.GDP_USD, DoubleType, "USD, current", "GDP (NY.GDP.MKTP.CD)"));
    cols.add(c(Columns.POPULATION, DoubleType, "people", "population (SP.POP.TOTL)"));
    cols.add(
        c(
            Columns.INTERNET_USERS_PCT,
            DoubleType,
            "percent",
            "internet users, % of population (IT.NET.USER.ZS)"));
    cols.add(c(Columns.EGDI_RECORDS, LongType, "records", "egdi records behind the row"));
    cols.add(
        c(
            Columns.LOAN_RECORDS_CUMULATIVE,
            LongType,
            "records",
            "loan records up to this year, of loan_source"));
    cols.add(
        c(
            Columns.DEPLOYMENT_RECORDS_CUMULATIVE,
            LongType,
            "records",
            "deployment records up to this year"));
    cols.add(
        c(
            Columns.ICT_LOANS_CUMULATIVE_PCT_GDP,
            DoubleType,
            "percent of GDP",
            "100 x ICT commitments up to this year / GDP; null without GDP"));
    cols.add(
        c(
            Columns.DEPLOYMENTS_PER_MILLION,
            DoubleType,
            "per million people",
            "deployments up to this year per million people; null without population"));
    cols.add(c(Columns.SOURCES, StringType, "", "input sources behind the row, '; '-separated"));
    cols.add(
        c(
            Columns.DEPLOYMENT_COVERAGE,
            StringType,
            "",
            "the deployment sources that cover this country and year (dataset coverage),"
                + " '; '-separated; null where none does, so the deployment components are unobserved"));
    return cols;
  }

  public static final DatasetSpec COUNTRY_YEAR =
      new DatasetSpec(
          "country_year", "country and year", panelColumns(), List.of(Columns.ISO3, Columns.YEAR));

  private static List<ColumnSpec> dependenceColumns() {
    List<ColumnSpec> cols = new ArrayList<>();
    cols.add(ISO3);
    cols.add(YEAR);
    cols.add(
        c(
            Columns.FINANCE_EXPOSURE,
            DoubleType,
            "percent of GDP",
            "finance exposure: cumulative ICT lending / GDP"));
    cols.add(
        c(
            Columns.VENDOR_FOOTPRINT,
            DoubleType,
            "vendors",
            "vendor footprint: distinct Chinese vendors present"));
    cols.add(
        c(
            Columns.INFRASTRUCTURE_BREADTH,
            DoubleType,
            "share 0-1",
            "share of the 4 critical categories with a Chinese deployment"));
    cols.add(
        c(
            Columns.DEPLOYMENT_INTENSITY,
            DoubleType,
            "per million people",
            "deployments per million people"));
    for (String comp : Columns.DEPENDENCE_COMPONENTS) {
      cols.add(
          c(Columns.score(comp), DoubleType, "score 0-1", comp + " normalised within the year"));
    }
    for (String comp : Columns.DEPENDENCE_COMPONENTS) {
      cols.add(c(Columns.weight(comp), DoubleType, "weight", "weight of " + comp + " used"));
    }
    cols.add(
        c(
            Columns.COMPONENTS_AVAILABLE,
            StringType,
            "",
            "components the index of this row is built from, ','-separated"));
    cols.add(
        c(
            Columns.NOT_SCORED_REASON,
            StringType,
            "",
            "why the row has no index whatever its records: China, and its SARs Hong Kong and"
                + " Macao, where the vendors and lenders are domestic; null for a scored country"));
    cols.add(
        c(
            Columns.DEPENDENCE_INDEX,
            DoubleType,
            "index 0-100",
            "Digital Dependence Index: 100 x weighted mean of available scores, rounded to 9"
                + " decimals"));
    cols.add(
        c(
            Columns.DEPENDENCE_RANK,
            IntegerType,
            "rank",
            "rank within the year, 1 = most dependent; null for an index of 0 (no exposure"
                + " observed), which is not ranked"));
    cols.add(
        c(
            Columns.RANK_BEST,
            IntegerType,
            "rank",
            "best rank over the default and the nine sensitivity variants; null for an index of 0"));
    cols.add(
        c(
            Columns.RANK_WORST,
            IntegerType,
            "rank",
            "worst rank over the default and the nine sensitivity variants; null for an index of 0"));
    cols.add(
        c(
            Columns.LOAN_RECORDS_CUMULATIVE,
            LongType,
            "records",
            "loan records behind finance exposure"));
    cols.add(
        c(
            Columns.DEPLOYMENT_RECORDS_CUMULATIVE,
            LongType,
            "records",
            "deployment records behind the other components"));
    cols.add(c(Columns.SOURCES, StringType, "", "input sources behind the row"));
    return cols;
  }

  public static final DatasetSpec DEPENDENCE =
      new DatasetSpec(
          "dependence",
          "country and year",
          dependenceColumns(),
          List.of(Columns.YEAR, Columns.ISO3));

  public static final DatasetSpec DEPENDENCE_SENSITIVITY =
      new DatasetSpec(
          "dependence_sensitivity",
          "year and ranking variant",
          List.of(
              YEAR,
              c(
                  Columns.VARIANT,
                  StringType,
                  "",
                  "a weight x0.5 or x1.5, or the other normalisation"),
              c(
                  Columns.SPEARMAN,
                  DoubleType,
                  "correlation -1..1",
                  "Spearman rank correlation with the default ranking"),
              c(Columns.COUNTRIES, LongType, "countries", "countries ranked in both")),
          List.of(Columns.YEAR, Columns.VARIANT));

  public static final DatasetSpec TRENDS =
      new DatasetSpec(
          "trends",
          "country with EGDI data",
          List.of(
              ISO3,
              c(
                  Columns.FIRST_EDITION,
                  IntegerType,
                  "year",
                  "first survey edition assessing the country"),
              c(
                  Columns.LAST_EDITION,
                  IntegerType,
                  "year",
                  "last survey edition assessing the country"),
              c(Columns.EDITIONS, LongType, "editions", "editions assessing the country"),
              c(Columns.FIRST_RANK, IntegerType, "rank", "UN rank in the first edition"),
              c(Columns.LAST_RANK, IntegerType, "rank", "UN rank in the last edition"),
              c(
                  Columns.RANK_CHANGE,
                  IntegerType,
                  "places",
                  "first rank - last rank; positive = improved"),
              c(Columns.FIRST_PERCENTILE, DoubleType, "percent", "percentile in the first edition"),
              c(Columns.LAST_PERCENTILE, DoubleType, "percent", "percentile in the last edition"),
              c(Columns.PERCENTILE_CHANGE, DoubleType, "points", "last - first percentile"),
              c(Columns.FIRST_GROUP, StringType, "", "EGDI group in the first edition"),
              c(Columns.LAST_GROUP, StringType, "", "EGDI group in the last edition"),
              c(Columns.GROUP_MOVE, StringType, "", "e.g. 'middle -> high'; null when unchanged"),
              c(
                  Columns.PERCENTILE_SLOPE,
                  DoubleType,
                  "points per year",
                  "least-squares slope of percentile on survey year"),
              c(Columns.RECENT_FROM, IntegerType, "year", "the second most recent edition"),
              c(Columns.RECENT_TO, IntegerType, "year", "the most recent edition"),
              c(
                  Columns.RECENT_RANK_CHANGE,
                  IntegerType,
                  "places",
                  "rank change between them; positive = improved"),
              c(
                  Columns.RECENT_PERCENTILE_CHANGE,
                  DoubleType,
                  "points",
                  "percentile change between them"),
              c(
                  Columns.COVID_RANK_CHANGE,
                  IntegerType,
                  "places",
                  "rank change 2018 -> 2022, where both present"),
              c(
                  Columns.COVID_PERCENTILE_CHANGE,
                  DoubleType,
                  "points",
                  "percentile change 2018 -> 2022, where both present"),
              c(
                  Columns.FIRST_EGOV_DEPLOYMENT_YEAR,
                  IntegerType,
                  "year",
                  "first Chinese e_government or data_centre_cloud deployment"),
              c(Columns.EDITIONS_BEFORE, LongType, "editions", "editions up to that year"),
              c(Columns.EDITIONS_AFTER, LongType, "editions", "editions from that year on"),
              c(
                  Columns.PERCENTILE_CHANGE_PER_YEAR_BEFORE,
                  DoubleType,
                  "points per year",
                  "percentile change per year up to it; null under 2 editions"),
              c(
                  Columns.PERCENTILE_CHANGE_PER_YEAR_AFTER,
                  DoubleType,
                  "points per year",
                  "percentile change per year from it on; null under 2 editions"),
              c(
                  Columns.DEPENDENCE_FIRST_YEAR,
                  IntegerType,
                  "year",
                  "first year with a dependence index"),
              c(
                  Columns.DEPENDENCE_LAST_YEAR,
                  IntegerType,
                  "year",
                  "last year with a dependence index"),
              c(
                  Columns.DEPENDENCE_CHANGE,
                  DoubleType,
                  "index points",
                  "index in the last year - index in the first"),
              c(
                  Columns.DEPENDENCE_SLOPE,
                  DoubleType,
                  "index points per year",
                  "least-squares slope of the index"),
              c(
                  Columns.ICT_LENDING_CAGR,
                  DoubleType,
                  "rate per year",
                  "compound annual growth of cumulative ICT lending")),
          List.of(Columns.ISO3));

  public static final DatasetSpec REGIONS =
      new DatasetSpec(
          "regions",
          "group (UN region, sub-region or World Bank income group) and year, over UN member states",
          List.of(
              c(Columns.GROUP_TYPE, StringType, "", "region, sub_region or income_group"),
              c(Columns.GROUP_NAME, StringType, "", "the group"),
              YEAR,
              c(Columns.COUNTRIES, LongType, "countries", "UN member states in the group"),
              c(
                  Columns.COUNTRIES_WITH_EGDI,
                  LongType,
                  "countries",
                  "of which assessed by an EGDI edition this year"),
              c(
                  Columns.COUNTRIES_WITH_INDEX,
                  LongType,
                  "countries",
                  "of which with a dependence index this year"),
              c(
                  Columns.MEDIAN_PERCENTILE,
                  DoubleType,
                  "percent",
                  "median EGDI percentile; null under half coverage"),
              c(
                  Columns.POPULATION_WEIGHTED_PERCENTILE,
                  DoubleType,
                  "percent",
                  "population-weighted mean EGDI percentile; null under half coverage"),
              c(
                  Columns.MEAN_DEPENDENCE_INDEX,
                  DoubleType,
                  "index 0-100",
                  "mean dependence index; null under half coverage"),
              c(
                  Columns.ICT_LOANS_USD_CUMULATIVE,
                  Datasets.MONEY_SUM,
                  "USD, nominal",
                  "ICT commitments up to this year, summed over the group"),
              c(
                  Columns.countriesWith(Categories.TELECOM_NETWORK),
                  LongType,
                  "countries",
                  "countries with a Chinese telecom_network deployment up to this year"),
              c(
                  Columns.countriesWith(Categories.DATA_CENTRE_CLOUD),
                  LongType,
                  "countries",
                  "countries with a Chinese data_centre_cloud deployment up to this year"),
              c(
                  Columns.countriesWith(Categories.E_GOVERNMENT),
                  LongType,
                  "countries",
                  "countries with a Chinese e_government deployment up to this year"),
              c(
                  Columns.countriesWith(Categories.SAFE_CITY_SURVEILLANCE),
                  LongType,
                  "countries",
                  "countries with a Chinese safe_city_surveillance deployment up to this year")),
          List.of(Columns.GROUP_TYPE, Columns.GROUP_NAME, Columns.YEAR));

  public static final DatasetSpec COMPARISON =
      new DatasetSpec(
          "comparison",
          "selected country in the comparison's reference year, then the selection's median",
          List.of(
              c(
                  Columns.POSITION,
                  IntegerType,
                  "",
                  "order in the selection; the median row is last"),
              ISO3,
              c(
                  Columns.COUNTRY,
                  StringType,
                  "",
                  "UN name of the country, or 'Median of the N countries'"),
              c(Columns.YEAR, IntegerType, "year", "the reference year"),
              c(
                  Columns.EGDI_EDITION,
                  IntegerType,
                  "year",
                  "latest EGDI edition up to the reference year"),
              c(Columns.UN_RANK, DoubleType, "rank", "UN EGDI rank in that edition"),
              c(Columns.PERCENTILE, DoubleType, "percent", "EGDI percentile in that edition"),
              c(Columns.EGDI_GROUP, StringType, "", "UN EGDI group in that edition"),
              c(Columns.DEPENDENCE_INDEX, DoubleType, "index 0-100", "Digital Dependence Index"),
              c(
                  Columns.DEPENDENCE_RANK,
                  DoubleType,
                  "rank",
                  "dependence rank among all countries of the year"),
              c(
                  Columns.FINANCE_EXPOSURE,
                  DoubleType,
                  "percent of GDP",
                  "cumulative ICT lending / GDP"),
              c(
                  Columns.VENDOR_FOOTPRINT,
                  DoubleType,
                  "vendors",
                  "distinct Chinese vendors present"),
              c(
                  Columns.INFRASTRUCTURE_BREADTH,
                  DoubleType,
                  "share 0-1",
                  "share of critical categories with a Chinese deployment"),
              c(
                  Columns.DEPLOYMENT_INTENSITY,
                  DoubleType,
                  "per million people",
                  "deployments per million people"),
              c(
                  Columns.ICT_LOANS_USD_CUMULATIVE,
                  Datasets.MONEY_SUM,
                  "USD, nominal",
                  "ICT commitments up to the reference year"),
              c(
                  Columns.ICT_LOANS_CUMULATIVE_PCT_GDP,
                  DoubleType,
                  "percent of GDP",
                  "the same as a share of GDP"),
              c(
                  Columns.DEPLOYMENTS_CUMULATIVE,
                  DoubleType,
                  "deployments",
                  "deployments up to the reference year"),
              c(
                  Columns.deploymentsCumulative("telecom_network"),
                  DoubleType,
                  "deployments",
                  "telecom network deployments"),
              c(
                  Columns.deploymentsCumulative("data_centre_cloud"),
                  DoubleType,
                  "deployments",
                  "data centre and cloud deployments"),
              c(
                  Columns.deploymentsCumulative("e_government"),
                  DoubleType,
                  "deployments",
                  "e-government deployments"),
              c(
                  Columns.deploymentsCumulative("safe_city_surveillance"),
                  DoubleType,
                  "deployments",
                  "safe city and surveillance deployments"),
              c(
                  Columns.FINANCED_DEPLOYMENTS_CUMULATIVE,
                  DoubleType,
                  "deployments",
                  "deployments a Chinese finance record names, up to the reference year"),
              c(
                  Columns.ictLoansUsdCumulative(Categories.E_GOVERNMENT),
                  Datasets.MONEY_SUM,
                  "USD, nominal",
                  "e-government commitments up to the reference year"),
              c(Columns.VENDORS_PRESENT, DoubleType, "vendors", "distinct Chinese vendors present"),
              c(Columns.BASELINE_YEAR, IntegerType, "year", "the baseline year, if any"),
              c(
                  Columns.UN_RANK_CHANGE,
                  DoubleType,
                  "places",
                  "EGDI rank at the baseline - rank now; positive = improved"),
              c(
                  Columns.PERCENTILE_CHANGE,
                  DoubleType,
                  "points",
                  "EGDI percentile now - at the baseline"),
              c(
                  Columns.DEPENDENCE_INDEX_CHANGE,
                  DoubleType,
                  "index points",
                  "dependence index now - at the baseline")),
          List.of(Columns.POSITION));

  public static final DatasetSpec COVERAGE =
      new DatasetSpec(
          "coverage",
          "loan or deployment source, what it measures, and country",
          List.of(
              c(Columns.SOURCE, StringType, "", "the input source"),
              c(
                  Columns.MEASURES,
                  StringType,
                  "",
                  "finance (loan records: finance_exposure) or deployments (deployment records:"
                      + " vendor_footprint, infrastructure_breadth, deployment_intensity)"),
              ISO3,
              c(Columns.FROM_YEAR, IntegerType, "year", "first year the source covers the country"),
              c(Columns.TO_YEAR, IntegerType, "year", "last year the source covers the country"),
              c(
                  Columns.COVERAGE_BASIS,
                  StringType,
                  "",
                  "why: the layout's published coverage or the input's declaration, or 'records'"
                      + " for a country outside them that the source has records for")),
          List.of(Columns.SOURCE, Columns.MEASURES, Columns.ISO3));

  /** The roles of evidence rows. */
  public static final String RECORD = "record";

  public static final String DENOMINATOR = "denominator";
  public static final String COVERED = "coverage";

  /**
   * Separates the names in a list column of the metrics' datasets: country_year's loan_source and
   * deployment_coverage, evidence's components.
   */
  public static final String LIST_SEPARATOR = "; ";

  /**
   * An evidence row's components: the names in alphabetical order, so each set has one spelling.
   */
  public static String components(List<String> names) {
    return String.join(LIST_SEPARATOR, names.stream().sorted().toList());
  }

  /** The names in an evidence row's components. */
  public static List<String> components(String joined) {
    return List.of(joined.split(LIST_SEPARATOR));
  }

  public static final DatasetSpec EVIDENCE =
      new DatasetSpec(
          "evidence",
          "country, year and input record, with the components it counts in"
              + " (docs/methodology.md, \"Evidence\")",
          List.of(
              ISO3,
              c(
                  Columns.YEAR,
                  IntegerType,
                  "year",
                  "the record's year: a record counts in this year's components and every later"
                      + " year's; a denominator or coverage row counts in this year's only"),
              c(
                  Columns.COMPONENTS,
                  StringType,
                  "",
                  "the dependence components the row counts in, in alphabetical order,"
                      + " \"; \"-separated: a deployment's deployment_intensity and"
                      + " vendor_footprint, and infrastructure_breadth if its category is"
                      + " critical; a loan's finance_exposure; GDP's finance_exposure,"
                      + " population's deployment_intensity; a deployment source's coverage the"
                      + " three deployment components, a finance source's finance_exposure"),
              c(
                  Columns.ROLE,
                  StringType,
                  "",
                  "record (a loan or deployment the components count), denominator (the GDP or"
                      + " population they divide by) or coverage (a source covering the"
                      + " country and year, so the components are observed)"),
              c(Columns.SOURCE, StringType, "", "the input source"),
              c(
                  Columns.RECORD_ID,
                  StringType,
                  "",
                  "loan_id, deployment_id, or the indicator code of a denominator"),
              c(Columns.LOAN_ID, StringType, "", "the finance record that names a deployment"),
              c(
                  Columns.LENDER,
                  StringType,
                  "",
                  "the Chinese lender of a loan or financed deployment"),
              c(Columns.VENDOR, StringType, "", "the Chinese vendor of a deployment"),
              c(
                  Columns.CATEGORY,
                  StringType,
                  "",
                  "a deployment's category, a loan's digital_category"),
              c(
                  Columns.AMOUNT_USD,
                  Datasets.MONEY,
                  "USD, nominal",
                  "a loan's amount (summed by finance_exposure) or a deployment's value"),
              c(Columns.VALUE, DoubleType, "", "a denominator's value: GDP in USD, population"),
              c(
                  Columns.ADMITTED_BY,
                  StringType,
                  "",
                  "the rule that lets the row count: the loan's digital classification, the"
                      + " deployment's infrastructure category, the coverage basis"),
              c(
                  Columns.SOURCE_FILE,
                  StringType,
                  "",
                  "the input file of the record (null for coverage)"),
              c(Columns.LINE_NUMBER, LongType, "line", "its line (null for coverage)")),
          // A coverage row has no record_id and a source in both loan_source and
          // deployment_coverage has two: components tells them apart.
          List.of(
              Columns.ISO3,
              Columns.YEAR,
              Columns.ROLE,
              Columns.SOURCE,
              Columns.RECORD_ID,
              Columns.COMPONENTS));

  public static List<DatasetSpec> all() {
    return List.of(
        COUNTRY_YEAR, DEPENDENCE, DEPENDENCE_SENSITIVITY, TRENDS, REGIONS, COVERAGE, EVIDENCE);
  }
}
