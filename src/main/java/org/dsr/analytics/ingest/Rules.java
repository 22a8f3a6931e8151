package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.dsr.analytics.config.Severity.DROP;
import static org.dsr.analytics.config.Severity.EXCLUDE;
import static org.dsr.analytics.config.Severity.WARN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.Severity;
import org.dsr.analytics.schema.Categories;

/**
 * Every data rule dsr-analytics applies, each declared once with what it checks; the data
 * dictionary and the severities a job config may set list them from here, in this order.
 */
public final class Rules {
  /** Filled by the declarations below as the class initialises, so it must come before them. */
  private static final List<Rule> DECLARED = new ArrayList<>();

  private Rules() {}

  public static final Rule MALFORMED_RECORD =
      rule("malformed_record", DROP, "a record whose field count differs from its header's");
  public static final Rule FIELD_TOO_LONG =
      rule(
          "field_too_long",
          DROP,
          "a field longer than the input's max_field_length (default "
              + InputSpec.DEFAULT_MAX_FIELD_LENGTH
              + " characters): kept in rejects as its start and length");
  public static final Rule MISSING_COUNTRY =
      rule("missing_country", DROP, "no country name or code");
  public static final Rule UNKNOWN_COUNTRY =
      rule("unknown_country", DROP, "a country name or code that harmonisation cannot resolve");
  public static final Rule COUNTRY_CODE_CONFLICT =
      rule("country_code_conflict", DROP, "the country code and name name different countries");
  public static final Rule AGGREGATE =
      rule("aggregate", EXCLUDE, "a regional, income or lending aggregate, not a country");
  public static final Rule EXCLUDED_BY_OVERRIDE =
      rule("excluded_by_override", EXCLUDE, "a name the country overrides file excludes");
  public static final Rule MISSING_VALUE = rule("missing_value", DROP, "a required field is empty");
  public static final Rule UNPARSABLE_NUMBER =
      rule("unparsable_number", DROP, "a number that cannot be read exactly (e.g. 1.234,5, NaN)");
  public static final FieldRule NEGATIVE_AMOUNT =
      field("negative_amount", DROP, "a money amount below zero", v -> v.lt(lit(0)), "is negative");

  public static final Rule UNPARSABLE_FLAG =
      rule("unparsable_flag", DROP, "a yes/no field that is not True, False, TRUE, FALSE, 1 or 0");
  public static final Rule FRACTIONAL_YEAR =
      rule("fractional_year", DROP, "a year with a fraction (2008.5); 2008.0 is read as 2008");

  /** The years {@link Parse#year} reads. */
  public static final RangeRule YEAR_OUT_OF_RANGE =
      declare(RangeRule.years("year_out_of_range", DROP, "a year outside %s", 1945, 2100));

  public static final RangeRule INDEX_OUT_OF_RANGE =
      egdiScore("index_out_of_range", DROP, "an EGDI value outside %s");
  public static final RangeRule COMPONENT_OUT_OF_RANGE =
      egdiScore(
          "component_out_of_range",
          WARN,
          "an EGDI component (OSI, HCI, TII, EPI) outside %s; the UN published some (HCI 1.03)");
  public static final Rule RANK_CONTRADICTS_INDEX =
      rule(
          "rank_contradicts_index",
          WARN,
          "a published rank above a country with a higher EGDI in the same edition");
  public static final Rule NOT_ASSESSED =
      rule(
          "not_assessed",
          EXCLUDE,
          "a country the survey did not assess in this edition (empty rank, all scores zero)");

  /** Checked per cell of a Data360 row: the edition's other cells stay in. */
  public static final Rule NOT_ASSESSED_EDITION =
      rule(
          "not_assessed_edition",
          WARN,
          "a Data360 edition whose four indices are all 0.0, Data360's mark for a country the UN"
              + " did not assess: left out of egdi, the row's other editions kept");

  public static final FieldRule UNKNOWN_INDICATOR =
      oneOf(
          "unknown_indicator",
          DROP,
          "a Data360 INDICATOR code that names no EGDI index",
          List.copyOf(new java.util.TreeSet<>(Data360EgdiReader.COMPONENTS.keySet())));
  public static final Rule EGDI_IN_UN_FILE =
      rule(
          "egdi_in_un_file",
          EXCLUDE,
          "a re-published EGDI row (Data360) whose every edition with a value is in a un_egdi input:"
              + " the UN rows are counted, these values only compared with them");
  public static final Rule EGDI_SOURCES_DISAGREE =
      rule(
          "egdi_sources_disagree",
          WARN,
          "a re-published EGDI value (Data360) that differs from the UN file's, both rounded to 5"
              + " decimals: the UN value is kept, the pair listed in egdi_differences");
  public static final Rule NOT_RECOMMENDED_FOR_AGGREGATES =
      rule(
          "not_recommended_for_aggregates",
          EXCLUDE,
          "an AidData record marked 'Recommended For Aggregates: No' (pledges, duplicates, cancelled)");
  public static final Rule NOT_RECOMMENDED_FOR_RESEARCH =
      rule(
          "not_recommended_for_research",
          EXCLUDE,
          "an AidData GCOF 1.0 record marked 'recommended_for_research' False (pledges, cancelled,"
              + " suspended)");
  public static final Rule UMBRELLA_PROJECT =
      rule(
          "umbrella_project",
          EXCLUDE,
          "an AidData umbrella agreement or general credit line: the projects under it carry the"
              + " money, so it would be counted twice");
  public static final Rule AMOUNT_NOT_PUBLISHED =
      rule(
          "amount_not_published",
          WARN,
          "an AidData record without a nominal amount (empty, or a single space in GCOF 1.0):"
              + " kept, its amount null");
  public static final Rule IN_LATER_RELEASE =
      rule(
          "in_later_release",
          EXCLUDE,
          "a project that a later release among the inputs also holds (GCOF 1.0 and its geocoded"
              + " release 1.1): the later record is kept, so the project counts once");
  public static final Rule MISSING_COMPANION_RECORD =
      rule(
          "missing_companion_record",
          DROP,
          "a project in one file of a release folder but not in the other (projects.csv,"
              + " projects_ancillary.csv)");
  public static final Rule NO_OBSERVATION =
      rule(
          "no_observation",
          EXCLUDE,
          "a WDI row with no value: every year cell (wide) or its Value (long) empty, '..' or N/A;"
              + " a Data360 row with no value in an edition that has an EGDI value");
  public static final Rule UNKNOWN_SECTOR =
      rule("unknown_sector", WARN, "a sector the sector vocabulary does not know: kept as 'other'");
  public static final FieldRule UNKNOWN_CATEGORY =
      oneOf(
          "unknown_category",
          DROP,
          "a deployment category outside the documented set",
          Categories.ALL);
  public static final Rule NOT_CHINESE_TECH_DEAL =
      rule(
          "not_chinese_tech_deal",
          EXCLUDE,
          "a China Global Investment Tracker deal that is not a technology or telecom deal of a"
              + " Chinese technology vendor or operator");

  public static final Rule OUTBOUND_INVESTMENT =
      rule(
          "outbound_investment",
          WARN,
          "a China Global Investment Tracker investment (sheet Dataset 1) that puts no Chinese-run"
              + " network into the country: anything but a Chinese operator's greenfield network or"
              + " majority stake (Share Size 0.5 or more) in a telecom firm (a minority stake, the"
              + " purchase of a technology firm, a vendor's own office or research centre): kept"
              + " as category outbound_stake, which no index component counts");
  public static final Rule MINORITY_CABLE_OWNER =
      rule(
          "minority_cable_owner",
          WARN,
          "a submarine cable whose Chinese owners are fewer than half of its listed owners (the"
              + " cable map gives no shares): a consortium member's stake, kept as category"
              + " outbound_stake, which no index component counts");

  /** Checked on the array of a cable's Chinese owners. */
  public static final FieldRule NO_CHINESE_OWNER =
      field(
          "no_chinese_owner",
          EXCLUDE,
          "a submarine cable without a Chinese owner",
          owners -> size(owners).equalTo(0),
          "names no Chinese owner");

  public static final Rule DUPLICATE_KEY =
      rule("duplicate_key", DROP, "a second record with the same key and the same values");
  public static final Rule CONFLICTING_DUPLICATE =
      rule("conflicting_duplicate", DROP, "records with the same key and different values");

  /** Every rule, in the order declared. */
  public static List<Rule> all() {
    return Collections.unmodifiableList(DECLARED);
  }

  private static <R extends Rule> R declare(R rule) {
    DECLARED.add(rule);
    return rule;
  }

  private static Rule rule(String name, Severity severity, String description) {
    return declare(new Rule(name, severity, description));
  }

  private static FieldRule field(
      String name,
      Severity severity,
      String description,
      UnaryOperator<Column> breaks,
      String what) {
    return declare(new FieldRule(name, severity, description, breaks, what));
  }

  /** A rule broken by a score outside the UN's scale of the EGDI and its components. */
  private static RangeRule egdiScore(String name, Severity severity, String description) {
    return declare(RangeRule.interval(name, severity, description, 0.0, 1.0));
  }

  /** A rule broken by a value (not null) outside {@code allowed}; the message lists them. */
  private static FieldRule oneOf(
      String name, Severity severity, String description, List<String> allowed) {
    return field(
        name,
        severity,
        description,
        v -> v.isNotNull().and(not(v.isin(allowed.toArray()))),
        "is not one of " + String.join(", ", allowed));
  }
}
