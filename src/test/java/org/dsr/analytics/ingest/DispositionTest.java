package org.dsr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.config.Severity;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class DispositionTest extends SparkTestBase {
  private static final StructType ISSUE =
      new StructType().add("rule", DataTypes.StringType).add("message", DataTypes.StringType);
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType)
          .add(Issues.COLUMN, DataTypes.createArrayType(ISSUE));

  /** Rows: id, then the rules it broke (message "m-rule"). */
  private static Dataset<Row> rows(List<List<String>> rulesPerRow) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < rulesPerRow.size(); i++) {
      List<Row> issues =
          rulesPerRow.get(i).stream().map(r -> RowFactory.create(r, "m-" + r)).toList();
      rows.add(RowFactory.create(i, issues));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static List<String> outcomes(Disposition d, List<List<String>> rulesPerRow) {
    return d.apply(rows(rulesPerRow)).orderBy("id").collectAsList().stream()
        .map(
            r ->
                r.getAs("outcome")
                    + "|"
                    + r.getAs("rule")
                    + "|"
                    + r.getAs("message")
                    + "|"
                    + r.getList(r.fieldIndex("warnings")))
        .toList();
  }

  @Test
  void mostSevereIssueDecidesAndNamesTheRule() {
    List<List<String>> in =
        List.of(
            List.of(),
            List.of("component_out_of_range"),
            List.of("unparsable_number", "year_out_of_range"),
            List.of("unknown_country", "aggregate"),
            List.of("malformed_record", "aggregate"),
            List.of("component_out_of_range", "rank_contradicts_index", "not_assessed"));
    assertThat(outcomes(Disposition.defaults(), in))
        .containsExactly(
            "accepted|null|null|[]",
            "accepted|null|null|[component_out_of_range]",
            // the first issue of the deciding severity names the rule
            "rejected|unparsable_number|m-unparsable_number|[]",
            // out of scope by design wins over a data problem
            "excluded|aggregate|m-aggregate|[]",
            // ...except a malformed record, whose fields cannot be trusted
            "rejected|malformed_record|m-malformed_record|[]",
            "excluded|not_assessed|m-not_assessed|[component_out_of_range, rank_contradicts_index]");
  }

  @Test
  void configuredSeveritiesReplaceTheDefaults() {
    Disposition d =
        new Disposition(Map.of("unknown_country", Severity.WARN, "negative_amount", Severity.FAIL));
    assertThat(
            outcomes(
                d, List.of(List.of("unknown_country"), List.of("negative_amount", "aggregate"))))
        .containsExactly(
            "accepted|null|null|[unknown_country]", "failed|negative_amount|m-negative_amount|[]");
  }

  @Test
  void unknownRuleIsRefused() {
    assertThatThrownBy(() -> new Disposition(Map.of("no_such_rule", Severity.WARN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule 'no_such_rule'; expected one of [malformed_record, ");
  }
}
