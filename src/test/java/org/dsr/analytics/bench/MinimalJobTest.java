package org.dsr.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimalJobTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void joinsAggregatesAndWritesBothFormats() throws Exception {
    assertThat(MinimalJob.run(spark, dir)).isEqualTo(5);
    assertThat(Files.readAllLines(dir.resolve("deals.csv"))).hasSize(MinimalJob.ROWS + 1);
    // AGO holds the deals whose id is a multiple of 5: 8 of them, 1,000 × (5 + 10 + ... + 40).
    Row ago = spark.read().parquet(dir.resolve("totals.parquet").toString()).first();
    assertThat(ago.getString(0)).isEqualTo("AGO");
    assertThat(ago.getString(1)).isEqualTo("east");
    assertThat(ago.getLong(2)).isEqualTo(8);
    assertThat(ago.getDouble(3)).isEqualTo(180_000.0);
    try (var parts = Files.list(dir.resolve("totals.csv"))) {
      assertThat(parts.filter(p -> p.getFileName().toString().endsWith(".csv")).count())
          .isEqualTo(1);
    }
  }
}
