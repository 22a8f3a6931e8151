package org.dsr.analytics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dsr.analytics.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed read of a workbook gives what POI's object model gives, cell for cell, on every kind
 * of cell the published workbooks hold; a formula stored without its result is evaluated.
 */
class XlsxReaderTest {
  private static final Configuration CONF = new Configuration();
  private static final FieldLimit NO_LIMIT = new FieldLimit(1_000_000);
  private static final List<String> COLUMNS = List.of("Year", "Amount", "Country");

  @TempDir Path dir;

  @Test
  void theStreamedReadEqualsTheObjectModelOnEveryKindOfCell() throws IOException {
    Path file = workbook(true);
    XlsxReader.Result streamed = read(file);
    XlsxReader.Result evaluated =
        XlsxReader.evaluated(request(file, List.of("Deals", "More")), CONF);
    assertEquals(cells(evaluated), cells(streamed));
    assertEquals(evaluated.headers(), streamed.headers());
    // What both read, so that the equality above is not of two empty results.
    assertEquals(
        List.of(
            List.of("Deals", 5L, "2019", "34.6", "Kenya"),
            List.of("Deals", 6L, "2019", "1234567.891", "Kenya"),
            List.of("Deals", 8L, "2021", "42", "Côte d'Ivoire"),
            List.of("More", 2L, "2020", "7", "Ghana")),
        streamed.rows().stream()
            .map(
                r ->
                    List.of(
                        r.get(0).toString().replaceAll(".*#", ""),
                        r.get(1),
                        r.get(2),
                        r.get(3),
                        r.get(4)))
            .toList());
    List<String> firstDeal = Arrays.asList((String[]) streamed.rows().get(0).get(7));
    assertEquals(List.of("2019", "34.6", "Kenya", "2019-03-15", "TRUE", "", "#DIV/0!"), firstDeal);
  }

  @Test
  void aFormulaWithoutItsStoredResultIsEvaluated() throws IOException {
    Path file = workbook(false);
    List<List<Object>> rows = cells(read(file));
    assertEquals("42", rows.get(2).get(3), "the amount of row 8, =40+2, evaluated");
    assertEquals(cells(XlsxReader.evaluated(request(file, List.of("Deals", "More")), CONF)), rows);
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsTheWorkbookHas() throws IOException {
    Path file = workbook(true);
    InputException e =
        assertThrows(
            InputException.class,
            () -> XlsxReader.read(request(file, List.of("Deals", "Loans")), CONF));
    assertEquals(file + ": no sheet 'Loans'; the workbook has [Deals, More]", e.getMessage());
  }

  @Test
  void thePublishedWorkbooksReadTheSameStreamedAsThroughTheObjectModel() {
    Path root = SharedData.root();
    for (Path workbook :
        List.of(
            root.resolve("loans/aiddata-gcof-1.0/GlobalChineseOfficialFinanceDataset_v1.0.xlsx"),
            root.resolve("vendors/China-Global-Investment-Tracker-2018.xlsx"))) {
      List<String> sheets =
          workbook.toString().contains("Tracker")
              ? List.of("Dataset 1", "Dataset 2")
              : List.of("ChineseOfficialFinance1.0");
      // No required column: every row from the first is compared, title rows too.
      XlsxReader.Request everyRow =
          new XlsxReader.Request(
              workbook.toString(), sheets, List.of(), Map.of(), List.of(), NO_LIMIT);
      XlsxReader.Result streamed = XlsxReader.read(everyRow, CONF);
      XlsxReader.Result evaluated = XlsxReader.evaluated(everyRow, CONF);
      assertTrue(streamed.rows().size() > 3000, workbook + ": " + streamed.rows().size() + " rows");
      assertEquals(cells(evaluated), cells(streamed), workbook.toString());
    }
  }

  private static XlsxReader.Result read(Path file) {
    return XlsxReader.read(request(file, List.of("Deals", "More")), CONF);
  }

  private static XlsxReader.Request request(Path file, List<String> sheets) {
    return new XlsxReader.Request(file.toString(), sheets, COLUMNS, Map.of(), COLUMNS, NO_LIMIT);
  }

  /** Every value of every row, the raw fields as a list. */
  private static List<List<Object>> cells(XlsxReader.Result result) {
    List<List<Object>> all = new ArrayList<>();
    for (org.apache.spark.sql.Row row : result.rows()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        values.add(v instanceof String[] fields ? Arrays.asList(fields) : v);
      }
      all.add(values);
    }
    return all;
  }

  /**
   * Title rows, a header, numbers shown as currency and with thousands, a date, a boolean, an
   * error, a blank and a styled empty cell, merged cells, a blank row, a formula, text with spaces
   * around it and accents; a second sheet.
   *
   * @param results whether the formulas' results are stored, as Excel stores them
   */
  private Path workbook(boolean results) throws IOException {
    Path file = dir.resolve(results ? "stored.xlsx" : "unevaluated.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle currency = wb.createCellStyle();
      currency.setDataFormat(wb.createDataFormat().getFormat("\"$\"#,##0"));
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet deals = wb.createSheet("Deals");
      deals.createRow(0).createCell(0).setCellValue("Deals of the year");
      deals.createRow(1).createCell(0).setCellValue("USD");
      Row header = deals.createRow(3);
      String[] names = {"Year", "Amount", "Country", "Signed", "Public", "Note", "Ratio"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      Row first = deals.createRow(4);
      first.createCell(0).setCellValue(2019);
      first.createCell(1).setCellValue(34.6);
      first.getCell(1).setCellStyle(currency);
      first.createCell(2).setCellValue(" Kenya ");
      first.createCell(3).setCellValue(LocalDate.of(2019, 3, 15));
      first.getCell(3).setCellStyle(date);
      first.createCell(4).setCellValue(true);
      first.createCell(5).setCellStyle(currency); // styled, empty
      first.createCell(6).setCellFormula("1/0");
      Row second = deals.createRow(5);
      second.createCell(0);
      second.createCell(1).setCellValue(1234567.891);
      second.createCell(2);
      deals.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
      deals.addMergedRegion(new CellRangeAddress(4, 5, 2, 2));
      deals.createRow(6); // blank
      Row third = deals.createRow(7);
      third.createCell(0).setCellFormula("2020+1");
      third.createCell(1).setCellFormula("40+2");
      third.createCell(2).setCellValue("Côte d'Ivoire");
      Sheet more = wb.createSheet("More");
      Row moreHeader = more.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        moreHeader.createCell(c).setCellValue(COLUMNS.get(c));
      }
      Row deal = more.createRow(1);
      deal.createCell(0).setCellValue("2020");
      deal.createCell(1).setCellValue(7);
      deal.createCell(2).setCellValue("Ghana");
      if (results) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }
}
