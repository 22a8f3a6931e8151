package org.dsr.analytics.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.ingest.FileOutcomes;
import org.dsr.analytics.ingest.Outcomes;
import org.dsr.analytics.io.InputException;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.io.InputFingerprint;

/**
 * Every input file's size and SHA-256, per input, taken when a run starts and again before it
 * publishes: a file that changed in between would make the outputs describe no one version of it.
 */
final class InputSnapshot {
  private final Map<InputSpec, List<InputFingerprint>> files;

  private InputSnapshot(Map<InputSpec, List<InputFingerprint>> files) {
    this.files = files;
  }

  static InputSnapshot take(JobConfig config, Configuration conf) {
    Map<InputSpec, List<InputFingerprint>> prints = new LinkedHashMap<>();
    for (InputSpec input : config.inputs()) {
      List<InputFingerprint> fingerprints = new ArrayList<>();
      for (String file : InputFiles.of(input, conf)) {
        fingerprints.add(InputFingerprint.of(file, conf));
      }
      prints.put(input, fingerprints);
    }
    return new InputSnapshot(prints);
  }

  /**
   * @throws InputException naming every file that differs from this snapshot in {@code now}
   */
  void requireUnchanged(InputSnapshot now) {
    if (files.equals(now.files)) {
      return;
    }
    List<String> changed = new ArrayList<>();
    files.forEach(
        (input, before) -> {
          List<InputFingerprint> after = now.files.get(input);
          for (InputFingerprint f : before) {
            if (after == null || !after.contains(f)) {
              changed.add(f.path());
            }
          }
          if (after != null && after.size() != before.size()) {
            changed.add(
                input.path() + " (now " + after.size() + " files, was " + before.size() + ")");
          }
        });
    throw new InputException(
        "an input changed during the run (size or SHA-256 differ from the start): "
            + String.join(", ", changed)
            + "; nothing was published");
  }

  /** The manifest's inputs: every file with its fingerprint and the rows read from it. */
  List<Manifest.Input> manifestInputs(Outcomes outcomes) {
    List<Manifest.Input> inputs = new ArrayList<>();
    files.forEach(
        (input, prints) -> {
          List<FileOutcomes> read = outcomes.forSource(input.source());
          for (InputFingerprint f : prints) {
            // An xlsx file is read sheet by sheet ("file#sheet"); its rows are the sheets' sum.
            List<FileOutcomes> ofFile =
                read.stream()
                    .filter(o -> o.file().equals(f.path()) || o.file().startsWith(f.path() + "#"))
                    .toList();
            Long rows =
                ofFile.isEmpty() ? null : ofFile.stream().mapToLong(FileOutcomes::read).sum();
            inputs.add(Manifest.Input.of(input.source(), input.layout(), f, rows));
          }
        });
    return inputs;
  }
}
