package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.dsr.analytics.schema.SourceLayout;

/**
 * One input of a job: a named source in a published layout.
 *
 * @param source the name the outputs give the source (e.g. "egdi")
 * @param layout the published layout of the files
 * @param path a file, a directory or a glob; relative paths resolve against the config's folder
 * @param encoding the character set, "UTF-8" (the default, with or without BOM) or e.g.
 *     "windows-1252"
 * @param indicator the WDI indicator code of a long-layout file, which does not name it
 * @param maxRejectRate the share of this input's rows that may be rejected before the run fails;
 *     the job's default where absent
 */
public record InputSpec(
    @JsonProperty(required = true) String source,
    @JsonProperty(required = true) SourceLayout layout,
    @JsonProperty(required = true) String path,
    String encoding,
    @JsonProperty(SourceLayout.INDICATOR) String indicator,
    @JsonProperty("max_reject_rate") Double maxRejectRate) {

  public String encodingOrDefault() {
    return encoding == null ? "UTF-8" : encoding;
  }

  /** The layout-specific keys this input sets, with their values (see {@link SourceLayout}). */
  Map<String, String> layoutSpecificKeys() {
    return indicator == null ? Map.of() : Map.of(SourceLayout.INDICATOR, indicator);
  }

  public InputSpec withPath(String newPath) {
    return new InputSpec(source, layout, newPath, encoding, indicator, maxRejectRate);
  }
}
