package org.dsr.analytics.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-key overrides of a job config from the command line ({@code --set key=value}), applied to
 * the JSON before it is bound, so an override is checked as strictly as the file itself.
 *
 * <p>The key is a path of config keys: {@code metrics.year_from}, {@code inputs[0].path}. The value
 * is read as JSON when it is JSON ({@code 2010}, {@code true}, {@code ["KEN","ETH"]}, {@code null})
 * and as a string otherwise ({@code out/2024}), so strings need no quotes.
 */
public final class ConfigOverrides {
  private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private ConfigOverrides() {}

  /** Applies each {@code key=value} to the config tree, in order. */
  public static void apply(ObjectNode config, List<String> overrides, ObjectMapper mapper) {
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException(
            "--set " + override + ": expected key=value, e.g. --set metrics.year_from=2010");
      }
      String key = override.substring(0, eq);
      set(config, key, value(override.substring(eq + 1), mapper), override);
    }
  }

  private static JsonNode value(String text, ObjectMapper mapper) {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }

  private static void set(ObjectNode root, String key, JsonNode value, String override) {
    List<Object> steps = steps(key, override);
    JsonNode parent = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      parent = child(parent, steps.get(i), steps.get(i + 1) instanceof Integer, override);
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).set(name, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  /** The step's node; an absent object key gets an empty object or list to set into. */
  private static JsonNode child(JsonNode parent, Object step, boolean listNext, String override) {
    if (step instanceof String name) {
      if (!(parent instanceof ObjectNode object)) {
        throw new ConfigException("--set " + override + ": '" + name + "' is not inside an object");
      }
      JsonNode next = object.get(name);
      if (next == null || next.isNull()) {
        next = listNext ? object.putArray(name) : object.putObject(name);
      }
      return next;
    }
    int index = (Integer) step;
    if (!(parent instanceof ArrayNode array) || index >= array.size()) {
      throw new ConfigException(
          "--set "
              + override
              + ": no element ["
              + index
              + "] (the list has "
              + parent.size()
              + ")");
    }
    return array.get(index);
  }

  private static List<Object> steps(String key, String override) {
    List<Object> steps = new ArrayList<>();
    for (String segment : key.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new ConfigException(
            "--set "
                + override
                + ": '"
                + key
                + "' is not a key path; expected e.g. metrics.year_from or inputs[0].path");
      }
      steps.add(m.group(1));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        steps.add(Integer.parseInt(index.group(1)));
      }
    }
    return steps;
  }
}
