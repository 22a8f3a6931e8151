package org.dsr.analytics.schema;

/** Canonical column names: one name per concept, used by every reader, metric and output. */
public final class Columns {
  private Columns() {}

  public static final String ISO3 = "iso3";
  public static final String SOURCE = "source";
  public static final String SOURCE_FILE = "source_file";
  public static final String LINE_NUMBER = "line_number";
  public static final String RAW_NAME = "raw_name";
  public static final String RAW_CODE = "raw_code";
  public static final String NORMALISED_NAME = "normalised_name";
  public static final String MATCH_METHOD = "match_method";
  public static final String ROW_COUNT = "row_count";
  public static final String SUGGESTIONS = "suggestions";
  public static final String NOTE = "note";

  public static final String SURVEY_YEAR = "survey_year";
  public static final String EGDI = "egdi";
  public static final String OSI = "osi";
  public static final String HCI = "hci";
  public static final String TII = "tii";
  public static final String EPI = "epi";
  public static final String UN_RANK = "un_rank";
  public static final String PERCENTILE = "percentile";
  public static final String EGDI_GROUP = "egdi_group";

  public static final String YEAR = "year";
  public static final String INDICATOR_CODE = "indicator_code";
  public static final String VALUE = "value";

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

  public static final String DEPLOYMENT_ID = "deployment_id";
  public static final String VENDOR = "vendor";
  public static final String CATEGORY = "category";
  public static final String PROJECT = "project";
  public static final String VALUE_USD = "value_usd";
  public static final String SOURCE_URL = "source_url";

  public static final String RAW_RECORD = "raw_record";
  public static final String RULE = "rule";
  public static final String MESSAGE = "message";
  public static final String OUTCOME = "outcome";
}
