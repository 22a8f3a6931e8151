package org.dsr.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether two runs wrote the same Parquet data: for every dataset folder under {@code parquet/},
 * the same columns with the same Parquet types and repetitions, and the same rows in the same order
 * across the folder's files (taken in name order). The files may split the rows differently. A
 * performance change is kept only if its outputs pass this and the CSV files are byte-identical.
 *
 * <p>Usage (test classpath): {@code SameParquet REFERENCE_OUTPUT OUTPUT}; exits 1 naming the first
 * difference of each dataset that differs.
 */
public final class SameParquet {
  private SameParquet() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SameParquet REFERENCE_OUTPUT OUTPUT");
      System.exit(2);
    }
    List<String> differences = compare(Path.of(args[0]), Path.of(args[1]));
    differences.forEach(System.out::println);
    System.out.println(
        differences.isEmpty() ? "same-parquet: every dataset equal" : "same-parquet: different");
    System.exit(differences.isEmpty() ? 0 : 1);
  }

  /** The differences between the two outputs' Parquet datasets, one line each; none if equal. */
  static List<String> compare(Path reference, Path output) throws IOException, SQLException {
    List<String> names = datasets(reference);
    List<String> differences = new ArrayList<>();
    if (!names.equals(datasets(output))) {
      differences.add("datasets " + names + " against " + datasets(output));
      return differences;
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      // One thread: rows come out in the order of the files and of the rows in them.
      sql.execute("SET threads = 1");
      for (String name : names) {
        String difference =
            firstDifference(sql, files(reference.resolve(name)), files(output.resolve(name)));
        if (difference != null) {
          differences.add(name + ": " + difference);
        }
      }
    }
    return differences;
  }

  private static String firstDifference(Statement sql, List<Path> a, List<Path> b)
      throws SQLException {
    String schemaA = schema(sql, a);
    String schemaB = schema(sql, b);
    if (!schemaA.equals(schemaB)) {
      return "schema " + schemaA + " against " + schemaB;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return a.size() == b.size() ? null : a.size() + " files against " + b.size();
    }
    // Two connections, each streaming its rows: a dataset need not fit in memory twice.
    try (Connection other = DriverManager.getConnection("jdbc:duckdb:");
        Statement sqlB = other.createStatement()) {
      sqlB.execute("SET threads = 1");
      try (ResultSet ra = sql.executeQuery(scan(a));
          ResultSet rb = sqlB.executeQuery(scan(b))) {
        int columns = ra.getMetaData().getColumnCount();
        long row = 0;
        while (true) {
          boolean moreA = ra.next();
          boolean moreB = rb.next();
          row++;
          if (moreA != moreB) {
            return "row " + row + " is only in the " + (moreA ? "reference" : "output");
          }
          if (!moreA) {
            return null;
          }
          List<Object> va = values(ra, columns);
          List<Object> vb = values(rb, columns);
          if (!va.equals(vb)) {
            return "row " + row + ": " + va + " against " + vb;
          }
        }
      }
    }
  }

  private static String scan(List<Path> files) {
    return "SELECT * FROM read_parquet(["
        + files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "))
        + "])";
  }

  private static List<Object> values(ResultSet r, int columns) throws SQLException {
    List<Object> row = new ArrayList<>(columns);
    for (int c = 1; c <= columns; c++) {
      Object v = r.getObject(c);
      row.add(v == null ? null : v.toString());
    }
    return row;
  }

  /** Every file's columns: name, Parquet type, repetition, logical type. */
  private static String schema(Statement sql, List<Path> files) throws SQLException {
    List<String> all = new ArrayList<>();
    for (Path f : files) {
      try (ResultSet r =
          sql.executeQuery(
              "SELECT name, type, repetition_type, logical_type FROM parquet_schema('"
                  + f
                  + "')")) {
        List<String> columns = new ArrayList<>();
        while (r.next()) {
          columns.add(
              r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
        }
        all.add(String.join(", ", columns));
      }
    }
    return all.stream().distinct().collect(Collectors.joining(" | "));
  }

  /** The Parquet dataset folders of an output: those under parquet/, and the comparison's. */
  private static List<String> datasets(Path output) throws IOException {
    try (Stream<Path> folders = Files.walk(output, 2)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> output.relativize(p).toString())
          .filter(p -> p.startsWith("parquet/") || p.endsWith(".parquet"))
          .sorted()
          .toList();
    }
  }

  private static List<Path> files(Path dataset) throws IOException {
    try (Stream<Path> files = Files.list(dataset)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }
}
