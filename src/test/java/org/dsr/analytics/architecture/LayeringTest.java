package org.dsr.analytics.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in one direction only, as the README's architecture section
 * draws them: each layer may use the layers below it, none above. Read from the sources, not the
 * classes, because javac copies a constant's value into the class that uses it: a column name taken
 * from a package above leaves no trace in the bytecode, only in the source.
 */
class LayeringTest {
  /** Bottom to top. {@code jobs} and {@code generate} are both tops: neither uses the other. */
  static final List<String> LAYERS =
      List.of(
          "schema", "config", "reference", "io", "ingest", "metrics", "report", "jobs", "generate");

  private static final Path MAIN = Path.of("src/main/java/org/dsr/analytics");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.dsr\\.analytics\\.(\\w+)\\.");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  /** May code in layer {@code from} use layer {@code to}? */
  static boolean allowed(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (Set.of(from, to).equals(Set.of("jobs", "generate"))) {
      return false;
    }
    return LAYERS.indexOf(to) < LAYERS.indexOf(from);
  }

  /** Every use of another package in one source file that the order forbids, one line each. */
  static List<String> violations(String layer, String file, String source) {
    Matcher m = REFERENCE.matcher(COMMENT.matcher(source).replaceAll(""));
    TreeSet<String> found = new TreeSet<>();
    while (m.find()) {
      String target = m.group(1);
      if (!LAYERS.contains(target) || !allowed(layer, target)) {
        found.add(layer + " -> " + target + " (" + file + ")");
      }
    }
    return List.copyOf(found);
  }

  /** Which layers each layer uses, from the sources: the picture the README draws. */
  static Map<String, TreeSet<String>> uses() {
    Map<String, TreeSet<String>> uses = new TreeMap<>();
    forEachSource(
        (layer, file, source) -> {
          Matcher m = REFERENCE.matcher(COMMENT.matcher(source).replaceAll(""));
          while (m.find()) {
            if (!m.group(1).equals(layer)) {
              uses.computeIfAbsent(layer, k -> new TreeSet<>()).add(m.group(1));
            }
          }
        });
    return uses;
  }

  interface SourceVisitor {
    void visit(String layer, String file, String source);
  }

  private static void forEachSource(SourceVisitor visitor) {
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String layer = MAIN.relativize(p).getName(0).toString();
        visitor.visit(layer, MAIN.relativize(p).toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyMainPackageIsALayer() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      assertThat(dirs.map(d -> d.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(LAYERS);
    }
  }

  @Test
  void packagesUseOnlyTheLayersBelowThem() {
    List<String> found = new java.util.ArrayList<>();
    forEachSource((layer, file, source) -> found.addAll(violations(layer, file, source)));
    assertThat(found).as("uses against the order; the layers use: " + uses()).isEmpty();
  }

  @Test
  void anImportAgainstTheOrderIsFound() {
    String source =
        "package org.dsr.analytics.schema;\n"
            + "// org.dsr.analytics.jobs.Main, in a comment, is no dependency\n"
            + "import org.dsr.analytics.metrics.DependenceIndex;\n"
            + "import static org.dsr.analytics.reference.Categories.CRITICAL;\n"
            + "class X { Object o = org.dsr.analytics.config.JobConfig.class; }\n";
    assertThat(violations("schema", "schema/X.java", source))
        .containsExactly(
            "schema -> config (schema/X.java)",
            "schema -> metrics (schema/X.java)",
            "schema -> reference (schema/X.java)");
    assertThat(violations("jobs", "jobs/Y.java", "import org.dsr.analytics.generate.Draws;"))
        .containsExactly("jobs -> generate (jobs/Y.java)");
    assertThat(violations("report", "report/Z.java", "import org.dsr.analytics.metrics.Trends;"))
        .isEmpty();
  }
}
