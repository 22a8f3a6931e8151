package org.dsr.analytics.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.io.InputFingerprint;
import org.dsr.analytics.schema.SourceLayout;

/**
 * The {@code _manifest.json} of a published output folder: what ran, on which inputs, what it wrote
 * and how clean the data were.
 */
public record Manifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("finished_at") String finishedAt,
    @JsonProperty("project_version") String projectVersion,
    @JsonProperty("spark_version") String sparkVersion,
    JobConfig config,
    List<Input> inputs,
    List<Output> outputs,
    @JsonProperty("data_quality") Map<String, Map<String, Long>> dataQuality) {

  /** An input file: its fingerprint and how many rows were read from it. */
  public record Input(
      String source,
      SourceLayout layout,
      String path,
      long size,
      String sha256,
      @JsonProperty("rows_read") Long rowsRead) {
    static Input of(String source, SourceLayout layout, InputFingerprint f, Long rowsRead) {
      return new Input(source, layout, f.path(), f.size(), f.sha256(), rowsRead);
    }
  }

  /** An output dataset: rows and schema. */
  public record Output(String dataset, long rows, Map<String, String> columns) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  public static Manifest fromJson(String json) {
    try {
      return JSON.readValue(json, Manifest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot read the manifest: " + e.getOriginalMessage(), e);
    }
  }
}
