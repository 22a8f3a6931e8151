package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.io.OutputLockedException;
import org.dsr.analytics.io.OutputRefusedException;
import org.dsr.analytics.io.PublishProtocol;
import org.dsr.analytics.io.RunObserver;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.reference.MatchMethod;
import org.dsr.analytics.testing.MiniHdfs;
import org.dsr.analytics.testing.OutputTrees;
import org.dsr.analytics.testing.RemoteSample;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs read from and outputs published to a real HDFS (a MiniDFSCluster started by the test): the
 * same outputs as a local run, the publish protocol's guarantees with HDFS's own primitives
 * (renames on the NameNode, the lock a NameNode lease), a run killed mid-publish.
 */
class HdfsPublishingTest extends SparkTestBase {
  @TempDir static Path local;
  private static String hdfs;
  private static FileSystem fs;
  private static RemoteSample sample;

  @BeforeAll
  static void uploadTheSampleData() throws Exception {
    hdfs = MiniHdfs.uri() + "/dsr";
    fs = MiniHdfs.fileSystem();
    sample = new RemoteSample(fs, hdfs, local);
  }

  private static org.apache.hadoop.fs.Path path(String p) {
    return RemoteSample.path(p);
  }

  private static List<String> entries(String folder) throws Exception {
    return Arrays.stream(fs.listStatus(path(folder))).map(s -> s.getPath().getName()).toList();
  }

  @Test
  void theSampleJobReadsAndPublishesOnHdfsWithTheOutputsOfALocalRun() throws Exception {
    String out = hdfs + "/sample/out";
    assertThat(
            Main.run(
                "--config", sample.config("jobs/sample.json", "../sample-data/"), "--output", out))
        .isZero();

    Manifest manifest = SampleOutputs.assertAsLocal(sample, out);
    assertThat(manifest.inputs())
        .extracting(Manifest.Input::path)
        .allMatch(p -> p.startsWith(hdfs + "/sample-data/"));
    assertThat(entries(hdfs + "/sample")).containsExactlyInAnyOrder("out", "out.lock");
  }

  @Test
  void aRunKilledMidPublishLeavesThePreviousOutputsCompleteAndTheNextRunSucceeds()
      throws Exception {
    String config = sample.config("src/test/resources/jobs/tiny.json", "../../../../sample-data/");
    String folder = hdfs + "/killed";
    String out = folder + "/out";
    sample.copyOfLocalRun(out); // what an earlier run published
    Map<String, String> published = OutputTrees.allFiles(fs, path(out));

    Path log = local.resolve("killed-run.log");
    Process run = ChildRun.start("between-moves", local, log, List.of(), config, out, "killed");
    ChildRun.awaitPause(run, "between-moves", local, log);
    run.destroyForcibly().waitFor(); // SIGKILL, with the published folder moved aside

    assertThat(fs.exists(path(out))).isFalse();
    assertThat(OutputTrees.allFiles(fs, path(out + ".previous-killed"))).isEqualTo(published);
    // The killed run's client stops renewing its lease on out.lock; once the NameNode's soft limit
    // has passed, the next run's append recovers the file and takes the lock.
    Thread.sleep(MiniHdfs.LEASE_SOFT_LIMIT_MS + 500);
    assertThat(Main.run("--config", config, "--output", out, "--run-id", "next")).isZero();

    assertThat(entries(folder)).containsExactlyInAnyOrder("out", "out.lock");
    Manifest next = Manifest.fromJson(read(out + "/" + OutputDirectory.MANIFEST));
    assertThat(next.runId()).isEqualTo("next");
    assertThat(OutputTrees.allFiles(fs, path(out)).keySet())
        .contains("csv/egdi.csv", "csv/country_year.csv")
        .doesNotContain("comparison/comparison.csv"); // the tiny job's, not the sample's
  }

  @Test
  void oneRunAtATimeAndOnlyIntoItsOwnFolders() throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String out = hdfs + "/locked/out";
    try (PublishProtocol first = OutputDirectory.open(out, "r1", RunObserver.NONE, conf, 3)) {
      assertThatThrownBy(() -> OutputDirectory.open(out, "r2", RunObserver.NONE, conf, 3))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageStartingWith("another dsr-analytics run is writing " + out + " (it holds ");
      assertThat(first.staging()).isEqualTo(out + ".staging-r1");
    }
    try (PublishProtocol again = OutputDirectory.open(out, "r3", RunObserver.NONE, conf, 3)) {
      assertThat(again.runId()).isEqualTo("r3");
    }

    String home = hdfs + "/home";
    try (FSDataOutputStream thesis = fs.create(path(home + "/thesis.docx"))) {
      thesis.write("precious".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> OutputDirectory.open(home, "r4", RunObserver.NONE, conf, 3))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageStartingWith("output " + home + " holds files but no _manifest.json");
    assertThat(read(home + "/thesis.docx")).isEqualTo("precious");
    assertThat(fs.listStatus(path(hdfs)))
        .extracting(FileStatus::getPath)
        .extracting(org.apache.hadoop.fs.Path::getName)
        .doesNotContain("home.lock", "home.staging-r4");
  }

  @Test
  void countryOverridesAreReadFromHdfs() throws Exception {
    String overrides = hdfs + "/country-overrides.csv";
    try (FSDataOutputStream out = fs.create(path(overrides))) {
      out.write("raw_name,iso3\nKenia,KEN\n".getBytes(StandardCharsets.UTF_8));
    }
    CountryReference reference = CountryReference.bundled();
    CountryHarmoniser harmoniser =
        new CountryHarmoniser(
            reference,
            ConfigCheck.countryOverrides(
                overrides, reference, spark.sparkContext().hadoopConfiguration()));
    assertThat(harmoniser.matchName("Kenia").iso3()).isEqualTo("KEN");
    assertThat(harmoniser.matchName("Kenia").method()).isEqualTo(MatchMethod.OVERRIDE);
  }

  private static String read(String file) {
    return sample.read(file);
  }
}
