package org.dsr.analytics.metrics;

/** Column names of the country_year panel and the dependence index, defined once. */
public final class PanelColumns {
  private PanelColumns() {}

  public static final String REGION = "region";
  public static final String SUB_REGION = "sub_region";
  public static final String INCOME_GROUP = "income_group";
  public static final String EGDI_OBSERVED = "egdi_observed";
  public static final String DEPLOYMENTS_NEW = "deployments_new";
  public static final String DEPLOYMENTS_CUMULATIVE = "deployments_cumulative";
  public static final String VENDORS_PRESENT = "vendors_present";
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

  public static String deploymentsNew(String category) {
    return DEPLOYMENTS_NEW + "_" + category;
  }

  public static String deploymentsCumulative(String category) {
    return DEPLOYMENTS_CUMULATIVE + "_" + category;
  }

  public static final String GDP_INDICATOR = "NY.GDP.MKTP.CD";
  public static final String POPULATION_INDICATOR = "SP.POP.TOTL";
  public static final String INTERNET_INDICATOR = "IT.NET.USER.ZS";
}
