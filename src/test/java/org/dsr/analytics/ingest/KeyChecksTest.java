package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class KeyChecksTest extends SparkTestBase {

  /** The rows with an issues column: an aggregate issue where column "excluded" is true. */
  private static Dataset<Row> excludedWhereMarked(Dataset<Row> rows) {
    return Issues.add(
        rows.withColumn(Issues.COLUMN, array()),
        Issues.when(rows.col("excluded"), Rules.AGGREGATE, lit("excluded")));
  }

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
    Dataset<Row> checked = excludedWhereMarked(rows);
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

  @Test
  void aProjectInTwoReleasesIsKeptFromTheLaterAndOnceFromOneRelease() {
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("source_file", DataTypes.StringType)
            .add("line_number", DataTypes.LongType)
            .add("loan_id", DataTypes.StringType)
            .add("iso3", DataTypes.StringType)
            .add("commitment_year", DataTypes.IntegerType)
            .add("amount_usd", DataTypes.IntegerType)
            .add("sector", DataTypes.StringType)
            .add("project_key", DataTypes.StringType)
            .add("release", DataTypes.IntegerType)
            .add("excluded", DataTypes.BooleanType);
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(
                // In both releases: 1.0 (10) gives way to 1.1 (11).
                RowFactory.create(
                    "gcof", "g.xlsx", 2L, "gcof:140", "SEN", 2005, 1, "gov", "k:140", 10, false),
                RowFactory.create(
                    "geo", "p.csv", 57L, "geo:140", "SEN", 2005, 1, "gov", "k:140", 11, false),
                // The 1.1 record is excluded (an aggregate): the 1.0 one stays, so it counts once.
                RowFactory.create(
                    "gcof", "g.xlsx", 3L, "gcof:7", "KEN", 2009, 2, "ict", "k:7", 10, false),
                RowFactory.create(
                    "geo", "p.csv", 9L, "geo:7", "KEN", 2009, 2, "ict", "k:7", 11, true),
                // The same release read by two inputs: the second is a duplicate.
                RowFactory.create(
                    "gcof", "g.xlsx", 4L, "gcof:8", "TGO", 2010, 3, "gov", "k:8", 10, false),
                RowFactory.create(
                    "copy", "h.xlsx", 4L, "copy:8", "TGO", 2010, 3, "gov", "k:8", 10, false),
                // Loans without a project key are not keyed by it.
                RowFactory.create(
                    "bu", "b.csv", 2L, "bu:1", "AGO", 2002, 4, "ict", null, null, false),
                RowFactory.create(
                    "bu", "b.csv", 3L, "bu:2", "AGO", 2002, 4, "ict", null, null, false)),
            schema);
    Dataset<Row> checked = excludedWhereMarked(rows);
    List<Row> out =
        Disposition.defaults()
            .apply(Target.LOANS.check(checked, Disposition.defaults()))
            .orderBy("loan_id")
            .collectAsList();

    assertThat(out)
        .extracting(r -> r.getAs("loan_id") + " " + r.getAs("outcome") + " " + r.getAs("rule"))
        .containsExactly(
            "bu:1 accepted null",
            "bu:2 accepted null",
            "copy:8 rejected duplicate_key",
            "gcof:140 excluded in_later_release",
            "gcof:7 accepted null",
            "gcof:8 accepted null",
            "geo:140 accepted null",
            "geo:7 excluded aggregate");
    assertThat(out.get(3).<String>getAs("message"))
        .isEqualTo(
            "project_key k:140 is also in the later release of input 'geo', kept from p.csv line 57");
  }

  @Test
  void repeatedHashesAreThoseSeenTwiceOrMoreEachOnce() {
    List<Long> values =
        List.of(5L, 3L, 5L, 5L, 7L, -1L, -1L, Long.MIN_VALUE, 0L, 0L, Long.MAX_VALUE, 0L);
    Dataset<Row> hashes =
        spark.createDataset(values, Encoders.LONG()).toDF(KeyChecks.HASH).repartition(3);
    assertThat(KeyChecks.repeated(hashes).collectAsList())
        .extracting(r -> r.getLong(0))
        .containsExactlyInAnyOrder(5L, -1L, 0L);
    assertThat(KeyChecks.repeated(hashes.where(hashes.col(KeyChecks.HASH).isin(3L, 7L))).count())
        .isZero();
  }
}
