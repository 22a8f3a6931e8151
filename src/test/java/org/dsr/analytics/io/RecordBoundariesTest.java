package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.dsr.analytics.io.RecordBoundaries.Chunk;
import org.dsr.analytics.io.RecordBoundaries.SplitStart;
import org.dsr.analytics.schema.CsvDialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Splitting a file at the record starts the scanner finds, for every chunk size from one byte to
 * the whole file, must give exactly the records, line numbers and errors of one whole-file read.
 */
class RecordBoundariesTest {
  private static final Configuration CONF = new Configuration();
  private static final CsvDialect DIALECT = CsvDialect.CSV_UTF8;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        // title lines, blank lines, BOM, header, quoted LF, escaped quotes, delimiter in quotes
        "\uFEFF\"Data Source\",\"WDI\",\n\n\"Last Updated\",\"2024\",\n\na,b,c\n1,\"two\nlines, \"\"q\"\"\",3\n\n4,5,6\n",
        // CRLF, with CRLF inside quotes, and a last line without a line end
        "a,b,c\r\n1,\"x\r\ny\",3\r\n\r\n\r\n7,8,9\r\n10,11,\"12\"",
        // lone CR line ends, a quote inside an unquoted field, spaces after a closing quote
        "a,b,c\r1,5\" screen,3\r\"q\"  ,x,y\r\r,,\rz,\"\",\"\"\"\"\r",
        // multi-byte UTF-8 and a quoted field holding only line breaks
        "a,b,c\nKöln,\"\n\n\",Zürich\n\"São Tomé\",ü,\"€\"\n",
        // a quote left open near the end: the read fails at that record
        "a,b,c\n1,2,3\n4,5,6\n7,\"8,9\n10,11,12\n",
        // text after a closing quote: Commons CSV fails there
        "a,b,c\n1,2,3\n4,\"5\"x,6\n7,8,9\n10,11,12\n",
        // a record as long as several chunks
        "a,b,c\n1,\"a,b\nc,d\ne,f\ng,h\ni,j\nk\",2\n3,4,5\n"
      })
  void everyChunkSizeReadsWhatOneWholeReadReads(String text) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    DelimitedFileReader.FileHeader header =
        DelimitedFileReader.header(file.toString(), DIALECT, List.of("a", "b", "c"), CONF);
    List<String> whole = records(file, header, List.of(new SplitStart(0, 0)));
    long length = Files.size(file);
    for (long chunkSize = 1; chunkSize <= length; chunkSize++) {
      List<Chunk> chunks = new ArrayList<>();
      for (long start = 0; start < length; start += chunkSize) {
        chunks.add(scan(file, start, Math.min(chunkSize, length - start)));
      }
      List<SplitStart> starts = RecordBoundaries.splitStarts(chunks, header.headerLines());
      assertThat(records(file, header, starts))
          .as("chunks of %d bytes", chunkSize)
          .isEqualTo(whole);
    }
  }

  private static Chunk scan(Path file, long start, long length) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(start);
      return new RecordBoundaries(',')
          .scan(in, start, length, start == 0 ? -1 : bytes[(int) start - 1] & 0xff);
    }
  }

  /** "line: fields" of every record below the header, split by split, then the error if any. */
  private static List<String> records(
      Path file, DelimitedFileReader.FileHeader header, List<SplitStart> starts)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      long start = starts.get(k).start();
      long end = k + 1 < starts.size() ? starts.get(k + 1).start() : -1;
      try (CSVParser parser =
          DelimitedFileReader.open(file.toString(), DIALECT, CONF, start, end)) {
        Iterator<CSVRecord> records = parser.iterator();
        int skip = start == 0 ? header.headerRecord() + 1 : 0;
        while (true) {
          long line = starts.get(k).linesBefore() + parser.getCurrentLineNumber() + 1;
          try {
            if (!records.hasNext()) {
              break;
            }
            CSVRecord record = records.next();
            if (skip-- <= 0) {
              out.add(line + ": " + String.join("|", record.values()));
            }
          } catch (UncheckedIOException e) {
            out.add(line + ": error " + e.getCause().getClass().getSimpleName());
            return out;
          }
        }
      }
    }
    return out;
  }
}
