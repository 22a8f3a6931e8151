package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class KeyChecksTest extends SparkTestBase {

  @Test
  void keepsTheFirstOfEqualDuplicatesAndRejectsEveryRowOfAConflict() {
    StructType schema =
        new StructType()
            .add("source_file", DataTypes.StringType)
            .add("line_number", DataTypes.LongType)
            .add("iso3", DataTypes.StringType)
            .add("survey_year", DataTypes.IntegerType)
            .add("egdi", DataTypes.DoubleType)
            .add("excluded", DataTypes.BooleanType);
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(
                RowFactory.create("b.csv", 3L, "KEN", 2020, 0.53, false),
                RowFactory.create("a.csv", 9L, "KEN", 2020, 0.53, false), // first: a.csv < b.csv
                RowFactory.create("a.csv", 2L, "ETH", 2020, 0.27, false),
                RowFactory.create("b.csv", 4L, "ETH", 2020, 0.29, false),
                RowFactory.create("a.csv", 5L, "ZMB", 2020, 0.42, false),
                RowFactory.create("b.csv", 5L, "ZMB", 2020, 0.99, true)), // excluded: no conflict
            schema);
    Dataset<Row> checked =
        Issues.add(
            rows.withColumn(Issues.COLUMN, array()),
            Issues.when(rows.col("excluded"), Rules.AGGREGATE, lit("excluded")));
    List<Row> out =
        Disposition.defaults()
            .apply(
                KeyChecks.duplicates(
                    checked,
                    Disposition.defaults(),
                    List.of("iso3", "survey_year"),
                    List.of("egdi")))
            .orderBy("iso3", "source_file", "line_number")
            .collectAsList();

    assertThat(out)
        .extracting(
            r ->
                r.getAs("iso3")
                    + " "
                    + r.getAs("source_file")
                    + ":"
                    + r.getAs("line_number")
                    + " "
                    + r.getAs("outcome")
                    + " "
                    + r.getAs("rule"))
        .containsExactly(
            "ETH a.csv:2 rejected conflicting_duplicate",
            "ETH b.csv:4 rejected conflicting_duplicate",
            "KEN a.csv:9 accepted null",
            "KEN b.csv:3 rejected duplicate_key",
            "ZMB a.csv:5 accepted null",
            "ZMB b.csv:5 excluded aggregate");
    assertThat(out.get(0).<String>getAs("message"))
        .isEqualTo(
            "key (iso3=ETH, survey_year=2020) has different values at: a.csv line 2; b.csv line 4");
    assertThat(out.get(3).<String>getAs("message"))
        .isEqualTo(
            "key (iso3=KEN, survey_year=2020) repeats, with the same values, the row at a.csv line 9");
  }
}
