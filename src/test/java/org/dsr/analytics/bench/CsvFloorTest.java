package org.dsr.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFloorTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void bothEnginesParseEveryFieldAlike() throws Exception {
    Path file = dir.resolve("deployments.csv");
    Files.writeString(
        file,
        "vendor,country,project,value_usd\n"
            + "ZTE,Iceland,\"E-government, record 1\",\n"
            + "Huawei,Kenya,Safe city,9663960\n"
            + "Dahua,\"Côte d'Ivoire\",\"Cameras \"\"HD\"\"\",12\n");
    // ZTE Iceland "E-government, record 1" (no value) = 3 + 7 + 22; Huawei Kenya Safe city 9663960
    // = 6 + 5 + 9 + 7; Dahua Côte d'Ivoire Cameras "HD" 12 = 5 + 13 + 12 + 2.
    long expected = 32 + 27 + 32;
    assertThat(CsvFloor.spark(file, null)).isEqualTo(expected);
    assertThat(CsvFloor.duckdb(file, null)).isEqualTo(expected);
  }
}
