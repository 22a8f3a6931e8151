package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.ingest.FileOutcomes;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.testing.SampleRun;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample job end to end, as ./scripts/run.sh does, into a temporary folder. */
class PipelineJobTest extends SparkTestBase {
  private static Path out;
  private static PipelineJob.Result result;

  @BeforeAll
  static void runSampleJob() {
    result = SampleRun.result();
    out = SampleRun.output();
  }

  @Test
  void everySampleNameIsResolvedOrExplicitlyAnAggregate() {
    // 20 illustrative countries (+ South Sudan) across 12 inputs; aggregates are the World Bank's
    // three and the loans' "Regional" rows ("Africa, regional" in both AidData 1.x samples).
    assertThat(result.namesByMethod()).doesNotContainKeys("unmatched", "code_conflict", "missing");
    assertThat(result.namesByMethod()).containsEntry("aggregate", 16L);
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

  private static long accepted(String... sources) {
    long n = 0;
    for (String source : sources) {
      n += result.outcomes().forSource(source).stream().mapToLong(FileOutcomes::accepted).sum();
    }
    return n;
  }

  @Test
  void everySparkJobOfARunIsLabelledWithItsStage(@TempDir Path output) {
    var tracker = spark.sparkContext().statusTracker();
    java.util.Set<Integer> unlabelled = new java.util.HashSet<>();
    for (int id : tracker.getJobIdsForGroup(null)) {
      unlabelled.add(id);
    }
    JobConfig tiny =
        JobConfigLoader.load(Path.of("src/test/resources/jobs/tiny.json"))
            .withOutput(output.toString());
    PipelineJob.run(spark, tiny, "labelled");
    for (int id : tracker.getJobIdsForGroup(null)) {
      assertThat(unlabelled).as("job %d has no stage", id).contains(id);
    }
    assertThat(tracker.getJobIdsForGroup("labelled:ingest")).isNotEmpty();
    assertThat(tracker.getJobIdsForGroup("labelled:metrics")).isNotEmpty();
  }

  @Test
  void writesEveryDatasetAsParquetAndCsv() {
    for (String name :
        List.of(
            "egdi",
            "macro",
            "loans",
            "deployments",
            "rejects",
            "reconciliation",
            "harmonisation",
            "coverage",
            "evidence")) {
      assertThat(out.resolve("parquet/" + name)).isDirectory();
      assertThat(out.resolve("csv/" + name + ".csv")).isRegularFile();
    }
  }

  @Test
  void outputsHoldExactlyTheAcceptedRows() {
    Dataset<Row> egdi = spark.read().parquet(out.resolve("parquet/egdi").toString());
    assertThat(egdi.where("source = 'egdi'").count())
        .isEqualTo(accepted("egdi"))
        .isEqualTo(60); // 3 editions x 20 countries; South Sudan 2018 not assessed
    // The four Data360 rows of South Sudan (one per index file) make its 2016 edition, which no
    // UN sample file has; every other Data360 edition is in a UN file or not assessed.
    assertThat(accepted("egdi_data360")).isEqualTo(4);
    assertThat(egdi.where("source = 'egdi_data360'").collectAsList())
        .extracting(r -> r.getAs("iso3") + " " + r.getAs("survey_year") + " " + r.getAs("un_rank"))
        .containsExactly("SSD 2016 null");
    assertThat(
            spark
                .read()
                .parquet(out.resolve("parquet/egdi_differences").toString())
                .selectExpr(
                    "concat_ws(' ', iso3, survey_year, component, un_value, republished_value)")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("KEN 2020 osi 0.4196 0.4296");
    assertThat(spark.read().parquet(out.resolve("parquet/loans").toString()).count())
        .isEqualTo(
            accepted(
                    "aiddata_gcdf3",
                    "bu_loans_africa",
                    "bu_loans_africa_scraped",
                    "other_loans",
                    "aiddata_gcof1")
                // A geocoded project is read from two files, and accepted in each.
                + result
                    .outcomes()
                    .file(
                        "aiddata_geocoded",
                        Path.of("sample-data/loans/aiddata-geocoded-china-1.1/data/projects.csv")
                            .toAbsolutePath()
                            .toString())
                    .accepted())
        // 33, and the AidData 1.x samples' four projects: Togo from 1.0, three from 1.1.
        .isEqualTo(37);
    assertThat(spark.read().parquet(out.resolve("parquet/rejects").toString()).count()).isZero();
    assertThat(result.outcomes().files())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.reconciles()).as(f.file()).isTrue());
  }

  @Test
  void countsTheSampleAidDataProjectsOnceAcrossTheirTwoReleases() {
    Dataset<Row> loans = spark.read().parquet(out.resolve("parquet/loans").toString());
    // Senegal (140) is in both sample releases: kept from 1.1; Togo (19626) only in 1.0.
    assertThat(
            loans
                .where("project_key in ('aiddata_1:140', 'aiddata_1:19626')")
                .orderBy("project_key")
                .select("loan_id")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("aiddata_geocoded:140", "aiddata_gcof1:19626");
    Map<String, Long> excluded = result.outcomes().forSource("aiddata_gcof1").get(0).excluded();
    // Senegal, Kenya and Ethiopia are in 1.1; the umbrella line, the pledge and the regional one.
    assertThat(excluded)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "in_later_release", 3L,
                "umbrella_project", 1L,
                "not_recommended_for_research", 1L,
                "aggregate", 1L));
  }

  @Test
  void tellsTheCaboVerdeStory() {
    Dataset<Row> loans = spark.read().parquet(out.resolve("parquet/loans").toString());
    // AidData: the e-government cloud (USD 34.6 M) and Praia safe city (USD 23 M) loans, both ICT.
    assertThat(loans.where("iso3 = 'CPV' and is_ict and source = 'aiddata_gcdf3'").count())
        .isEqualTo(2);
    Dataset<Row> deployments = spark.read().parquet(out.resolve("parquet/deployments").toString());
    assertThat(
            deployments
                .where("iso3 = 'CPV' and vendor = 'Huawei'")
                .select("category")
                .distinct()
                .orderBy("category")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("e_government", "safe_city_surveillance", "telecom_network");
  }

  /** Only records that put Chinese technology into the country raise its index (methodology 2). */
  @Test
  void keepsOutboundStakesOutOfTheIndex() {
    Dataset<Row> deployments = spark.read().parquet(out.resolve("parquet/deployments").toString());
    List<String> cgit =
        deployments
            .where("source = 'cgit' and iso3 in ('PAK', 'MYS', 'IND')")
            .selectExpr("concat(iso3, ' ', vendor, ' ', category)")
            .orderBy("iso3")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    // China Mobile's 89 % of Paktel runs a network; Alibaba's and Tencent's stakes do not.
    assertThat(cgit)
        .containsExactly(
            "IND Tencent outbound_stake",
            "MYS Alibaba Cloud outbound_stake",
            "PAK China Mobile telecom_network");
    // 2Africa: China Mobile is 1 of 8 owners; PEACE and SAIL are Chinese-owned (1/1, 1/2).
    assertThat(
            deployments
                .where("source = 'submarine_cables'")
                .selectExpr("concat(project, ' ', category)")
                .distinct()
                .orderBy("project")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly(
            "2Africa outbound_stake",
            "PEACE Cable undersea_cable",
            "South Atlantic Inter Link (SAIL) undersea_cable");
    assertThat(warned("cgit", "outbound_investment")).isEqualTo(2);
    assertThat(warned("submarine_cables", "minority_cable_owner")).isPositive();
    Dataset<Row> evidence = spark.read().parquet(out.resolve("parquet/evidence").toString());
    assertThat(evidence.where("category = 'outbound_stake'").count()).isZero();
    Dataset<Row> dependence = spark.read().parquet(out.resolve("parquet/dependence").toString());
    assertThat(dependence.where("iso3 = 'CHN' and dependence_index is not null").count()).isZero();
    assertThat(dependence.where("iso3 = 'CHN'").count()).isPositive();
  }

  private long warned(String source, String rule) {
    return spark
        .read()
        .parquet(out.resolve("parquet/reconciliation").toString())
        .where("source = '" + source + "' and outcome = 'warned' and rule = '" + rule + "'")
        .agg(org.apache.spark.sql.functions.sum("row_count"))
        .first()
        .getLong(0);
  }

  @Test
  void writesNothingOutsideItsOutputFolder(@TempDir Path dir) throws Exception {
    // Input-derived names (here a source named like a path) never become file names.
    JobConfig job =
        JobConfigLoader.load(
                Path.of("src/test/resources/jobs/tiny.json"),
                List.of("inputs[0].source=../../../escaped"))
            .withOutput(dir.resolve("area/sub/../out").toString());
    PipelineJob.run(spark, job);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
          .isNotEmpty()
          .allMatch(p -> p.startsWith("area/out/") || p.equals("area/out.lock"));
    }
  }
}
