package org.dsr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.jobs.Main;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.CountryOverrides;
import org.dsr.analytics.reference.CountryReference;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.SourceLayout;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: every case of src/test/resources/bad-input/cases.json (listed in that
 * folder's README) with its expected outcome. Cases that succeed are ingested together in one
 * {@link Ingestion#run}, as the job runs it, with no reject threshold: one input per layout and
 * encoding, a glob naming the cases' files (each EGDI case has its own edition, each WDI case its
 * own year and each deployment its own project, so that no key is shared across cases). Each case
 * is then checked for its reconciliation rows, rejects, the rows its canonical output holds and
 * their values. Cases that fail run through {@link Main}, checked for exit code, the first line of
 * the message and that nothing was published.
 */
class BadInputCorpusTest extends SparkTestBase {
  private static final Path CORPUS = Path.of("src/test/resources/bad-input").toAbsolutePath();
  @TempDir static Path generated;
  private static List<CorpusCase> cases;
  private static Ingestion.Result ingested;
  private static List<String> log;
  private static List<Row> rejects;
  private static List<Row> reconciliation;
  private static List<Row> harmonisation;
  private static final Map<String, Dataset<Row>> outputs = new TreeMap<>();
  private static final Map<String, List<Row>> outputRows = new TreeMap<>();

  @BeforeAll
  static void ingestTheCasesThatSucceed() throws Exception {
    cases = CorpusCase.load(CORPUS.resolve("cases.json"));
    Map<List<String>, List<String>> globs = new LinkedHashMap<>();
    for (CorpusCase c : cases) {
      if (c.generate() != null) {
        BadInputFiles.write(c.generate(), dir(c));
      }
      if (c.succeeds()) {
        // A generated case's files are its folder under the generated root.
        Path root = c.generate() == null ? CORPUS : generated;
        String name = c.generate() == null ? c.path() : c.id();
        globs
            .computeIfAbsent(
                Arrays.asList(c.layout(), c.encoding(), root.toString()), k -> new ArrayList<>())
            .add(name);
      }
    }
    List<InputSpec> inputs = new ArrayList<>();
    globs.forEach(
        (key, names) ->
            inputs.add(
                new InputSpec(
                    "corpus_" + inputs.size(),
                    SourceLayout.fromId(key.get(0)),
                    key.get(2) + "/{" + String.join(",", names) + "}",
                    key.get(1),
                    "wdi_long".equals(key.get(0)) ? "BAD.CORPUS" : null, // a long file names none
                    1.0,
                    null,
                    null)));
    try (LogLines lines = LogLines.attach("org.dsr.analytics")) {
      ingested =
          Ingestion.run(
              new ReadContext(
                  spark,
                  new CountryHarmoniser(CountryReference.bundled(), CountryOverrides.none())),
              inputs,
              Disposition.defaults(),
              1.0);
      log = List.copyOf(lines.lines);
    }
    rejects = ingested.rejects().orderBy(Columns.SOURCE_FILE, Columns.LINE_NUMBER).collectAsList();
    reconciliation = ingested.reconciliation().collectAsList();
    harmonisation =
        ingested
            .harmonisation()
            .select(Columns.SOURCE_FILE, Columns.RAW_NAME)
            .orderBy(Columns.SOURCE_FILE, Columns.RAW_NAME)
            .collectAsList();
    ingested
        .datasets()
        .forEach(
            (name, data) -> {
              Dataset<Row> cached = data.cache();
              outputs.put(name, cached);
              outputRows.put(
                  name,
                  cached
                      .select(Columns.SOURCE_FILE, Columns.LINE_NUMBER, Columns.ISO3)
                      .distinct()
                      .orderBy(Columns.SOURCE_FILE, Columns.LINE_NUMBER, Columns.ISO3)
                      .collectAsList());
            });
  }

  @TestFactory
  Stream<DynamicTest> everyCaseHasItsExpectedOutcome() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream()
        .map(
            c ->
                dynamicTest(
                    c.id() + ": " + c.what(),
                    () -> {
                      if (c.succeeds()) {
                        checkIngested(c);
                      } else {
                        checkFails(c);
                      }
                    }));
  }

  private static Path dir(CorpusCase c) {
    return c.generate() == null ? CORPUS : generated.resolve(c.id());
  }

  /** Whether a file (or a workbook's sheet) read in the batch is one of the case's. */
  private static boolean ofCase(CorpusCase c, String file) {
    String p = dir(c).resolve(c.path()).toString();
    return file.equals(p) || file.startsWith(p + "/") || file.startsWith(p + "#");
  }

  private static void checkIngested(CorpusCase c) {
    Path dir = dir(c);
    // The reconciliation rows of the case's files, as file -> "outcome" or "outcome/rule" -> rows.
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Row r : reconciliation) {
      String file = r.getString(1);
      if (ofCase(c, file)) {
        counts
            .computeIfAbsent(
                dir.relativize(Path.of(file.split("#")[0])) + suffix(file), f -> new TreeMap<>())
            .put(
                r.isNullAt(3) ? r.getString(2) : r.getString(2) + "/" + r.getString(3),
                r.getLong(4));
      }
    }
    assertThat(counts).as("reconciliation").isEqualTo(c.counts());
    long accepted = 0;
    long rejected = 0;
    for (Map.Entry<String, Map<String, Long>> file : counts.entrySet()) {
      long outcomes = 0;
      for (Map.Entry<String, Long> e : file.getValue().entrySet()) {
        String key = e.getKey();
        if (key.startsWith("rejected/")) {
          rejected += e.getValue();
        }
        if (key.equals("accepted") || key.startsWith("excluded/") || key.startsWith("rejected/")) {
          outcomes += e.getValue();
        }
      }
      assertThat(outcomes)
          .as("read = accepted + excluded + rejected in " + file.getKey())
          .isEqualTo(file.getValue().get("read"));
      accepted += file.getValue().get("accepted");
    }

    List<String> caseRejects =
        rejects.stream()
            .filter(r -> ofCase(c, r.getString(1)))
            .map(r -> line(r, 2) + " " + r.getString(4) + ": " + r.getString(5))
            .toList();
    assertThat(caseRejects).as("rejects").hasSize(c.rejects().size()).hasSize((int) rejected);
    for (int i = 0; i < caseRejects.size(); i++) {
      String expected = c.expand(c.rejects().get(i), dir);
      assertThat(caseRejects.get(i))
          .startsWith(expected.contains(": ") ? expected : expected + ": ");
    }

    List<String> rows = new ArrayList<>();
    String target = null; // the canonical dataset that holds the case's rows, if any
    for (Map.Entry<String, List<Row>> dataset : outputRows.entrySet()) {
      for (Row r : dataset.getValue()) {
        if (ofCase(c, r.getString(0))) {
          rows.add(line(r, 1) + " " + r.getString(2));
          target = dataset.getKey();
        }
      }
    }
    assertThat(rows)
        .as("the output holds exactly the accepted rows")
        .hasSize((int) accepted)
        .containsExactlyElementsOf(c.accepted());

    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String expression : c.values().keySet()) {
      values.put(expression, values(c, outputs.get(target), expression));
    }
    assertThat(values).as("values").isEqualTo(c.values());

    if (c.names() != null) {
      assertThat(
              harmonisation.stream()
                  .filter(r -> ofCase(c, r.getString(0)))
                  .map(r -> r.getString(1))
                  .toList())
          .as("raw names as read")
          .containsExactlyElementsOf(c.names());
    }
    if (c.log() != null) {
      String expected = c.expand(c.log(), dir);
      assertThat(log).as("run log").anyMatch(line -> line.endsWith(expected));
    }
  }

  /** The values of an expression over the case's output rows, in file, line and value order. */
  private static List<String> values(CorpusCase c, Dataset<Row> output, String expression) {
    return output
        .selectExpr(
            Columns.SOURCE_FILE, Columns.LINE_NUMBER, "cast((" + expression + ") as string) as v")
        .orderBy(Columns.SOURCE_FILE, Columns.LINE_NUMBER, "v")
        .collectAsList()
        .stream()
        .filter(r -> ofCase(c, r.getString(0)))
        .map(r -> r.getString(2))
        .toList();
  }

  private static String suffix(String file) {
    int sheet = file.indexOf('#');
    return sheet < 0 ? "" : file.substring(sheet);
  }

  private static String line(Row r, int i) {
    return r.isNullAt(i) ? "-" : String.valueOf(r.getLong(i));
  }

  /** Runs the case through the command line, as a scheduled run would. */
  private static void checkFails(CorpusCase c) throws Exception {
    Path dir = dir(c);
    Path output = generated.resolve(c.id() + "-out");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("source", c.id());
    input.put("layout", c.layout());
    input.put("path", dir.resolve(c.path()).toString());
    if (c.encoding() != null) {
      input.put("encoding", c.encoding());
    }
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("output", output.toString());
    if (c.ruleSeverity() != null) {
      job.put("rule_severity", c.ruleSeverity());
    }
    job.put("inputs", List.of(input));
    Path config = generated.resolve(c.id() + "-job.json");
    new ObjectMapper().writeValue(config.toFile(), job);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("--config", config.toString());
    } finally {
      System.setErr(originalErr);
    }
    String stderr = err.toString(StandardCharsets.UTF_8);
    String message =
        stderr.lines().filter(l -> l.startsWith("dsr-analytics: ")).findFirst().orElse("");
    assertThat(code).as("exit code; stderr: " + stderr).isEqualTo(c.exit());
    assertThat(message).isEqualTo("dsr-analytics: " + c.expand(c.error(), dir));
    assertThat(output).as("nothing is published").doesNotExist();
  }

  /** Collects the messages logged under a logger while attached. */
  private static final class LogLines extends AbstractAppender implements AutoCloseable {
    private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final LoggerConfig config;

    private LogLines(LoggerConfig config) {
      super("bad-input-corpus", null, null, true, Property.EMPTY_ARRAY);
      this.config = config;
    }

    static LogLines attach(String logger) {
      LoggerContext context = (LoggerContext) LogManager.getContext(false);
      LoggerConfig config = context.getConfiguration().getLoggerConfig(logger);
      LogLines appender = new LogLines(config);
      appender.start();
      config.addAppender(appender, Level.INFO, null);
      context.updateLoggers();
      return appender;
    }

    @Override
    public void append(LogEvent event) {
      lines.add(event.getMessage().getFormattedMessage());
    }

    @Override
    public void close() {
      config.removeAppender(getName());
      stop();
    }
  }
}
