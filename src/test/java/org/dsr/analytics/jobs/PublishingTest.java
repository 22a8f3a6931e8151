package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.dsr.analytics.io.InputFingerprint;
import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.io.OutputLockedException;
import org.dsr.analytics.io.OutputRefusedException;
import org.dsr.analytics.io.PublishProtocol;
import org.dsr.analytics.io.RunObserver;
import org.dsr.analytics.testing.SampleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are staged, guarded, locked and published whole; a killed run loses nothing. */
class PublishingTest {
  private static final Configuration CONF = new Configuration();
  @TempDir Path dir;

  private Path published(String name) throws Exception {
    Path out = dir.resolve(name);
    Files.createDirectories(out);
    Files.writeString(out.resolve(OutputDirectory.MANIFEST), "{}");
    Files.writeString(out.resolve("previous-run.txt"), "kept");
    return out;
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.docx"), "precious");
    assertThatThrownBy(() -> OutputDirectory.open(home.toString(), "r1", RunObserver.NONE, CONF, 3))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "output "
                + home
                + " holds files but no _manifest.json: dsr-analytics did not write it, so it will not"
                + " replace it; choose an empty or new folder");
    assertThat(home.resolve("thesis.docx")).hasContent("precious");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("home");
    }
  }

  @Test
  void oneRunAtATime() throws Exception {
    Path out = published("out");
    try (PublishProtocol first =
        OutputDirectory.open(out.toString(), "r1", RunObserver.NONE, CONF, 3)) {
      assertThatThrownBy(
              () -> OutputDirectory.open(out.toString(), "r2", RunObserver.NONE, CONF, 3))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageStartingWith("another dsr-analytics run is writing " + out);
    }
    try (PublishProtocol again =
        OutputDirectory.open(out.toString(), "r3", RunObserver.NONE, CONF, 3)) {
      assertThat(again.runId()).isEqualTo("r3");
    }
  }

  @Test
  void publishesTheStagedFolderWholeAndCleansUp() throws Exception {
    Path out = published("out");
    try (PublishProtocol run =
        OutputDirectory.open(out.toString(), "r1", RunObserver.NONE, CONF, 3)) {
      Path staging = Path.of(run.staging());
      Files.writeString(staging.resolve(OutputDirectory.MANIFEST), "{\"run_id\": \"r1\"}");
      assertThat(out.resolve("previous-run.txt")).exists(); // untouched until publish
      run.publish();
    }
    assertThat(out.resolve(OutputDirectory.MANIFEST)).hasContent("{\"run_id\": \"r1\"}");
    assertThat(out.resolve("previous-run.txt")).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("out", "out.lock");
    }
  }

  @Test
  void nextRunRestoresOutputsAKilledPublishLeftAsideAndRemovesStaging() throws Exception {
    Path aside = published("out.previous-r1");
    Files.createDirectories(dir.resolve("out.staging-r1").resolve("parquet"));
    Path out = dir.resolve("out");
    try (PublishProtocol run =
        OutputDirectory.open(out.toString(), "r2", RunObserver.NONE, CONF, 3)) {
      assertThat(out.resolve("previous-run.txt")).hasContent("kept");
      assertThat(aside).doesNotExist();
      assertThat(dir.resolve("out.staging-r1")).doesNotExist();
    }
  }

  @Test
  void manifestDescribesInputsOutputsAndDataQuality() throws Exception {
    Path out = SampleRun.output();
    Manifest manifest = Manifest.fromJson(Files.readString(out.resolve(OutputDirectory.MANIFEST)));
    assertThat(manifest.runId()).isNotBlank();
    assertThat(manifest.sparkVersion()).isEqualTo("4.2.0");
    assertThat(manifest.config().output()).isEqualTo(out.toString());
    String egdi2020 = Path.of("sample-data/egdi/EGOV_DATA_2020.csv").toAbsolutePath().toString();
    Manifest.Input input =
        manifest.inputs().stream().filter(i -> i.path().equals(egdi2020)).findFirst().orElseThrow();
    InputFingerprint expected = InputFingerprint.of(egdi2020, CONF);
    assertThat(input.sha256()).isEqualTo(expected.sha256()).hasSize(64);
    assertThat(input.size()).isEqualTo(Files.size(Path.of(egdi2020)));
    assertThat(input.rowsRead()).isEqualTo(20);
    Manifest.Output egdi =
        manifest.outputs().stream()
            .filter(o -> o.dataset().equals("egdi"))
            .findFirst()
            .orElseThrow();
    assertThat(egdi.rows())
        .isEqualTo(61); // 60 from the UN sample files, South Sudan 2016 from Data360
    assertThat(egdi.columns()).containsEntry("survey_year", "int").containsEntry("egdi", "double");
    assertThat(manifest.outputs())
        .extracting(Manifest.Output::dataset)
        .contains("comparison", "regions");
    assertThat(manifest.dataQuality().get("egdi"))
        .containsEntry("read", 61L)
        .containsEntry("excluded/not_assessed", 1L);
  }
}
