package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample job end to end, as ./scripts/run.sh does, into a temporary folder. */
class PipelineJobTest extends SparkTestBase {
  @TempDir static Path out;
  private static PipelineJob.Result result;

  @BeforeAll
  static void runSampleJob() {
    JobConfig config = JobConfigLoader.load(Path.of("jobs/sample.json")).withOutput(out.toString());
    result = PipelineJob.run(spark, config);
  }

  @Test
  void everySampleNameIsResolvedOrExplicitlyAnAggregate() {
    // 20 illustrative countries (+ South Sudan) across 10 inputs; aggregates are the World Bank's
    // three and the loans' "Regional" rows.
    assertThat(result.namesByMethod()).doesNotContainKeys("unmatched", "code_conflict", "missing");
    assertThat(result.namesByMethod()).containsEntry("aggregate", 14L);
  }

  @Test
  void writesTheReportAsParquetAndCsvWithTheSameRows() throws Exception {
    Dataset<Row> parquet = spark.read().parquet(out.resolve("parquet/harmonisation").toString());
    Path csv = out.resolve("csv/harmonisation.csv");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0))
        .isEqualTo(
            "source,source_file,raw_name,raw_code,normalised_name,iso3,match_method,row_count,suggestions,note");
    assertThat(lines).hasSize((int) parquet.count() + 1);
    assertThat(parquet.schema()).isEqualTo(Datasets.HARMONISATION.schema());
    assertThat(parquet.schema().apply("row_count").metadata().getString(ColumnSpec.COMMENT_KEY))
        .isEqualTo("rows of the file carrying this name [rows]");
  }

  @Test
  void reportsEachRawSpellingWithItsRowCount() {
    Dataset<Row> report = spark.read().parquet(out.resolve("parquet/harmonisation").toString());
    List<Row> ivory =
        report
            .where("iso3 = 'CIV'")
            .orderBy("source", "raw_name")
            .select("source", "raw_name", "match_method", "row_count")
            .collectAsList();
    assertThat(ivory)
        .extracting(Row::toString)
        .contains(
            "[aiddata_gcdf3,Côte d’Ivoire,code,1]",
            "[deployments,Côte d'Ivoire,exact,2]",
            "[wdi_gdp,Cote d'Ivoire,code,24]");
    Row gdpWorld = report.where("source = 'wdi_gdp' and raw_name = 'World'").collectAsList().get(0);
    assertThat(gdpWorld.<String>getAs("match_method")).isEqualTo("aggregate");
    assertThat(gdpWorld.<Long>getAs("row_count")).isEqualTo(24L);
  }

  @Test
  void rerunWritesByteIdenticalCsv(@TempDir Path second) throws Exception {
    JobConfig config =
        JobConfigLoader.load(Path.of("jobs/sample.json")).withOutput(second.toString());
    PipelineJob.run(spark, config);
    assertThat(Files.readAllBytes(second.resolve("csv/harmonisation.csv")))
        .isEqualTo(Files.readAllBytes(out.resolve("csv/harmonisation.csv")));
  }
}
