package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseTest extends SparkTestBase {

  /** Parses one raw value and returns [value as text, rule or null]. */
  private static List<String> parse(
      String raw, java.util.function.Function<org.apache.spark.sql.Column, Parse.Field> parser) {
    Dataset<Row> in = spark.createDataset(Arrays.asList(raw), Encoders.STRING()).toDF("raw");
    Parse.Field f = parser.apply(col("raw"));
    Row r = in.select(f.value().cast("string"), f.issue().getField("rule")).first();
    return Arrays.asList(r.getString(0), r.getString(1));
  }

  @ParameterizedTest(name = "number [{0}] -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "0.5326, 0.5326, null",
        "'1,234.5', 1234.5, null",
        "'1.234,5', null, unparsable_number",
        "NaN, null, unparsable_number",
        "Infinity, null, unparsable_number",
        "-0, -0.0, null",
        "1e-3, 0.001, null",
        "'', null, null",
        "'  ', null, null",
        "N/A, null, null",
        "'..', null, null",
        "12abc, null, unparsable_number",
      })
  void numbers(String raw, String value, String rule) {
    assertThat(parse(raw, c -> Parse.number("f", c, DataTypes.DoubleType)))
        .containsExactly(value, rule);
  }

  @ParameterizedTest(name = "money [{0}] -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "$90M, 90000000.00, null",
        "$1.2B, 1200000000.00, null",
        "$.5M, 500000.00, null",
        "'$1,000M', 1000000000.00, null",
        "'$   280', 280.00, null",
        "$500K, 500000.00, null",
        "172000000, 172000000.00, null",
        "12.345, 12.35, null",
        "' 12. ', 12.00, null",
        "123456789012345678901, null, unparsable_number", // more digits than the product holds
        "1E3, null, unparsable_number",
        "-5, -5.00, negative_amount",
        "$-5M, -5000000.00, negative_amount",
        "ten dollars, null, unparsable_number",
        "'1.234,5', null, unparsable_number",
        "'', null, null",
      })
  void money(String raw, String value, String rule) {
    assertThat(parse(raw, c -> Parse.money("f", c, 1))).containsExactly(value, rule);
  }

  @ParameterizedTest(name = "money in millions [{0}] -> {1}")
  @CsvSource({"34.6, 34600000.00", "1500, 1500000000.00", "$2B, 2000000000.00"})
  void moneyInMillions(String raw, String value) {
    assertThat(parse(raw, c -> Parse.money("f", c, 1_000_000L)).get(0))
        .isEqualTo(new BigDecimal(value).toPlainString());
  }

  @ParameterizedTest(name = "year [{0}] -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2020, 2020, null",
        "' 2018 ', 2018, null",
        "1899, null, year_out_of_range",
        "2999, null, year_out_of_range",
        "1899.0, null, year_out_of_range",
        "20x0, null, unparsable_number",
        "2020.0, 2020, null", // a spreadsheet's float-typed year
        "2008.00, 2008, null",
        "2008.5, null, fractional_year",
        "2020., null, unparsable_number",
        "'', null, missing_value",
      })
  void years(String raw, String value, String rule) {
    assertThat(parse(raw, c -> Parse.year("f", c))).containsExactly(value, rule);
  }

  @ParameterizedTest(name = "flag [{0}] -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "True, true, null",
        "TRUE, true, null",
        "1, true, null",
        "False, false, null",
        "' FALSE ', false, null",
        "0, false, null",
        "yes, null, unparsable_flag",
        "2, null, unparsable_flag",
        "'', null, missing_value",
      })
  void flags(String raw, String value, String rule) {
    assertThat(parse(raw, c -> Parse.flag("f", c))).containsExactly(value, rule);
  }

  @ParameterizedTest(name = "integer [{0}] -> {1} / {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "116, 116, null",
        "12.5, null, unparsable_number",
        "'', null, null",
        "99999999999, null, unparsable_number"
      })
  void integers(String raw, String value, String rule) {
    assertThat(parse(raw, c -> Parse.integer("f", c))).containsExactly(value, rule);
  }
}
