package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * scripts/spark-jvm.args is the one list of JVM flags for Spark outside spark-submit (surefire,
 * scripts/run.sh). It must hold every flag Spark's own launcher adds, or reading rows back fails on
 * Java 17 in ways a write-only job does not show.
 */
class SparkJvmArgsTest {

  @Test
  void argsFileHoldsEveryFlagSparksLauncherAdds() throws Exception {
    List<String> ours = Files.readAllLines(Path.of("scripts/spark-jvm.args"));
    List<String> sparks =
        Stream.of(JavaModuleOptions.defaultModuleOptionArray())
            // A JDK 23+ flag: Java 17 refuses to start with it, so it cannot be in a Java 17 list.
            .filter(flag -> !flag.startsWith("--sun-misc-unsafe-memory-access"))
            .toList();
    assertThat(sparks).hasSizeGreaterThan(15);
    assertThat(ours).containsAll(sparks);
  }

  @Test
  void theTestJvmRunsWithThem() {
    List<String> jvmArgs =
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertThat(jvmArgs).contains("--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");
  }
}
