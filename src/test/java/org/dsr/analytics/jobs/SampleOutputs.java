package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.dsr.analytics.io.OutputDirectory;
import org.dsr.analytics.testing.RemoteSample;

/**
 * What a run of the sample job on a remote file system must have written: a local run's outputs.
 */
final class SampleOutputs {
  private SampleOutputs() {}

  /**
   * Every CSV, Markdown and HTML file byte for byte as the local run's, but for where the inputs
   * were (rows name their source file); the manifest's outputs (rows, schemas) and data quality
   * equal, one input file for each of the local run's.
   *
   * @return the run's manifest
   */
  static Manifest assertAsLocal(RemoteSample sample, String runFolder) {
    assertThat(sample.textsAsIfLocal(runFolder))
        .isEqualTo(RemoteSample.localTexts())
        .hasSizeGreaterThan(14);
    Manifest manifest = Manifest.fromJson(sample.read(runFolder + "/" + OutputDirectory.MANIFEST));
    Manifest local = Manifest.fromJson(RemoteSample.localManifest());
    assertThat(manifest.outputs()).isEqualTo(local.outputs());
    assertThat(manifest.dataQuality()).isEqualTo(local.dataQuality());
    assertThat(manifest.inputs()).hasSameSizeAs(local.inputs());
    return manifest;
  }
}
