package org.dsr.analytics.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One case of the bad-input corpus, as listed in src/test/resources/bad-input/cases.json: an input
 * (layout, path, encoding, config tweaks) and its expected outcome. In expected texts, {dir} stands
 * for the folder the path is relative to.
 *
 * @param generate the {@link BadInputFiles} generator that writes the case's files; null where they
 *     are committed
 * @param exit the expected exit code of Main; null for a run that succeeds (checked in-process)
 * @param error the expected first line of the message on standard error, after "dsr-analytics: "
 * @param counts the expected reconciliation rows: per file (relative to {dir}), outcome or
 *     outcome/rule to rows
 * @param rejects expected rejects in file and line order: "line rule" or "line rule: message
 *     start"; line "-" where the format has no lines
 * @param accepted the rows the canonical output holds, as "line iso3", in file and line order
 * @param values Spark SQL expressions over the case's canonical rows to their expected values, in
 *     file, line and value order
 * @param names the raw country names of the harmonisation report, sorted
 * @param log the end of a line the run log must contain
 */
record CorpusCase(
    String id,
    String what,
    String layout,
    String path,
    String encoding,
    String generate,
    @JsonProperty("rule_severity") Map<String, String> ruleSeverity,
    Integer exit,
    String error,
    Map<String, Map<String, Long>> counts,
    List<String> rejects,
    List<String> accepted,
    Map<String, List<String>> values,
    List<String> names,
    String log) {

  static List<CorpusCase> load(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), new TypeReference<List<CorpusCase>>() {});
  }

  boolean succeeds() {
    return exit == null;
  }

  String expand(String text, Path dir) {
    return text.replace("{dir}", dir.toString());
  }
}
