package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.MetricDatasets;
import org.dsr.analytics.testing.IndexFromEvidence;
import org.dsr.analytics.testing.SampleRun;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/**
 * Every dependence_index can be traced to input records: recomputed from the evidence dataset
 * alone, it equals the published one, on the sample and on the real files; and no index is built
 * from a component no source covers.
 */
class EvidenceTest extends SparkTestBase {

  @Test
  void sampleIndexIsReproducedFromEvidenceAlone() {
    Path out = SampleRun.output();
    assertReproduced(
        spark.read().parquet(out.resolve("parquet/evidence").toString()),
        spark.read().parquet(out.resolve("parquet/dependence").toString()));
  }

  @Test
  void realIndexIsReproducedFromEvidenceAlone() {
    RealDataRun run = RealDataRun.of(spark);
    assertReproduced(run.output("evidence"), run.output("dependence"));
  }

  private static void assertReproduced(Dataset<Row> evidence, Dataset<Row> dependence) {
    List<Row> rows = dependence.collectAsList();
    List<String> keys =
        rows.stream()
            .map(r -> IndexFromEvidence.key(r.getAs(Columns.ISO3), r.getAs(Columns.YEAR)))
            .toList();
    Map<String, Double> recomputed = IndexFromEvidence.compute(evidence, keys);
    Set<String> covered =
        evidence
            .where(Columns.ROLE + " = '" + MetricDatasets.COVERED + "'")
            .collectAsList()
            .stream()
            .flatMap(
                r ->
                    MetricDatasets.components(r.<String>getAs(Columns.COMPONENTS)).stream()
                        .map(
                            c ->
                                IndexFromEvidence.key(r.getAs(Columns.ISO3), r.getAs(Columns.YEAR))
                                    + ":"
                                    + c))
            .collect(Collectors.toSet());
    int indexed = 0;
    Map<String, Double> mismatches = new HashMap<>();
    for (Row r : rows) {
      String key = IndexFromEvidence.key(r.getAs(Columns.ISO3), r.getAs(Columns.YEAR));
      Double published = r.getAs(Columns.DEPENDENCE_INDEX);
      Double again = recomputed.get(key);
      if (published == null || again == null) {
        if (published != again) {
          mismatches.put(key, published);
        }
        continue;
      }
      indexed++;
      assertThat(again).as(key).isCloseTo(published, within(1e-9));
      String available = r.getAs(Columns.COMPONENTS_AVAILABLE);
      for (String component : available.split(",")) {
        assertThat(covered)
            .as(key + " " + component + " is covered")
            .contains(key + ":" + component);
      }
    }
    assertThat(mismatches).as("rows with an index on one side only").isEmpty();
    assertThat(indexed).isGreaterThan(100);
  }
}
