package org.dsr.analytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One input of a job: a named source in a published layout.
 *
 * @param source the name the outputs give the source (e.g. "egdi")
 * @param layout a layout id, see {@code SourceLayout}
 * @param path a file, a directory or a glob; relative paths resolve against the config's folder
 * @param encoding the character set, "UTF-8" (the default, with or without BOM) or e.g.
 *     "windows-1252"
 */
public record InputSpec(
    @JsonProperty(required = true) String source,
    @JsonProperty(required = true) String layout,
    @JsonProperty(required = true) String path,
    String encoding) {

  public String encodingOrDefault() {
    return encoding == null ? "UTF-8" : encoding;
  }
}
