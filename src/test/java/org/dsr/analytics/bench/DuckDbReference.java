package org.dsr.analytics.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The core metrics (country_year panel, dependence index and its sensitivity) computed once more,
 * in plain SQL on DuckDB, straight from generated input files: an independent oracle for the Spark
 * pipeline, and a baseline a benchmark can time. Writes {@code country_year.parquet}, {@code
 * dependence.parquet} and {@code dependence_sensitivity.parquet}.
 *
 * <p>Usage (test classpath): {@code DuckDbReference INPUT_DIR OUTPUT_DIR}, INPUT_DIR as written by
 * scripts/generate-data.sh. DuckDB runs on {@code -Ddsr.reference.threads} threads (default 2, the
 * cores of scripts/run.sh's {@code local[2]}), so a timing compares it with Spark on equal cores.
 */
public final class DuckDbReference {
  /** The SQL steps, run in this order, from {@code src/test/resources/duckdb-reference/}. */
  static final List<String> STEPS =
      List.of(
          "1-inputs.sql",
          "2-country_year.sql",
          "3-dependence.sql",
          "4-sensitivity.sql",
          "5-export.sql");

  /** DuckDB's threads; by default as many as Spark's cores in a local run of scripts/run.sh. */
  static final int THREADS = Integer.getInteger("dsr.reference.threads", 2);

  private DuckDbReference() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DuckDbReference INPUT_DIR OUTPUT_DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    run(Path.of(args[0]), Path.of(args[1]));
    System.out.printf(
        "duckdb-reference: %s written in %.1f s on %d threads%n",
        args[1], (System.nanoTime() - start) / 1e9, THREADS);
  }

  /**
   * Runs every step on the generated files in {@code input}, writing Parquet into {@code output}.
   */
  public static void run(Path input, Path output) throws IOException, SQLException {
    Files.createDirectories(output);
    Path countries = Files.createTempFile("dsr-countries", ".csv");
    try (InputStream reference = resource("/reference/countries.csv");
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      Files.copy(reference, countries, StandardCopyOption.REPLACE_EXISTING);
      sql.execute("SET threads = " + THREADS);
      for (String step : STEPS) {
        String text;
        try (InputStream in = resource("/duckdb-reference/" + step)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text =
            text.replace("{input}", input.toAbsolutePath().toString())
                .replace("{output}", output.toAbsolutePath().toString())
                .replace("{countries}", countries.toString())
                .replaceAll("(?m)^\\s*--.*$", "");
        // Statements end with ';' at the end of a line (comment lines are removed above).
        for (String statement : text.split(";\\s*\\n")) {
          if (!statement.isBlank()) {
            execute(sql, step, statement);
          }
        }
      }
    } finally {
      Files.deleteIfExists(countries);
    }
  }

  private static void execute(Statement sql, String step, String statement) throws SQLException {
    try {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new SQLException(step + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DuckDbReference.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource " + name + " not on the classpath"));
    }
    return in;
  }
}
