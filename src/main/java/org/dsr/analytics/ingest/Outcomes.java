package org.dsr.analytics.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every input file's outcomes, in source then file order. */
public record Outcomes(List<FileOutcomes> files) {
  public Outcomes {
    files = List.copyOf(files);
  }

  /** The files of one source, in file order; empty for a source that was not read. */
  public List<FileOutcomes> forSource(String source) {
    return files.stream().filter(f -> f.source().equals(source)).toList();
  }

  /** One file's outcomes. */
  public FileOutcomes file(String source, String file) {
    return forSource(source).stream()
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no outcomes for " + source + " " + file));
  }

  /**
   * Per source, its files' counts added up under {@link FileOutcomes#byOutcomeKey} keys. A record
   * joined from several files (a project of AidData's geocoded release) counts in each of them.
   */
  public Map<String, Map<String, Long>> summaryBySource() {
    Map<String, Map<String, Long>> summary = new TreeMap<>();
    for (FileOutcomes f : files) {
      Map<String, Long> total = summary.computeIfAbsent(f.source(), s -> new TreeMap<>());
      f.byOutcomeKey().forEach((k, v) -> total.merge(k, v, Long::sum));
    }
    return summary;
  }
}
