package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.CountryColumns;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

class CountryHarmonisationTest extends SparkTestBase {
  private static final CountryHarmoniser HARMONISER =
      new CountryHarmoniser(CountryReference.bundled(), CountryOverrides.none());

  private static final StructType SCHEMA =
      new StructType()
          .add("source_file", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("code", DataTypes.StringType)
          .add("value", DataTypes.IntegerType);

  private static Dataset<Row> input(Row... rows) {
    return spark.createDataFrame(List.of(rows), SCHEMA);
  }

  @Test
  void addsIso3AndMethodToEveryRowAndReportsEachDistinctName() {
    Dataset<Row> in =
        input(
            RowFactory.create("a.csv", "Kenya", "KEN", 1),
            RowFactory.create("a.csv", "Kenya", "KEN", 2),
            RowFactory.create("a.csv", "Niger", "NGA", 3),
            RowFactory.create("a.csv", "World", "WLD", 4),
            RowFactory.create("b.csv", "Keyna", null, 5),
            RowFactory.create("b.csv", null, null, 6));

    CountryHarmonisation.Result result =
        CountryHarmonisation.harmonise(in, CountryColumns.iso3("name", "code"), HARMONISER, "test");

    List<Row> rows = result.harmonised().orderBy("value").collectAsList();
    assertThat(rows).hasSize(6);
    assertThat(rows)
        .extracting(r -> r.getAs("value") + ":" + r.getAs("iso3") + ":" + r.getAs("match_method"))
        .containsExactly(
            "1:KEN:code",
            "2:KEN:code",
            "3:null:code_conflict",
            "4:null:aggregate",
            "5:null:unmatched",
            "6:null:missing");
    assertThat(result.harmonised().columns())
        .containsExactly(
            "source_file",
            "name",
            "code",
            "value",
            "iso3",
            "match_method",
            "country_message",
            "_raw_country");
    assertThat(rows.get(4).<String>getAs("country_message"))
        .isEqualTo(
            "country 'Keyna' is not in the country reference; closest: Kenya, China, Ghana (no ISO3 code)");

    List<Row> report =
        result
            .report()
            .of(result.harmonised(), lit(1))
            .orderBy("source_file", "raw_name")
            .collectAsList();
    assertThat(report)
        .extracting(
            r ->
                r.getAs("source_file")
                    + "|"
                    + r.getAs("raw_name")
                    + "|"
                    + r.getAs("match_method")
                    + "|"
                    + r.getAs("row_count"))
        .containsExactly(
            "a.csv|Kenya|code|2",
            "a.csv|Niger|code_conflict|1",
            "a.csv|World|aggregate|1",
            "b.csv|null|missing|1",
            "b.csv|Keyna|unmatched|1");
    Row keyna = report.get(4);
    assertThat(keyna.<String>getAs("normalised_name")).isEqualTo("keyna");
    assertThat(keyna.<String>getAs("suggestions")).startsWith("Kenya; ");
    assertThat(keyna.<String>getAs("source")).isEqualTo("test");
  }

  @Test
  void harmonisingRunsNoSparkJobUntilTheRowsAreUsed() throws InterruptedException {
    // Repartitioned so that using the rows is a Spark job (a local table is read on the driver).
    Dataset<Row> in = input(RowFactory.create("a.csv", "Kenya", null, 1)).repartition(1);
    var tracker = spark.sparkContext().statusTracker();
    try {
      spark.sparkContext().setJobGroup("harmonise", "harmonise only", false);
      CountryHarmonisation.Result result =
          CountryHarmonisation.harmonise(in, CountryColumns.name("name"), HARMONISER, "test");
      spark.sparkContext().setJobGroup("use", "use the rows", false);
      assertThat(result.harmonised().collectAsList()).hasSize(1);
      // Listener events arrive in order: once the later group's job is seen, any job the
      // harmonising started would be seen too.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (tracker.getJobIdsForGroup("use").length == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(tracker.getJobIdsForGroup("use")).isNotEmpty();
      assertThat(tracker.getJobIdsForGroup("harmonise")).isEmpty();
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }
}
