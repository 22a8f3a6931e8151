package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesTest extends SparkTestBase {

  /** The rule and message of an issue column, evaluated on one row; both null for no issue. */
  private static List<String> evaluate(Column issue) {
    Row r = spark.range(1).select(issue.getField("rule"), issue.getField("message")).first();
    return Arrays.asList(r.getString(0), r.getString(1));
  }

  private static List<String> none() {
    return Arrays.asList(null, null);
  }

  @Test
  void allListsEveryDeclaredRuleOnceInDeclarationOrder() throws IllegalAccessException {
    List<Rule> declared = new ArrayList<>();
    for (Field f : Rules.class.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && Rule.class.isAssignableFrom(f.getType())) {
        declared.add((Rule) f.get(null));
      }
    }
    assertThat(Rules.all()).containsExactlyElementsOf(declared).doesNotHaveDuplicates();
    assertThat(Rules.all().stream().map(Rule::name).distinct()).hasSize(declared.size());
  }

  @Test
  void allKeepsTheDocumentedOrder() {
    assertThat(Rules.all().stream().map(Rule::name))
        .containsExactly(
            "malformed_record",
            "field_too_long",
            "missing_country",
            "unknown_country",
            "country_code_conflict",
            "aggregate",
            "excluded_by_override",
            "missing_value",
            "unparsable_number",
            "negative_amount",
            "unparsable_flag",
            "fractional_year",
            "year_out_of_range",
            "index_out_of_range",
            "component_out_of_range",
            "rank_contradicts_index",
            "not_assessed",
            "not_assessed_edition",
            "unknown_indicator",
            "egdi_in_un_file",
            "egdi_sources_disagree",
            "not_recommended_for_aggregates",
            "not_recommended_for_research",
            "umbrella_project",
            "amount_not_published",
            "in_later_release",
            "missing_companion_record",
            "no_observation",
            "unknown_sector",
            "unknown_category",
            "not_chinese_tech_deal",
            "outbound_investment",
            "minority_cable_owner",
            "no_chinese_owner",
            "duplicate_key",
            "conflicting_duplicate");
  }

  @ParameterizedTest(name = "EGDI {0} -> {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "0.0, null",
        "1.0, null",
        "0.5, null",
        "1.03, index_out_of_range",
        "-0.1, index_out_of_range"
      })
  void indexRangeChecksItsBounds(double value, String rule) {
    assertThat(evaluate(Rules.INDEX_OUT_OF_RANGE.check("EGDI", lit("x"), lit(value))).get(0))
        .isEqualTo(rule);
  }

  @Test
  void aRangeRuleWritesItsBoundsInMessageAndDescription() {
    assertThat(evaluate(Rules.COMPONENT_OUT_OF_RANGE.check("HCI", lit("1.03"), lit(1.03))))
        .containsExactly("component_out_of_range", "field 'HCI' value '1.03' is outside [0, 1]");
    assertThat(Rules.INDEX_OUT_OF_RANGE.description()).isEqualTo("an EGDI value outside [0, 1]");
    assertThat(Rules.YEAR_OUT_OF_RANGE.description()).isEqualTo("a year outside 1945..2100");
    assertThat(evaluate(Rules.YEAR_OUT_OF_RANGE.check("year", lit("1944"), lit(1944))))
        .containsExactly("year_out_of_range", "field 'year' value '1944' is outside 1945..2100");
  }

  @Test
  void aRangeContainsItsBoundsAndNothingBeyond() {
    Row r =
        spark
            .range(1)
            .select(
                Rules.YEAR_OUT_OF_RANGE.contains(lit(1945)),
                Rules.YEAR_OUT_OF_RANGE.contains(lit(2100)),
                Rules.YEAR_OUT_OF_RANGE.contains(lit(1944)),
                Rules.YEAR_OUT_OF_RANGE.contains(lit(2101)))
            .first();
    assertThat(List.of(r.getBoolean(0), r.getBoolean(1), r.getBoolean(2), r.getBoolean(3)))
        .containsExactly(true, true, false, false);
  }

  @Test
  void aNullValueBreaksNoFieldRule() {
    Column nothing = lit(null).cast("double");
    assertThat(evaluate(Rules.INDEX_OUT_OF_RANGE.check("EGDI", lit(""), nothing)))
        .isEqualTo(none());
    assertThat(evaluate(Rules.NEGATIVE_AMOUNT.check("amount", lit(""), nothing))).isEqualTo(none());
    assertThat(
            evaluate(Rules.UNKNOWN_CATEGORY.check("category", lit(""), lit(null).cast("string"))))
        .isEqualTo(none());
  }

  @Test
  void negativeAmount() {
    assertThat(evaluate(Rules.NEGATIVE_AMOUNT.check("amount_usd", lit("-5"), lit(-5))))
        .containsExactly("negative_amount", "field 'amount_usd' value '-5' is negative");
    assertThat(evaluate(Rules.NEGATIVE_AMOUNT.check("amount_usd", lit("0"), lit(0))))
        .isEqualTo(none());
  }

  @Test
  void unknownCategoryListsTheDocumentedSet() {
    assertThat(evaluate(Rules.UNKNOWN_CATEGORY.check("category", lit("Cloud"), lit("cloud"))))
        .containsExactly(
            "unknown_category",
            "field 'category' value 'Cloud' is not one of telecom_network, data_centre_cloud,"
                + " e_government, safe_city_surveillance, smart_city, health, education,"
                + " undersea_cable, other, outbound_stake");
    assertThat(evaluate(Rules.UNKNOWN_CATEGORY.check("category", lit("Other"), lit("other"))))
        .isEqualTo(none());
  }

  @Test
  void noChineseOwnerIsCheckedOnTheOwnersFound() {
    Column noOwners = array().cast("array<string>");
    assertThat(evaluate(Rules.NO_CHINESE_OWNER.check("owners", lit("Meta, Orange"), noOwners)))
        .containsExactly(
            "no_chinese_owner", "field 'owners' value 'Meta, Orange' names no Chinese owner");
    assertThat(evaluate(Rules.NO_CHINESE_OWNER.check("owners", lit("Huawei"), array(lit("HMN")))))
        .isEqualTo(none());
  }

  @Test
  void aMechanismRuleRaisesItsIssueWhereItsConditionHolds() {
    assertThat(evaluate(Rules.NO_OBSERVATION.where(lit(true), "no value")))
        .containsExactly("no_observation", "no value");
    assertThat(evaluate(Rules.NO_OBSERVATION.where(lit(false), "no value"))).isEqualTo(none());
    assertThat(evaluate(Rules.MALFORMED_RECORD.issue(lit("3 fields, header has 4"))))
        .containsExactly("malformed_record", "3 fields, header has 4");
  }
}
