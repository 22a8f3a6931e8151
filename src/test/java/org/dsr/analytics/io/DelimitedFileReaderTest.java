package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.schema.CsvDialect;
import org.dsr.analytics.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedFileReaderTest extends SparkTestBase {
  private static final Configuration CONF = new Configuration();

  private static String fixture(String name) {
    return Path.of("src/test/resources/io", name).toAbsolutePath().toString();
  }

  private static List<Row> read(
      String file, CsvDialect dialect, List<String> required, List<String> columns) {
    List<FileHeader> headers = DelimitedFileReader.headers(List.of(file), dialect, required, CONF);
    return DelimitedFileReader.read(spark, headers, dialect, columns, new FieldLimit(1_000_000))
        .orderBy("line_number")
        .collectAsList();
  }

  @Test
  void findsTheHeaderBelowTitleLinesAndSkipsTheByteOrderMark() {
    String file = fixture("wdi-wide-preamble-bom-crlf.csv");
    FileHeader header =
        DelimitedFileReader.header(
            file, CsvDialect.CSV_UTF8, List.of("Country Name", "Country Code"), CONF);
    // Records: the two title lines (blank lines are not records), then the header.
    assertThat(header.headerRecord()).isEqualTo(2);
    assertThat(header.columns())
        .containsExactly(
            "Country Name", "Country Code", "Indicator Name", "Indicator Code", "2019", "2020", "");

    List<Row> rows =
        read(
            file,
            CsvDialect.CSV_UTF8,
            List.of("Country Name"),
            List.of("Country Name", "2020", "1999"));
    assertThat(rows).hasSize(2);
    // Line numbers are physical lines of the file, counting the blank title lines.
    assertThat(rows.get(0).getLong(1)).isEqualTo(6);
    assertThat(rows.get(0).getString(2)).isEqualTo("Kenya");
    assertThat(rows.get(0).getString(3)).isEqualTo("29.5");
    assertThat(rows.get(0).isNullAt(4)).as("a column the file lacks is null").isTrue();
    assertThat(rows.get(1).getLong(1)).isEqualTo(7);
    assertThat(rows.get(1).getString(2)).isEqualTo("Congo, Dem. Rep.");
  }

  @Test
  void keepsQuotedNewlinesAndQuotesAndReportsShortRecords() {
    List<Row> rows =
        read(
            fixture("quoted-multiline.csv"),
            CsvDialect.CSV_UTF8,
            List.of("name", "value"),
            List.of("name", "comment"));
    assertThat(rows).extracting(r -> r.getLong(1)).containsExactly(2L, 3L, 5L, 6L);
    assertThat(rows.get(1).getString(3)).isEqualTo("two\nlines, with \"quotes\"");
    assertThat(rows.get(1).isNullAt(4)).isTrue();
    Row shortRecord = rows.get(2);
    assertThat(shortRecord.getString(2))
        .as("fields of a malformed record are not trusted")
        .isNull();
    assertThat(shortRecord.getString(4))
        .isEqualTo(
            "expected 3 fields as in the header, found 2: the last is 'value', the first missing 'comment'");
    assertThat(rows.get(3).getString(3)).isEqualTo("last line without newline");
  }

  @Test
  void readsGzippedFiles() {
    List<Row> rows =
        read(
            fixture("gzipped.csv.gz"),
            CsvDialect.CSV_UTF8,
            List.of("name"),
            List.of("name", "value"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getString(3)).isEqualTo("1");
  }

  @Test
  void readsWindows1252WhenDeclared() {
    CsvDialect cp1252 = CsvDialect.CSV_UTF8.withCharset("windows-1252");
    List<Row> rows = read(fixture("windows-1252.csv"), cp1252, List.of("name"), List.of("name"));
    assertThat(rows)
        .extracting(r -> r.getString(2))
        .containsExactly("Côte d'Ivoire", "Curaçao", "São Tomé and Príncipe");
  }

  @Test
  void windows1252DeclaredAsUtf8FailsNamingTheLine() {
    String file = fixture("windows-1252.csv");
    // The failure happens in a task; Spark wraps it, the cause chain keeps it.
    Throwable thrown =
        catchInputException(
            () -> read(file, CsvDialect.CSV_UTF8, List.of("name"), List.of("name")));
    assertThat(thrown)
        .hasMessage(
            file
                + " line 2: cannot read: bytes that are not valid UTF-8 (declare the input's"
                + " encoding, e.g. \"encoding\": \"windows-1252\")");
  }

  @Test
  void missingColumnFailsNamingFileExpectedAndFound() {
    String file = fixture("quoted-multiline.csv");
    assertThatThrownBy(
            () ->
                DelimitedFileReader.header(
                    file, CsvDialect.CSV_UTF8, List.of("name", "year", "amount"), CONF))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ": missing required columns 'year', 'amount'; expected [name, year, amount], found [name, value, comment]");
  }

  @Test
  void duplicateColumnNamesFail() {
    String file = fixture("duplicate-columns.csv");
    assertThatThrownBy(
            () -> DelimitedFileReader.header(file, CsvDialect.CSV_UTF8, List.of("name"), CONF))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": the header names column 'name' twice");
  }

  @Test
  void emptyFileFailsClearly() {
    String file = fixture("empty.csv");
    assertThatThrownBy(
            () -> DelimitedFileReader.header(file, CsvDialect.CSV_UTF8, List.of("name"), CONF))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": the file is empty; expected a header [name]");
  }

  @Test
  void aFileSplitAcrossTasksReadsAsOneWholeRead(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("\uFEFFtitle,,\n\nname,comment,value\r\n");
    for (int i = 0; i < 200; i++) {
      text.append(i % 7 == 0 ? "\"n" + i + "\",\"two\nlines, \"\"q\"\"\"," : "n" + i + ",plain,")
          .append(i % 11 == 0 ? "" : String.valueOf(i))
          .append(i % 5 == 0 ? "\r\n" : i % 13 == 0 ? "\n\n" : "\n");
    }
    String file = dir.resolve("split.csv").toString();
    java.nio.file.Files.writeString(Path.of(file), text);
    List<String> columns = List.of("name", "comment", "value");
    List<Row> whole = read(file, CsvDialect.CSV_UTF8, List.of("name"), columns);

    spark.conf().set("spark.sql.files.maxPartitionBytes", "64");
    try {
      List<FileHeader> headers =
          DelimitedFileReader.headers(List.of(file), CsvDialect.CSV_UTF8, List.of("name"), CONF);
      var split =
          DelimitedFileReader.read(
              spark, headers, CsvDialect.CSV_UTF8, columns, new FieldLimit(1_000_000));
      assertThat(split.rdd().getNumPartitions()).isGreaterThan(50);
      assertThat(split.orderBy("line_number").collectAsList()).isEqualTo(whole);
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
    assertThat(whole).hasSize(200);
    // 3 lines above the records, 199 records before, 29 of them on two lines, 12 blank lines.
    assertThat(whole.get(199).getLong(1)).isEqualTo(244);
  }

  @Test
  void anAllQuotedCrlfFileWithBareLineFeedsInsideFieldsReadsWholeAcrossTasks(@TempDir Path dir)
      throws Exception {
    // As AidData's geocoded release writes its tables: every field quoted, CRLF record ends, and
    // a description holding bare LF line breaks (151 fields in projects_ancillary.csv).
    StringBuilder text = new StringBuilder("\"project_id\",\"description\"\r\n");
    for (int i = 0; i < 120; i++) {
      text.append("\"").append(i).append("\",\"");
      text.append(i % 4 == 0 ? "first line\nsecond, \"\"quoted\"\"\nthird" : "one line");
      text.append("\"\r\n");
    }
    String file = dir.resolve("projects_ancillary.csv").toString();
    java.nio.file.Files.writeString(Path.of(file), text);
    List<String> columns = List.of("project_id", "description");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "64");
    List<Row> rows;
    try {
      rows = read(file, CsvDialect.CSV_UTF8, columns, columns);
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
    assertThat(rows).hasSize(120);
    assertThat(rows).allMatch(r -> r.isNullAt(4), "no record is malformed");
    assertThat(rows.get(4).getString(2)).isEqualTo("4");
    assertThat(rows.get(4).getString(3)).isEqualTo("first line\nsecond, \"quoted\"\nthird");
    assertThat(rows.get(5).getString(3)).as("no CR left on a value").isEqualTo("one line");
    // Record i starts at line 2 + i, plus 2 for each 3-line record (every 4th) before it.
    assertThat(rows.get(4).getLong(1)).isEqualTo(2 + 4 + 2);
    assertThat(rows.get(119).getLong(1)).isEqualTo(2 + 119 + 2 * 30);
  }

  private static Throwable catchInputException(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InputException) {
          return t;
        }
      }
      throw new AssertionError("expected an InputException in the cause chain", e);
    }
    throw new AssertionError("expected a failure");
  }
}
