package org.dsr.analytics.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The least work each engine can do with a delimited file: parse every field of every record (and
 * sum the fields' lengths, so that none is skipped), or parse the records and write them as
 * Parquet. No checks, no provenance, no sorting. Its times are the floor under the benchmark's
 * ratio of dsr-analytics to DuckDB, whatever plan dsr-analytics chooses (docs/benchmarks.md,
 * session 5).
 *
 * <p>Usage (test classpath): {@code CsvFloor spark|duckdb parse|parquet FILE OUTPUT_DIR}. Every
 * column is read as a string, named by the file's first line. Spark runs in {@code local[N]} and
 * DuckDB on N threads, N as for {@link DuckDbReference} ({@code -Ddsr.reference.threads}, 2).
 */
public final class CsvFloor {
  private CsvFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4
        || !List.of("spark", "duckdb").contains(args[0])
        || !List.of("parse", "parquet").contains(args[1])) {
      System.err.println("usage: CsvFloor spark|duckdb parse|parquet FILE OUTPUT_DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path file = Path.of(args[2]);
    Path output = Path.of(args[3]);
    boolean parquet = args[1].equals("parquet");
    long lengths =
        args[0].equals("spark")
            ? spark(file, parquet ? output.resolve("spark.parquet") : null)
            : duckdb(file, parquet ? output.resolve("duckdb.parquet") : null);
    System.out.printf(
        "csv-floor: %s %s %s in %.1f s%s%n",
        args[0],
        args[1],
        file,
        (System.nanoTime() - start) / 1e9,
        parquet ? "" : " (field lengths sum to " + lengths + ")");
  }

  /**
   * Spark's CSV reader: the sum of the field lengths, or -1 after writing the records to {@code
   * parquet} when it is given.
   */
  static long spark(Path file, Path parquet) throws IOException {
    List<String> columns = header(file);
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, DataTypes.StringType);
    }
    SparkSession spark = session();
    // RFC 4180 quotes, as the generated files are written (Spark escapes with '\\' by default).
    Dataset<Row> rows =
        spark
            .read()
            .schema(schema)
            .option("header", "true")
            .option("escape", "\"")
            .csv(file.toString());
    if (parquet != null) {
      rows.write().mode("overwrite").parquet(parquet.toString());
      return -1;
    }
    return rows.selectExpr(lengthSum(columns, '`')).first().getLong(0);
  }

  /** A local session on as many cores as DuckDB gets threads, with run.sh's shuffle partitions. */
  static SparkSession session() {
    return SparkSession.builder()
        .master("local[" + DuckDbReference.THREADS + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** The same on DuckDB. */
  static long duckdb(Path file, Path parquet) throws IOException, SQLException {
    String rows = "read_csv('" + file + "', header = true, all_varchar = true)";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute("SET threads = " + DuckDbReference.THREADS);
      if (parquet != null) {
        Files.createDirectories(parquet.getParent());
        sql.execute("COPY (SELECT * FROM " + rows + ") TO '" + parquet + "' (FORMAT parquet)");
        return -1;
      }
      try (ResultSet r =
          sql.executeQuery("SELECT " + lengthSum(header(file), '"') + " FROM " + rows)) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * SQL for the sum over all records of their fields' lengths, the columns quoted as the engine
   * quotes names (Spark: backticks; DuckDB: double quotes).
   */
  static String lengthSum(List<String> columns, char quote) {
    return "CAST(SUM("
        + columns.stream()
            .map(c -> "COALESCE(LENGTH(" + quote + c + quote + "), 0)")
            .collect(Collectors.joining(" + "))
        + ") AS BIGINT)";
  }

  /** The column names on the first line (the generated files quote none of them). */
  static List<String> header(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return List.of(in.readLine().split(","));
    }
  }
}
