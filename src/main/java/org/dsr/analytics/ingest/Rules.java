package org.dsr.analytics.ingest;

import static org.dsr.analytics.config.Severity.DROP;
import static org.dsr.analytics.config.Severity.EXCLUDE;
import static org.dsr.analytics.config.Severity.WARN;

import java.util.List;

/** Every data rule dsr-analytics applies, defined once; the README lists them from here. */
public final class Rules {
  private Rules() {}

  public static final Rule MALFORMED_RECORD =
      new Rule("malformed_record", DROP, "a record whose field count differs from its header's");
  public static final Rule MISSING_COUNTRY =
      new Rule("missing_country", DROP, "no country name or code");
  public static final Rule UNKNOWN_COUNTRY =
      new Rule("unknown_country", DROP, "a country name or code that harmonisation cannot resolve");
  public static final Rule COUNTRY_CODE_CONFLICT =
      new Rule("country_code_conflict", DROP, "the country code and name name different countries");
  public static final Rule AGGREGATE =
      new Rule("aggregate", EXCLUDE, "a regional, income or lending aggregate, not a country");
  public static final Rule EXCLUDED_BY_OVERRIDE =
      new Rule("excluded_by_override", EXCLUDE, "a name the country overrides file excludes");
  public static final Rule MISSING_VALUE =
      new Rule("missing_value", DROP, "a required field is empty");
  public static final Rule UNPARSABLE_NUMBER =
      new Rule(
          "unparsable_number", DROP, "a number that cannot be read exactly (e.g. 1.234,5, NaN)");
  public static final Rule NEGATIVE_AMOUNT =
      new Rule("negative_amount", DROP, "a money amount below zero");
  public static final Rule YEAR_OUT_OF_RANGE =
      new Rule("year_out_of_range", DROP, "a year outside 1945..2100");
  public static final Rule INDEX_OUT_OF_RANGE =
      new Rule("index_out_of_range", DROP, "an EGDI value outside [0, 1]");
  public static final Rule COMPONENT_OUT_OF_RANGE =
      new Rule(
          "component_out_of_range",
          WARN,
          "an EGDI component (OSI, HCI, TII, EPI) outside [0, 1]; the UN published some (HCI 1.03)");
  public static final Rule RANK_CONTRADICTS_INDEX =
      new Rule(
          "rank_contradicts_index",
          WARN,
          "a published rank above a country with a higher EGDI in the same edition");
  public static final Rule NOT_ASSESSED =
      new Rule(
          "not_assessed",
          EXCLUDE,
          "a country the survey did not assess in this edition (empty rank, all scores zero)");
  public static final Rule NOT_RECOMMENDED_FOR_AGGREGATES =
      new Rule(
          "not_recommended_for_aggregates",
          EXCLUDE,
          "an AidData record marked 'Recommended For Aggregates: No' (pledges, duplicates, cancelled)");
  public static final Rule NO_OBSERVATION =
      new Rule(
          "no_observation",
          EXCLUDE,
          "a WDI row with no value: every year cell (wide) or its Value (long) empty, '..' or N/A");
  public static final Rule UNKNOWN_SECTOR =
      new Rule(
          "unknown_sector", WARN, "a sector the sector vocabulary does not know: kept as 'other'");
  public static final Rule UNKNOWN_CATEGORY =
      new Rule("unknown_category", DROP, "a deployment category outside the documented set");
  public static final Rule NOT_CHINESE_TECH_DEAL =
      new Rule(
          "not_chinese_tech_deal",
          EXCLUDE,
          "a China Global Investment Tracker deal that is not a technology or telecom deal of a"
              + " Chinese technology vendor or operator");
  public static final Rule NO_CHINESE_OWNER =
      new Rule("no_chinese_owner", EXCLUDE, "a submarine cable without a Chinese owner");
  public static final Rule DUPLICATE_KEY =
      new Rule("duplicate_key", DROP, "a second record with the same key and the same values");
  public static final Rule CONFLICTING_DUPLICATE =
      new Rule("conflicting_duplicate", DROP, "records with the same key and different values");

  public static List<Rule> all() {
    return List.of(
        MALFORMED_RECORD,
        MISSING_COUNTRY,
        UNKNOWN_COUNTRY,
        COUNTRY_CODE_CONFLICT,
        AGGREGATE,
        EXCLUDED_BY_OVERRIDE,
        MISSING_VALUE,
        UNPARSABLE_NUMBER,
        NEGATIVE_AMOUNT,
        YEAR_OUT_OF_RANGE,
        INDEX_OUT_OF_RANGE,
        COMPONENT_OUT_OF_RANGE,
        RANK_CONTRADICTS_INDEX,
        NOT_ASSESSED,
        NOT_RECOMMENDED_FOR_AGGREGATES,
        NO_OBSERVATION,
        UNKNOWN_SECTOR,
        UNKNOWN_CATEGORY,
        NOT_CHINESE_TECH_DEAL,
        NO_CHINESE_OWNER,
        DUPLICATE_KEY,
        CONFLICTING_DUPLICATE);
  }
}
