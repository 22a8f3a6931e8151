package org.dsr.analytics.config;

import static org.dsr.analytics.config.ConfigException.badValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Ids.UnknownIdException;
import org.dsr.analytics.schema.SourceLayout;

/**
 * Reads job configs strictly: an unknown key, a wrong type or a missing required key fails with the
 * file, the key's path and what was expected. Relative paths in the config resolve against the
 * folder that holds the config file, so a scheduled job runs the same from any working directory.
 */
public final class JobConfigLoader {
  /** Characters: far above any real field, and a string a driver can hold while it is cut. */
  static final int MAX_FIELD_LENGTH_ALLOWED = 100_000_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private JobConfigLoader() {}

  /** Loads, validates and resolves the paths of a config file. */
  public static JobConfig load(Path file) {
    return load(file, List.of());
  }

  /**
   * Loads a config file with {@code --set key=value} overrides applied (see {@link
   * ConfigOverrides}); errors name the file and the overrides.
   */
  public static JobConfig load(Path file, List<String> overrides) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read config " + file + ": " + e.getMessage(), e);
    }
    String source = sourceName(file, overrides);
    JobConfig raw;
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (!(tree instanceof ObjectNode config)) {
        throw new ConfigException(file + ": expected a JSON object at the top level");
      }
      ConfigOverrides.apply(config, overrides, MAPPER);
      raw = MAPPER.treeToValue(config, JobConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + ": " + describe(e), e);
    }
    validate(raw, source);
    return resolvePaths(raw, file.toAbsolutePath().getParent());
  }

  /** How errors name a config: its file, and the {@code --set} overrides applied to it. */
  public static String sourceName(Path file, List<String> overrides) {
    return overrides.isEmpty()
        ? file.toString()
        : file + " with --set " + String.join(" ", overrides);
  }

  private static String describe(JsonProcessingException e) {
    UnknownIdException unknown = unknownId(e);
    if (unknown != null && e instanceof JsonMappingException m) {
      return badValue(
              "", path(m), unknown.value(), "one of " + String.join(", ", unknown.allowed()))
          .getMessage();
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key '"
          + path(u)
          + "'; expected one of "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
    }
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String message = m.getOriginalMessage();
      if (message.startsWith("Missing required creator property")) {
        return "missing required key '" + path(m) + "'";
      }
      return "key '"
          + path(m)
          + "' has the wrong type; expected "
          + (m.getTargetType() == null ? "another type" : simpleType(m.getTargetType()));
    }
    return "not valid JSON: "
        + e.getOriginalMessage()
        + (e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")");
  }

  /** The unknown id a layout's, normalisation's or severity's creator refused, if that failed. */
  private static UnknownIdException unknownId(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownIdException u) {
        return u;
      }
    }
    return null;
  }

  private static String simpleType(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    return "an object of " + type.getSimpleName();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static void validate(JobConfig c, String file) {
    if (c.inputs().isEmpty()) {
      throw new ConfigException(file + ": key 'inputs' is empty; expected at least one input");
    }
    if (c.maxRejectRate() != null && !(c.maxRejectRate() >= 0 && c.maxRejectRate() <= 1)) {
      throw new ConfigException(
          file + ": max_reject_rate " + c.maxRejectRate() + " is not within [0, 1]");
    }
    fieldLength(c.maxFieldLength(), file + ": ", InputSpec.MAX_FIELD_LENGTH);
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < c.inputs().size(); i++) {
      InputSpec in = c.inputs().get(i);
      String where = file + ": inputs[" + i + "]";
      if (!Charset.isSupported(in.encodingOrDefault())) {
        throw new ConfigException(
            where
                + ": unknown encoding '"
                + in.encoding()
                + "'; expected e.g. UTF-8 or windows-1252");
      }
      if (in.maxRejectRate() != null && !(in.maxRejectRate() >= 0 && in.maxRejectRate() <= 1)) {
        throw new ConfigException(
            where + ": max_reject_rate " + in.maxRejectRate() + " is not within [0, 1]");
      }
      fieldLength(
          in.maxFieldLength(), file + ": ", "inputs[" + i + "]." + InputSpec.MAX_FIELD_LENGTH);
      layoutKeys(in, file, "inputs[" + i + "]");
      if (!sources.add(in.source() + "\u0000" + in.path())) {
        throw new ConfigException(where + ": input '" + in.source() + "' is listed twice");
      }
    }
    weights(c.metrics().weights(), file);
    loanSourcePriority(c.metrics().loanSourcePriority(), c.loanSources(), file);
    if (c.comparison() != null && c.comparison().peers() != null && c.comparison().peers() < 1) {
      throw badValue(file + ": ", "comparison.peers", c.comparison().peers(), "1 or more");
    }
    if (c.keepRuns() != null && c.keepRuns() < 1) {
      throw badValue(file + ": ", "keep_runs", c.keepRuns(), "1 or more");
    }
  }

  /**
   * A field-length limit is a positive number of characters, at most what one Java string can hold
   * with room for the excerpt.
   */
  private static void fieldLength(Integer limit, String where, String key) {
    if (limit != null && !(limit >= 1 && limit <= MAX_FIELD_LENGTH_ALLOWED)) {
      throw badValue(
          where, key, limit, "a number of characters within 1.." + MAX_FIELD_LENGTH_ALLOWED);
    }
  }

  /** An input has the keys its layout needs and no key that only another layout reads. */
  private static void layoutKeys(InputSpec in, String file, String key) {
    Map<String, String> needed = in.layout().neededInputKeys();
    Map<String, String> given = in.layoutSpecificKeys();
    for (Map.Entry<String, String> need : needed.entrySet()) {
      if (!given.containsKey(need.getKey())) {
        throw new ConfigException(
            file
                + ": key '"
                + key
                + "."
                + need.getKey()
                + "' is missing; layout "
                + in.layout().id()
                + " needs it: "
                + need.getValue());
      }
    }
    for (Map.Entry<String, String> set : given.entrySet()) {
      if (!needed.containsKey(set.getKey())) {
        throw badValue(
            file + ": ",
            key + "." + set.getKey(),
            set.getValue(),
            "no "
                + set.getKey()
                + ": layout "
                + in.layout().id()
                + " does not read one ("
                + layoutsNeeding(set.getKey())
                + " does)");
      }
    }
  }

  private static String layoutsNeeding(String key) {
    return Arrays.stream(SourceLayout.values())
        .filter(l -> l.neededInputKeys().containsKey(key))
        .map(SourceLayout::id)
        .collect(Collectors.joining(", "));
  }

  private static void weights(Map<String, Double> weights, String file) {
    for (Map.Entry<String, Double> w : new TreeMap<>(weights).entrySet()) {
      String key = "metrics.weights." + w.getKey();
      if (!Columns.DEPENDENCE_COMPONENTS.contains(w.getKey())) {
        throw new ConfigException(
            file
                + ": key '"
                + key
                + "' names no dependence component; expected one of "
                + String.join(", ", Columns.DEPENDENCE_COMPONENTS));
      }
      if (!(w.getValue() >= 0)) {
        throw badValue(file + ": ", key, w.getValue(), "0 or more");
      }
    }
  }

  private static void loanSourcePriority(List<String> priority, List<String> loans, String file) {
    for (int i = 0; i < priority.size(); i++) {
      if (!loans.contains(priority.get(i))) {
        throw badValue(
            file + ": ",
            "metrics.loan_source_priority[" + i + "]",
            priority.get(i),
            loans.isEmpty()
                ? "no value: the config has no loan input"
                : "the source of a loan input: one of " + String.join(", ", loans));
      }
    }
  }

  private static JobConfig resolvePaths(JobConfig c, Path base) {
    List<InputSpec> inputs = new ArrayList<>();
    for (InputSpec in : c.inputs()) {
      inputs.add(in.withPath(resolve(base, in.path())));
    }
    return c.withPaths(
        inputs,
        resolve(base, c.output()),
        c.countryOverrides() == null ? null : resolve(base, c.countryOverrides()));
  }

  /** Resolves a local relative path; URIs with a scheme (hdfs://, s3a://) are left as they are. */
  static String resolve(Path base, String path) {
    if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return path;
    }
    return base.resolve(path).normalize().toString();
  }
}
