package org.dsr.analytics.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Inputs too big to commit, written at test time: files with one field of many megabytes. The long
 * text is random letters, so that a workbook holding it compresses as real text does (POI refuses a
 * zip entry that inflates a thousandfold, which a run of one letter would).
 */
final class HostileInputFiles {
  static final String EGDI_HEADER =
      "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
          + "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n";
  private static final String SCORES = ",0.60000,0.40000,0.50000,0.60000,0.30000\n";
  private static final String PLACEHOLDER = "LONG-CELL-PLACEHOLDER";

  private HostileInputFiles() {}

  /** An EGDI edition whose second country's name is {@code length} random letters. */
  static Path egdiWithLongName(Path dir, int length) throws IOException {
    Path file = dir.resolve("EGOV_DATA_2020.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(EGDI_HEADER);
      out.write("2020,Kenya,1" + SCORES);
      out.write("2020,");
      letters(out, length);
      out.write(",2" + SCORES);
    }
    return file;
  }

  /**
   * A China Global Investment Tracker workbook whose first deal's country has that many letters.
   */
  static Path trackerWithLongCountry(Path dir, int length) throws IOException {
    Path template = dir.resolve("template.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(template)) {
      Sheet investments = wb.createSheet("Dataset 1");
      row(investments, 0, "Year", "Month", "Investor", "Quantity in Millions", "Transaction Party");
      investments.getRow(0).createCell(5).setCellValue("Sector");
      investments.getRow(0).createCell(6).setCellValue("Subsector");
      investments.getRow(0).createCell(7).setCellValue("Country");
      Row deal = row(investments, 1, "2019", "May", "Huawei", "40", "Safaricom");
      deal.createCell(5).setCellValue("Technology");
      deal.createCell(7).setCellValue(PLACEHOLDER);
      Row other = row(investments, 2, "2019", "June", "ZTE", "20", "MTN Ghana");
      other.createCell(5).setCellValue("Technology");
      other.createCell(7).setCellValue("Ghana");
      row(wb.createSheet("Dataset 2"), 0, "Year", "Month", "Contractor", "Quantity in Millions");
      wb.getSheet("Dataset 2").getRow(0).createCell(4).setCellValue("Transaction Party");
      wb.getSheet("Dataset 2").getRow(0).createCell(5).setCellValue("Sector");
      wb.getSheet("Dataset 2").getRow(0).createCell(6).setCellValue("Country");
      wb.write(out);
    }
    // Excel, and POI when writing, hold at most 32,767 characters in a cell; a broken export need
    // not, so the long text goes into the workbook's XML directly.
    Path file = dir.resolve("cgit.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/sharedStrings.xml")) {
          withLongText(in, out, length);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Files.delete(template);
    return file;
  }

  private static void withLongText(InputStream in, OutputStream out, int length)
      throws IOException {
    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int at = xml.indexOf(PLACEHOLDER);
    Writer text = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    text.write(xml, 0, at);
    letters(text, length);
    text.write(xml.substring(at + PLACEHOLDER.length()));
    text.flush();
  }

  private static Row row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
    return row;
  }

  /** Random lower-case letters, the same for every run. */
  private static void letters(Writer out, int length) throws IOException {
    Random random = new Random(20);
    char[] chunk = new char[64 * 1024];
    for (int written = 0; written < length; written += chunk.length) {
      int n = Math.min(chunk.length, length - written);
      for (int i = 0; i < n; i++) {
        chunk[i] = (char) ('a' + random.nextInt(26));
      }
      out.write(chunk, 0, n);
    }
  }
}
