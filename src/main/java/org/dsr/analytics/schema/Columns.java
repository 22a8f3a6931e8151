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
}
