package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and degenerate inputs (issue 20), each run through {@link Main} as a scheduled run would:
 * fields of 1, 10 and 100 MB in CSV and in workbook cells. Each must end within a loose time bound
 * with its exit code and a last line that names the cause; a run that succeeds must hold only
 * bounded text in its rejects and harmonisation report.
 */
class HostileInputTest extends SparkTestBase {
  private static final Duration BOUND = Duration.ofMinutes(2);
  private static final int MB = 1_000_000;
  @TempDir Path dir;

  /** Writes a case's input into a folder and returns the input's config entry. */
  interface Input {
    Map<String, Object> write(Path dir) throws Exception;
  }

  /**
   * @param reject for a run that succeeds, the one reject as "rule: message" ({dir} the input
   *     folder), else null
   * @param lastLine the last line the run prints ({dir} the input folder)
   */
  record Case(String id, Input input, int exit, String reject, String lastLine) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        longCsvName(MB),
        longCsvName(10 * MB),
        longCsvName(100 * MB),
        new Case(
            "csv-1mb-name-within-a-raised-limit",
            dir -> {
              Map<String, Object> in = egdi(HostileInputFiles.egdiWithLongName(dir, MB));
              in.put("max_field_length", 2 * MB);
              return in;
            },
            Main.OK,
            "unknown_country: country '"
                + letters(200)
                + "... [truncated: 1000000 characters]' is not in the country reference",
            "dsr-analytics: outputs written to {out}"),
        longXlsxCountry(MB),
        longXlsxCountry(10 * MB),
        new Case(
            "xlsx-100mb-cell",
            dir -> tracker(HostileInputFiles.trackerWithLongCountry(dir, 100 * MB)),
            Main.INPUT,
            null,
            "dsr-analytics: input error: {dir}/cgit.xlsx: cannot read as an xlsx workbook: "),
        new Case(
            "header-only-only-input",
            dir -> egdi(corpusFile("egdi-header-only.csv", dir)),
            Main.INPUT,
            null,
            "dsr-analytics: input error: no input file holds a row (a header at most):"
                + " {dir}/egdi-header-only.csv; nothing is computed or published"),
        new Case(
            "wdi-only-job",
            dir -> input("wdi_wide", corpusFile("wdi-wide-missing-marks.csv", dir)),
            Main.OK,
            null,
            "dsr-analytics: outputs written to {out}"),
        new Case(
            "wdi-only-job-without-an-observation",
            dir -> {
              Path file = dir.resolve("API_IT.NET.USER.ZS_DS2.csv");
              Files.writeString(
                  file,
                  "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
                      + "\"2019\",\"2020\",\n"
                      + "\"Kenya\",\"KEN\",\"Internet users\",\"IT.NET.USER.ZS\",\"..\",\"\",\n");
              return input("wdi_wide", file);
            },
            Main.DATA_QUALITY,
            null,
            "dsr-analytics: data-quality threshold exceeded: no accepted row of egdi, macro, loans"
                + " or deployments has a year, so the panel has none (see rejects and"
                + " reconciliation); set metrics.year_from and metrics.year_to"));
  }

  private static Case longCsvName(int length) {
    return tooLong(
        "csv-" + length / MB + "mb-name",
        "Country Name",
        dir -> egdi(HostileInputFiles.egdiWithLongName(dir, length)),
        length);
  }

  private static Case longXlsxCountry(int length) {
    return tooLong(
        "xlsx-" + length / MB + "mb-cell",
        "Country",
        dir -> tracker(HostileInputFiles.trackerWithLongCountry(dir, length)),
        length);
  }

  /** A run that succeeds, with the row holding the long field rejected for it. */
  private static Case tooLong(String id, String field, Input input, int length) {
    return new Case(
        id,
        input,
        Main.OK,
        "field_too_long: field '"
            + field
            + "' has "
            + length
            + " characters, more than the input's max_field_length 100000",
        "dsr-analytics: outputs written to {out}");
  }

  /** A copy of a committed corpus file, in the case's folder. */
  private static Path corpusFile(String name, Path dir) throws java.io.IOException {
    return Files.copy(Path.of("src/test/resources/bad-input", name), dir.resolve(name));
  }

  private static Map<String, Object> egdi(Path file) {
    return input("un_egdi", file);
  }

  private static Map<String, Object> tracker(Path file) {
    return input("cgit_xlsx", file);
  }

  private static Map<String, Object> input(String layout, Path file) {
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("source", "hostile");
    in.put("layout", layout);
    in.put("path", file.toString());
    in.put("max_reject_rate", 1.0); // one row of two is rejected, by design
    return in;
  }

  /** The letters {@link HostileInputFiles} writes first. */
  private static String letters(int n) {
    java.util.Random random = new java.util.Random(20);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInBoundedTimeWithItsExitCodeAndAClearLastLine(Case c) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("output", out.toString());
    job.put("inputs", List.of(c.input().write(inputs)));
    Path config = dir.resolve("job.json");
    new ObjectMapper().writeValue(config.toFile(), job);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    long start = System.nanoTime();
    int code;
    try {
      code = Main.run("--config", config.toString());
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String printed = (code == Main.OK ? stdout : err).toString(StandardCharsets.UTF_8);
    List<String> lines = printed.lines().filter(l -> l.startsWith("dsr-analytics: ")).toList();
    System.out.println(c.id() + ": exit " + code + " in " + took.toMillis() + " ms: " + lines);
    String expected =
        c.lastLine().replace("{dir}", inputs.toString()).replace("{out}", out.toString());
    assertThat(code).as("exit code; stderr: " + err).isEqualTo(c.exit());
    assertThat(took).isLessThan(BOUND);
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(lines.size() - 1)).startsWith(expected);
    if (c.reject() != null) {
      checkBoundedOutputs(out, c.reject());
    }
  }

  /**
   * The one reject is the expected one; the harmonisation report holds no long value whole, nor do
   * the rejects when the value was over the limit (one within a raised limit stays in the record).
   */
  private static void checkBoundedOutputs(Path out, String reject) throws Exception {
    List<String> rejects = Files.readAllLines(out.resolve("csv/rejects.csv"));
    String rule = reject.substring(0, reject.indexOf(": "));
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(1))
        .contains("," + rule + ",")
        .contains(reject.substring(rule.length() + 2));
    for (String dataset :
        rule.equals("field_too_long")
            ? List.of("rejects", "harmonisation")
            : List.of("harmonisation")) {
      assertThat(Files.size(out.resolve("csv/" + dataset + ".csv")))
          .as(dataset + ".csv holds no long value whole")
          .isLessThan(10_000);
    }
  }
}
