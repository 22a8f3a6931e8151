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
 * @param maxFieldLength the longest field, in characters, a row may hold; a row with a longer one
 *     is rejected by rule field_too_long; the job's default where absent
 * @param coverage the countries and years a loan or deployment input covers; its layout's published
 *     coverage where absent
 */
public record InputSpec(
    @JsonProperty(required = true) String source,
    @JsonProperty(required = true) SourceLayout layout,
    @JsonProperty(required = true) String path,
    String encoding,
    @JsonProperty(SourceLayout.INDICATOR) String indicator,
    @JsonProperty("max_reject_rate") Double maxRejectRate,
    @JsonProperty(MAX_FIELD_LENGTH) Integer maxFieldLength,
    CoverageSpec coverage) {

  public static final String MAX_FIELD_LENGTH = "max_field_length";

  /**
   * Characters. The longest field of the real published files has 5,713 (an AidData project
   * description); a Chinese loan or a country name has a few hundred at most.
   */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 100_000;

  /** The longest field allowed: this input's limit, else {@value #DEFAULT_MAX_FIELD_LENGTH}. */
  public int maxFieldLengthOrDefault() {
    return maxFieldLength == null ? DEFAULT_MAX_FIELD_LENGTH : maxFieldLength;
  }

  /** This input, with the job's limit where it sets none of its own. */
  InputSpec withDefaultMaxFieldLength(Integer jobLimit) {
    return maxFieldLength != null || jobLimit == null
        ? this
        : new InputSpec(
            source, layout, path, encoding, indicator, maxRejectRate, jobLimit, coverage);
  }

  public String encodingOrDefault() {
    return encoding == null ? "UTF-8" : encoding;
  }

  /** The layout-specific keys this input sets, with their values (see {@link SourceLayout}). */
  Map<String, String> layoutSpecificKeys() {
    return indicator == null ? Map.of() : Map.of(SourceLayout.INDICATOR, indicator);
  }

  public InputSpec withPath(String newPath) {
    return new InputSpec(
        source, layout, newPath, encoding, indicator, maxRejectRate, maxFieldLength, coverage);
  }
}
