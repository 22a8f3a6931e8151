package org.dsr.analytics.io;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.Writer;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Rows as the lines of the CSV files analysts open, written to a {@link Writer}: byte for byte the
 * records Spark's CSV writer gives with the options an output CSV needs (quote and escape {@code
 * "}, no trimming, null as nothing, an empty string as {@code ""}, {@code \n} after each line): the
 * same Univocity writer with the same settings, and each value as Spark's writer renders it ({@code
 * toString} of the value; for a decimal, Spark's {@code Decimal} and Java's {@code BigDecimal}
 * print the same digits). A text value a spreadsheet would run as a formula gets a leading
 * apostrophe first (see {@link #neutralised}).
 *
 * <p>Why not Spark's own CSV writer: in Spark 4.2 it reads every value through a getter that looks
 * up the session's settings, and inside a task each lookup builds a new read-only configuration
 * from the task's properties and the process environment; that took half the time of writing a
 * 10-million-row CSV (docs/benchmarks.md, session 12).
 */
final class CsvLines {
  /** First characters that make Excel and LibreOffice read a cell as a formula; all ASCII. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** How one column's non-null value is written. */
  @FunctionalInterface
  private interface Cell {
    String text(InternalRow row, int column);
  }

  private final Cell[] cells;
  private final String[] values;
  private final CsvWriter writer;

  private CsvLines(Cell[] cells, Writer out) {
    this.cells = cells;
    this.values = new String[cells.length];
    this.writer = new CsvWriter(out, settings());
  }

  /** Lines of rows of this schema, written to {@code out}. */
  static CsvLines of(StructType schema, Writer out) {
    return new CsvLines(cells(schema), out);
  }

  /**
   * Checks that every column of the schema has a type written here.
   *
   * @throws IllegalArgumentException naming a column of a type Spark renders otherwise (dates,
   *     timestamps, arrays)
   */
  static void check(StructType schema) {
    cells(schema);
  }

  /** Writes the row as one line. */
  void write(InternalRow row) {
    for (int i = 0; i < cells.length; i++) {
      values[i] = row.isNullAt(i) ? null : cells[i].text(row, i);
    }
    writer.writeRow((Object[]) values);
  }

  /** Flushes and closes the writer it was given. */
  void close() {
    writer.close();
  }

  /**
   * Each column's writer, chosen once from its type rather than per value: the text Spark's CSV
   * writer gives, its {@code toString}.
   */
  private static Cell[] cells(StructType schema) {
    Cell[] cells = new Cell[schema.fields().length];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(schema.fields()[i]);
    }
    return cells;
  }

  private static Cell cell(StructField field) {
    DataType type = field.dataType();
    if (type.equals(DataTypes.StringType)) {
      return (row, i) -> neutralised(row.getUTF8String(i));
    } else if (type.equals(DataTypes.IntegerType)) {
      return (row, i) -> Integer.toString(row.getInt(i));
    } else if (type.equals(DataTypes.LongType)) {
      return (row, i) -> Long.toString(row.getLong(i));
    } else if (type.equals(DataTypes.DoubleType)) {
      return (row, i) -> Double.toString(row.getDouble(i));
    } else if (type.equals(DataTypes.BooleanType)) {
      return (row, i) -> Boolean.toString(row.getBoolean(i));
    } else if (type instanceof DecimalType decimal) {
      return (row, i) ->
          row.getDecimal(i, decimal.precision(), decimal.scale()).toJavaBigDecimal().toString();
    }
    throw new IllegalArgumentException(
        "column '" + field.name() + "' has type " + type.simpleString() + ", not written");
  }

  /**
   * A text value that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
   * carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text. Only text
   * columns: numbers stay numbers, and the Parquet files keep the value as read. Those characters
   * are single bytes in UTF-8, so the first byte decides without decoding the value.
   */
  private static String neutralised(UTF8String text) {
    String value = text.toString();
    return text.numBytes() > 0 && FORMULA_STARTS.indexOf(text.getByte(0)) >= 0
        ? "'" + value
        : value;
  }

  /** Spark's {@code CSVOptions.asWriterSettings} for the options above. */
  private static CsvWriterSettings settings() {
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setLineSeparator("\n");
    // Spark trims values on write by default; a raw name such as "Angola " must stay as read.
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setNullValue("");
    settings.setEmptyValue("\"\"");
    settings.setSkipEmptyLines(true);
    settings.setQuoteAllFields(false);
    settings.setQuoteEscapingEnabled(true);
    return settings;
  }
}
