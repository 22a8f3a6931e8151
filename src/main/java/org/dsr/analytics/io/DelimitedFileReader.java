package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.CsvDialect;

/**
 * Reads delimited text files into a dataset of string columns, one row per record, keeping each
 * record's file and starting line so that any rejected row can be traced to its place. Records are
 * parsed with Apache Commons CSV, so quoted fields may span lines; a large file is parsed by
 * several tasks, each from a record start that {@link FileSplits} found.
 *
 * <p>The header is the first record (among the first {@value #HEADER_SEARCH_RECORDS}) that holds
 * every required column, which skips the title lines some publishers put above it. Column names are
 * compared after trimming spaces; a UTF-8 byte-order mark is skipped.
 */
public final class DelimitedFileReader {
  /** Null for a well-formed record; otherwise why the record could not be split into columns. */
  public static final String PARSE_ERROR = "parse_error";

  /**
   * Null where every field is within the input's {@link FieldLimit}; otherwise the first field over
   * it and its length. Such fields hold their excerpt, here and in {@link #RAW_FIELDS}.
   */
  public static final String FIELD_TOO_LONG = "field_too_long";

  /** Every field of the record as read, for tracing a rejected row back to its text. */
  public static final String RAW_FIELDS = "raw_fields";

  static final int HEADER_SEARCH_RECORDS = 20;
  private static final char BOM = '\uFEFF';

  private DelimitedFileReader() {}

  /**
   * The header of one file.
   *
   * @param file the file's path
   * @param headerRecord index of the header among the file's records (0 without title lines)
   * @param columns the header's column names, trimmed
   * @param headerLines line breaks up to the end of the header (0 where not known): records start
   *     below that line
   */
  public record FileHeader(String file, int headerRecord, List<String> columns, long headerLines)
      implements Serializable {
    public FileHeader {
      columns = List.copyOf(columns);
    }

    public FileHeader(String file, int headerRecord, List<String> columns) {
      this(file, headerRecord, columns, 0);
    }
  }

  /**
   * Finds and checks the header of every file, on the driver, before any row is read.
   *
   * @throws InputException naming the file, the missing column and the columns found
   */
  public static List<FileHeader> headers(
      List<String> files, CsvDialect dialect, List<String> requiredColumns, Configuration conf) {
    List<FileHeader> headers = new ArrayList<>();
    for (String file : files) {
      headers.add(header(file, dialect, requiredColumns, conf));
    }
    return headers;
  }

  static FileHeader header(
      String file, CsvDialect dialect, List<String> requiredColumns, Configuration conf) {
    List<String> firstRecordFound = null;
    try (CSVParser parser = open(file, dialect, conf)) {
      Iterator<CSVRecord> records = parser.iterator();
      for (int i = 0; i < HEADER_SEARCH_RECORDS && records.hasNext(); i++) {
        List<String> names = trimmed(records.next().values());
        if (firstRecordFound == null) {
          firstRecordFound = names;
        }
        if (names.containsAll(requiredColumns)) {
          checkNoDuplicates(file, names);
          return new FileHeader(file, i, names, parser.getCurrentLineNumber());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(file, file, e, dialect, conf);
    }
    if (firstRecordFound == null) {
      throw new InputException(file + ": the file is empty; expected a header " + requiredColumns);
    }
    List<String> missing = new ArrayList<>(requiredColumns);
    missing.removeAll(firstRecordFound);
    throw new InputException(
        file
            + ": missing required column"
            + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
            + "; expected "
            + requiredColumns
            + ", found "
            + firstRecordFound
            + delimiterHint(firstRecordFound, dialect));
  }

  /** Where the header is one field holding another common delimiter, a hint naming it. */
  private static String delimiterHint(List<String> header, CsvDialect dialect) {
    if (header.size() == 1) {
      for (char d : new char[] {';', '\t', '|', ','}) {
        if (d != dialect.delimiter() && header.get(0).indexOf(d) >= 0) {
          return " (the header is one field: is the file delimited by "
              + (d == '\t' ? "tabs" : "'" + d + "'")
              + "?)";
        }
      }
    }
    return "";
  }

  /**
   * Reads the records below each header. The result has the columns {@code source_file}, {@code
   * line_number} (where the record starts, 1-based), then {@code columns} as strings (null where a
   * file lacks the column or the record is malformed), then {@link #PARSE_ERROR} and {@link
   * #FIELD_TOO_LONG} and {@link #RAW_FIELDS}.
   */
  public static Dataset<Row> read(
      SparkSession spark,
      List<FileHeader> headers,
      CsvDialect dialect,
      List<String> columns,
      FieldLimit limit) {
    List<FileSplits.Split> splits = FileSplits.plan(spark, headers, dialect);
    List<String> wanted = List.copyOf(columns);
    Broadcast<HadoopConf> conf = HadoopConf.broadcast(spark);
    // One split per partition, so that each is parsed by a task of its own.
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(splits, Math.max(1, splits.size()))
            .flatMap(
                split -> new RecordIterator(split, wanted, dialect, limit, conf.value().get()));
    return spark.createDataFrame(rows, outputSchema(columns));
  }

  public static StructType outputSchema(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(Columns.SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(Columns.LINE_NUMBER, DataTypes.LongType, false));
    for (String c : columns) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(PARSE_ERROR, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(FIELD_TOO_LONG, DataTypes.StringType, true));
    fields.add(
        DataTypes.createStructField(
            RAW_FIELDS, DataTypes.createArrayType(DataTypes.StringType, false), false));
    return DataTypes.createStructType(fields);
  }

  private static List<Integer> positions(List<String> header, List<String> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
    List<Integer> positions = new ArrayList<>();
    for (String c : columns) {
      positions.add(index.getOrDefault(c, -1));
    }
    return positions;
  }

  private static void checkNoDuplicates(String file, List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    for (String n : names) {
      if (!n.isEmpty() && !seen.add(n)) {
        throw new InputException(file + ": the header names column '" + n + "' twice");
      }
    }
  }

  private static List<String> trimmed(String[] values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v.strip());
    }
    return out;
  }

  static CSVParser open(String file, CsvDialect dialect, Configuration conf) throws IOException {
    return open(file, dialect, conf, 0, -1);
  }

  /** A parser of the bytes from {@code start} to {@code end} (-1: the end of the file). */
  static CSVParser open(String file, CsvDialect dialect, Configuration conf, long start, long end)
      throws IOException {
    InputStream in = openBytes(file, conf, start, end);
    Reader reader =
        new InputStreamReader(
            in,
            dialect
                .charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    PushbackReader withoutBom = new PushbackReader(reader, 1);
    int first = withoutBom.read();
    if (first != -1 && (first != BOM || start > 0)) {
      withoutBom.unread(first);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(dialect.delimiter())
            .setIgnoreEmptyLines(true)
            .get();
    return format.parse(withoutBom);
  }

  private static InputStream openBytes(String file, Configuration conf) throws IOException {
    return openBytes(file, conf, 0, -1);
  }

  /** The bytes from {@code start} to {@code end} (-1: the end); compressed files only whole. */
  static InputStream openBytes(String file, Configuration conf, long start, long end)
      throws IOException {
    Path path = new Path(file);
    FSDataInputStream in = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    if (codec != null) {
      return codec.createInputStream(in);
    }
    in.seek(start);
    return end < 0
        ? in
        : BoundedInputStream.builder().setInputStream(in).setMaxCount(end - start).get();
  }

  /**
   * The error for a file that cannot be read to the end (cut short, a quote left open). For bytes
   * invalid in the declared character set it names the line that holds them.
   *
   * @param where the file, with the line of the record that could not be read where known
   */
  static InputException unreadable(
      String where, String file, Exception e, CsvDialect dialect, Configuration conf) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof CharacterCodingException && isZip(file, conf)) {
      return new InputException(
          file
              + ": cannot read: a zip archive (an xlsx workbook?), not delimited text; check the"
              + " input's layout",
          e);
    }
    if (cause instanceof CharacterCodingException) {
      String invalidAt = file;
      try (InputStream in = openBytes(file, conf)) {
        long line = EncodingCheck.firstInvalidLine(in, dialect.charset());
        invalidAt = line > 0 ? file + " line " + line : file;
      } catch (IOException ignored) {
        // The message still names the file; the line is a courtesy.
      }
      return new InputException(
          invalidAt
              + ": cannot read: bytes that are not valid "
              + dialect.charsetName()
              + " (declare the input's encoding, e.g. \"encoding\": \"windows-1252\")",
          e);
    }
    return new InputException(where + ": cannot read: " + cause.getMessage(), e);
  }

  /** Whether the file starts as a zip archive does (xlsx workbooks are zip archives). */
  private static boolean isZip(String file, Configuration conf) {
    try (InputStream in = openBytes(file, conf)) {
      return Arrays.equals(in.readNBytes(4), new byte[] {'P', 'K', 3, 4});
    } catch (IOException e) {
      return false; // the caller's message about the bytes still holds
    }
  }

  /**
   * Streams the records of one split of a file as rows, closing the file when the last record is
   * read. The first split of a file skips its title lines and header.
   */
  private static final class RecordIterator implements Iterator<Row> {
    private final String file;
    private final CsvDialect dialect;
    private final List<String> header;
    private final FieldLimit limit;
    private final Configuration conf;
    private final int[] positions;
    private final long linesBefore;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private CSVRecord pending;
    private long pendingLine;
    private boolean exhausted;

    RecordIterator(
        FileSplits.Split split,
        List<String> columns,
        CsvDialect dialect,
        FieldLimit limit,
        Configuration conf)
        throws IOException {
      FileHeader header = split.header();
      this.file = header.file();
      this.dialect = dialect;
      this.header = header.columns();
      this.limit = limit;
      this.conf = conf;
      this.positions = positions(header.columns(), columns).stream().mapToInt(i -> i).toArray();
      this.linesBefore = split.linesBefore();
      this.parser = open(file, dialect, conf, split.start(), split.end());
      this.records = parser.iterator();
      if (split.start() == 0) {
        for (int i = 0; i <= header.headerRecord(); i++) {
          fetch(); // title lines and the header itself
        }
      }
      pending = null;
    }

    /** Reads the next record, noting the line it starts on (the iterator alone cannot say). */
    private void fetch() {
      pendingLine = linesBefore + parser.getCurrentLineNumber() + 1;
      try {
        pending = records.next();
      } catch (NoSuchElementException e) {
        pending = null;
      } catch (UncheckedIOException e) {
        throw unreadable(file + " line " + pendingLine, file, e, dialect, conf);
      }
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !exhausted) {
        fetch();
        if (pending == null) {
          exhausted = true;
          close();
        }
      }
      return pending != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CSVRecord record = pending;
      pending = null;
      String[] fields = record.values();
      String tooLong = limit.cut(fields, header);
      Object[] values = new Object[positions.length + 5];
      values[0] = file;
      values[1] = pendingLine;
      boolean wellFormed = fields.length == header.size();
      for (int i = 0; i < positions.length; i++) {
        values[i + 2] = wellFormed && positions[i] >= 0 ? fields[positions[i]] : null;
      }
      values[values.length - 3] = wellFormed ? null : fieldCountError(fields.length);
      values[values.length - 2] = tooLong;
      values[values.length - 1] = fields;
      return RowFactory.create(values);
    }

    /** Where the record differs from the header: where it was cut short, or what it has beyond. */
    private String fieldCountError(int found) {
      String counts = "expected " + header.size() + " fields as in the header, found " + found;
      if (found == 0 || found > header.size()) {
        return counts;
      }
      return counts
          + ": the last is '"
          + header.get(found - 1)
          + "', the first missing '"
          + header.get(found)
          + "'";
    }

    private void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
