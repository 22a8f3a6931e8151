package org.dsr.analytics.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Opens the generated CSV files: UTF-8, RFC 4180 quoting where needed, streamed to disk. */
final class CsvFiles {
  /** Header plus LF-terminated records, quoted only where needed. */
  static final CSVFormat LF = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvFiles() {}

  static CSVPrinter open(Path file, List<String> header) throws IOException {
    Files.createDirectories(file.getParent());
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, LF);
    printer.printRecord(header);
    return printer;
  }
}
