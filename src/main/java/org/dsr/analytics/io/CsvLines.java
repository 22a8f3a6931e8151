package org.dsr.analytics.io;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

/**
 * Rows as the lines of a CSV file, byte for byte the records Spark's CSV writer gives with the
 * options {@link OutputWriter} uses (quote and escape {@code "}, no trimming, null as nothing, an
 * empty string as {@code ""}): the same Univocity writer with the same settings, and each value as
 * Spark's writer renders it ({@code toString} of the value; for a decimal, Spark's {@code Decimal}
 * and Java's {@code BigDecimal} print the same digits).
 *
 * <p>Why not Spark's own CSV writer: in Spark 4.2 it reads every value through a getter that looks
 * up the session's settings, and inside a task each lookup builds a new read-only configuration
 * from the task's properties and the process environment; that took half the time of writing a
 * 10-million-row CSV (docs/benchmarks.md, session 12). Written as text, the lines cost none of it.
 */
final class CsvLines {
  /** The types whose CSV text is their {@code toString}; the outputs hold no other. */
  private static final Set<DataType> PLAIN =
      Set.of(
          DataTypes.StringType,
          DataTypes.IntegerType,
          DataTypes.LongType,
          DataTypes.DoubleType,
          DataTypes.BooleanType);

  private CsvLines() {}

  /**
   * One line per row, without its line separator, in the rows' order and partitions.
   *
   * @throws IllegalArgumentException naming a column of a type Spark renders otherwise (dates,
   *     timestamps, arrays)
   */
  static Dataset<String> of(Dataset<Row> rows) {
    for (StructField f : rows.schema().fields()) {
      if (!PLAIN.contains(f.dataType()) && !(f.dataType() instanceof DecimalType)) {
        throw new IllegalArgumentException(
            "column '" + f.name() + "' has type " + f.dataType().simpleString() + ", not written");
      }
    }
    int width = rows.schema().fields().length;
    return rows.mapPartitions(new Lines(width), Encoders.STRING());
  }

  /** Spark's {@code CSVOptions.asWriterSettings} for the options {@link OutputWriter} sets. */
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

  private record Lines(int width) implements MapPartitionsFunction<Row, String> {
    @Override
    public Iterator<String> call(Iterator<Row> rows) {
      CsvWriter writer = new CsvWriter(settings());
      String[] values = new String[width];
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public String next() {
          Row row = rows.next();
          for (int i = 0; i < width; i++) {
            Object value = row.get(i);
            values[i] = value == null ? null : value.toString();
          }
          return writer.writeRowToString((Object[]) values);
        }
      };
    }
  }
}
