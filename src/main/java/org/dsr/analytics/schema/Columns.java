package org.dsr.analytics.schema;

import java.util.List;

/** Canonical column names: one name per concept, used by every reader, metric and output. */
public final class Columns {
  private Columns() {}

  // Provenance, carried by every canonical row and report.
  public static final String SOURCE = "source";
  public static final String SOURCE_FILE = "source_file";
  public static final String LINE_NUMBER = "line_number";

  // The country, as harmonised, and the harmonisation report.
  public static final String ISO3 = "iso3";
  public static final String RAW_NAME = "raw_name";
  public static final String RAW_CODE = "raw_code";
  public static final String NORMALISED_NAME = "normalised_name";
  public static final String MATCH_METHOD = "match_method";
  public static final String ROW_COUNT = "row_count";
  public static final String SUGGESTIONS = "suggestions";
  public static final String NOTE = "note";

  // egdi: the UN E-Government Survey.
  public static final String SURVEY_YEAR = "survey_year";
  public static final String EGDI = "egdi";
  public static final String OSI = "osi";
  public static final String HCI = "hci";
  public static final String TII = "tii";
  public static final String EPI = "epi";
  public static final String UN_RANK = "un_rank";
  public static final String PERCENTILE = "percentile";
  public static final String EGDI_GROUP = "egdi_group";

  // egdi_differences: a re-published EGDI value that differs from the UN file's.
  public static final String COMPONENT = "component";
  public static final String UN_VALUE = "un_value";
  public static final String REPUBLISHED_VALUE = "republished_value";
  public static final String UN_SOURCE_FILE = "un_source_file";
  public static final String UN_LINE_NUMBER = "un_line_number";

  // macro: World Bank indicators, and the codes of those the panel uses.
  public static final String YEAR = "year";
  public static final String INDICATOR_CODE = "indicator_code";
  public static final String VALUE = "value";
  public static final String GDP_INDICATOR = "NY.GDP.MKTP.CD";
  public static final String POPULATION_INDICATOR = "SP.POP.TOTL";
  public static final String INTERNET_INDICATOR = "IT.NET.USER.ZS";

  // loans: Chinese development-finance commitments.
  public static final String LOAN_ID = "loan_id";
  public static final String COMMITMENT_YEAR = "commitment_year";
  public static final String LENDER = "lender";
  public static final String SECTOR = "sector";
  public static final String SOURCE_SECTOR = "source_sector";
  public static final String IS_ICT = "is_ict";
  public static final String AMOUNT_USD = "amount_usd";
  public static final String AMOUNT_USD_CONSTANT = "amount_usd_constant";
  public static final String CONSTANT_BASE_YEAR = "constant_base_year";
  public static final String FLOW_CLASS = "flow_class";
  public static final String STATUS = "status";
  public static final String SOURCE_RECORD_ID = "source_record_id";
  public static final String IMPLEMENTING_AGENCIES = "implementing_agencies";
  public static final String PROJECT_KEY = "project_key";
  public static final String DIGITAL_CATEGORY = "digital_category";
  public static final String CLASSIFICATION_REASON = "classification_reason";

  // deployments: Chinese vendor deployments.
  public static final String DEPLOYMENT_ID = "deployment_id";
  public static final String VENDOR = "vendor";
  public static final String CATEGORY = "category";
  public static final String PROJECT = "project";
  public static final String VALUE_USD = "value_usd";
  public static final String SOURCE_URL = "source_url";
  public static final String LOAN_AMOUNT_USD = "loan_amount_usd";

  // rejects and reconciliation.
  public static final String RAW_RECORD = "raw_record";
  public static final String RULE = "rule";
  public static final String MESSAGE = "message";
  public static final String OUTCOME = "outcome";

  // country_year: the country and year panel.
  public static final String REGION = "region";
  public static final String SUB_REGION = "sub_region";
  public static final String INCOME_GROUP = "income_group";
  public static final String EGDI_OBSERVED = "egdi_observed";
  public static final String DEPLOYMENTS_NEW = "deployments_new";
  public static final String DEPLOYMENTS_CUMULATIVE = "deployments_cumulative";
  public static final String VENDORS_PRESENT = "vendors_present";
  public static final String FINANCED_DEPLOYMENTS_CUMULATIVE = "financed_deployments_cumulative";
  public static final String LOAN_SOURCE = "loan_source";
  public static final String LOANS_USD = "loans_usd";
  public static final String LOANS_USD_CUMULATIVE = "loans_usd_cumulative";
  public static final String ICT_LOANS_USD = "ict_loans_usd";
  public static final String ICT_LOANS_USD_CUMULATIVE = "ict_loans_usd_cumulative";
  public static final String LOANS_USD_2021 = "loans_usd_2021";
  public static final String LOANS_USD_2021_CUMULATIVE = "loans_usd_2021_cumulative";
  public static final String ICT_LOANS_USD_2021 = "ict_loans_usd_2021";
  public static final String ICT_LOANS_USD_2021_CUMULATIVE = "ict_loans_usd_2021_cumulative";
  public static final String GDP_USD = "gdp_usd";
  public static final String POPULATION = "population";
  public static final String INTERNET_USERS_PCT = "internet_users_pct";
  public static final String ICT_LOANS_CUMULATIVE_PCT_GDP = "ict_loans_cumulative_pct_gdp";
  public static final String DEPLOYMENTS_PER_MILLION = "deployments_per_million";
  public static final String EGDI_RECORDS = "egdi_records";
  public static final String LOAN_RECORDS_CUMULATIVE = "loan_records_cumulative";
  public static final String DEPLOYMENT_RECORDS_CUMULATIVE = "deployment_records_cumulative";
  public static final String SOURCES = "sources";

  // coverage: which countries and years each loan and deployment source covers.
  public static final String MEASURES = "measures";
  public static final String FROM_YEAR = "from_year";
  public static final String TO_YEAR = "to_year";
  public static final String COVERAGE_BASIS = "coverage_basis";
  public static final String DEPLOYMENT_COVERAGE = "deployment_coverage";

  // evidence: the records behind each component of each country and year.
  public static final String ROLE = "role";
  public static final String RECORD_ID = "record_id";
  public static final String ADMITTED_BY = "admitted_by";
  public static final String COMPONENTS = "components";

  // dependence: the Digital Dependence Index and its components.
  public static final String FINANCE_EXPOSURE = "finance_exposure";
  public static final String VENDOR_FOOTPRINT = "vendor_footprint";
  public static final String INFRASTRUCTURE_BREADTH = "infrastructure_breadth";
  public static final String DEPLOYMENT_INTENSITY = "deployment_intensity";
  public static final String COMPONENTS_AVAILABLE = "components_available";
  public static final String NOT_SCORED_REASON = "not_scored_reason";
  public static final String DEPENDENCE_INDEX = "dependence_index";
  public static final String DEPENDENCE_RANK = "dependence_rank";
  public static final String RANK_BEST = "rank_best";
  public static final String RANK_WORST = "rank_worst";

  // dependence_sensitivity.
  public static final String VARIANT = "variant";
  public static final String SPEARMAN = "spearman";
  public static final String COUNTRIES = "countries";

  // trends: per country over the survey editions.
  public static final String FIRST_EDITION = "first_edition";
  public static final String LAST_EDITION = "last_edition";
  public static final String EDITIONS = "editions";
  public static final String FIRST_RANK = "first_rank";
  public static final String LAST_RANK = "last_rank";
  public static final String RANK_CHANGE = "rank_change";
  public static final String FIRST_PERCENTILE = "first_percentile";
  public static final String LAST_PERCENTILE = "last_percentile";
  public static final String PERCENTILE_CHANGE = "percentile_change";
  public static final String FIRST_GROUP = "first_group";
  public static final String LAST_GROUP = "last_group";
  public static final String GROUP_MOVE = "group_move";
  public static final String PERCENTILE_SLOPE = "percentile_slope";
  public static final String RECENT_FROM = "recent_from";
  public static final String RECENT_TO = "recent_to";
  public static final String RECENT_RANK_CHANGE = "recent_rank_change";
  public static final String RECENT_PERCENTILE_CHANGE = "recent_percentile_change";
  public static final String COVID_RANK_CHANGE = "covid_rank_change";
  public static final String COVID_PERCENTILE_CHANGE = "covid_percentile_change";
  public static final String FIRST_EGOV_DEPLOYMENT_YEAR = "first_egov_deployment_year";
  public static final String EDITIONS_BEFORE = "editions_before";
  public static final String EDITIONS_AFTER = "editions_after";
  public static final String PERCENTILE_CHANGE_PER_YEAR_BEFORE =
      "percentile_change_per_year_before";
  public static final String PERCENTILE_CHANGE_PER_YEAR_AFTER = "percentile_change_per_year_after";
  public static final String DEPENDENCE_FIRST_YEAR = "dependence_first_year";
  public static final String DEPENDENCE_LAST_YEAR = "dependence_last_year";
  public static final String DEPENDENCE_CHANGE = "dependence_change";
  public static final String DEPENDENCE_SLOPE = "dependence_slope";
  public static final String ICT_LENDING_CAGR = "ict_lending_cagr";

  // regions: group summaries.
  public static final String GROUP_TYPE = "group_type";
  public static final String GROUP_NAME = "group_name";
  public static final String COUNTRIES_WITH_EGDI = "countries_with_egdi";
  public static final String COUNTRIES_WITH_INDEX = "countries_with_index";
  public static final String MEDIAN_PERCENTILE = "median_percentile";
  public static final String POPULATION_WEIGHTED_PERCENTILE = "population_weighted_percentile";
  public static final String MEAN_DEPENDENCE_INDEX = "mean_dependence_index";

  // comparison: the side-by-side table.
  public static final String COUNTRY = "country";
  public static final String POSITION = "position";
  public static final String EGDI_EDITION = "egdi_edition";
  public static final String BASELINE_YEAR = "baseline_year";
  public static final String UN_RANK_CHANGE = "un_rank_change";
  public static final String DEPENDENCE_INDEX_CHANGE = "dependence_index_change";

  /** The four components of the Digital Dependence Index, in the order of its columns. */
  public static final List<String> DEPENDENCE_COMPONENTS =
      List.of(FINANCE_EXPOSURE, VENDOR_FOOTPRINT, INFRASTRUCTURE_BREADTH, DEPLOYMENT_INTENSITY);

  /** A dependence component's score column (0..1 within its year). */
  public static String score(String component) {
    return component + "_score";
  }

  /** A dependence component's weight column. */
  public static String weight(String component) {
    return "weight_" + component;
  }

  /** New deployments of one category in a panel year. */
  public static String deploymentsNew(String category) {
    return DEPLOYMENTS_NEW + "_" + category;
  }

  /** Deployments of one category up to a panel year. */
  public static String deploymentsCumulative(String category) {
    return DEPLOYMENTS_CUMULATIVE + "_" + category;
  }

  /** Deployments of one category up to a panel year that a Chinese finance record names. */
  public static String financedDeploymentsCumulative(String category) {
    return FINANCED_DEPLOYMENTS_CUMULATIVE + "_" + category;
  }

  /** Digital commitments of one category up to a panel year. */
  public static String ictLoansUsdCumulative(String category) {
    return ICT_LOANS_USD_CUMULATIVE + "_" + category;
  }

  /** Countries of a group with deployments of one category. */
  public static String countriesWith(String category) {
    return "countries_with_" + category;
  }
}
