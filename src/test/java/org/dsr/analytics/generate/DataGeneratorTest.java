package org.dsr.analytics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.config.JobConfigLoader;
import org.dsr.analytics.reference.Country;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Categories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator without Spark: determinism, sizes and vocabularies. That the pipeline reads its
 * files without rejects is tested in bench.DuckDbReferenceTest, which runs the pipeline on them.
 */
class DataGeneratorTest {
  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    DataGenerator.generate(a, 0.001, 11);
    DataGenerator.generate(b, 0.001, 11);
    Map<String, byte[]> first = contents(a);
    Map<String, byte[]> second = contents(b);
    assertThat(first.keySet()).isEqualTo(second.keySet()).hasSize(12 + 4 + 2 + 1);
    first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void anotherSeedWritesOtherValues(@TempDir Path a, @TempDir Path b) throws IOException {
    DataGenerator.generate(a, 0.001, 11);
    DataGenerator.generate(b, 0.001, 12);
    for (String file :
        List.of(
            DataGenerator.DEPLOYMENTS_FILE,
            DataGenerator.LOANS_FILE,
            "egdi/EGOV_DATA_2024.csv",
            "wdi/gdp.csv")) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file)
          .isNotEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void rowCountsFollowTheScale(@TempDir Path out) throws IOException {
    Map<String, Long> rows = DataGenerator.generate(out, 0.002, 1);
    // Scale 1 = 1,000,000 deployments and 100,000 loans; one record per line, plus the header.
    assertThat(rows)
        .containsEntry(DataGenerator.DEPLOYMENTS_FILE, 2000L)
        .containsEntry(DataGenerator.LOANS_FILE, 200L);
    assertThat(records(out.resolve(DataGenerator.DEPLOYMENTS_FILE))).hasSize(2000);
    assertThat(Files.readAllLines(out.resolve(DataGenerator.DEPLOYMENTS_FILE))).hasSize(2001);
    assertThat(records(out.resolve(DataGenerator.LOANS_FILE))).hasSize(200);
    // 12 editions x the 193 UN member states.
    assertThat(rows).containsEntry("egdi", 12 * 193L);
    assertThat(records(out.resolve("egdi/EGOV_DATA_2003.csv"))).hasSize(193);
  }

  @Test
  void deploymentsUseTheProjectsVocabulariesAndCountryNames(@TempDir Path out) throws IOException {
    DataGenerator.generate(out, 0.001, 5);
    List<String> names =
        CountryReference.bundled().countries().stream().map(Country::name).toList();
    Map<String, Long> perCountry = new TreeMap<>();
    for (CSVRecord r : records(out.resolve(DataGenerator.DEPLOYMENTS_FILE))) {
      assertThat(Vendors.NAMES.terms()).containsValue(r.get("vendor"));
      assertThat(Categories.ALL).contains(r.get("category"));
      assertThat(names).contains(r.get("country"));
      assertThat(Integer.parseInt(r.get("year"))).isBetween(2000, 2024);
      perCountry.merge(r.get("country"), 1L, Long::sum);
    }
    // Zipf-like: the five largest hosts hold a large share of the records.
    long topFive =
        perCountry.values().stream()
            .sorted((x, y) -> Long.compare(y, x))
            .limit(5)
            .mapToLong(Long::longValue)
            .sum();
    assertThat(topFive).isGreaterThan(300);
  }

  @Test
  void theJobConfigReadsEveryGeneratedFile(@TempDir Path out) throws IOException {
    DataGenerator.generate(out, 0.001, 1);
    JobConfig job = JobConfigLoader.load(out.resolve(DataGenerator.JOB_FILE));
    assertThat(job.inputs())
        .extracting(input -> input.layout().id())
        .containsExactly(
            "un_egdi",
            "wdi_wide",
            "wdi_country_metadata",
            "wdi_long",
            "wdi_long",
            "aiddata_gcdf3",
            "dsr_deployments");
    assertThat(Path.of(job.output())).isEqualTo(out.resolve("out"));
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
    }
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
