package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.spark.sql.RowFactory;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.xml.sax.SAXException;

/**
 * Reads sheets of an Excel workbook (Apache POI) into the row layout of {@link
 * DelimitedFileReader}: numbers as stored (not as displayed), other cells as displayed, formulas
 * evaluated, merged cells filled with their value, the header found below any title rows, each row
 * keeping its sheet row number. Workbooks are small, so this runs on the driver. They are read as a
 * stream ({@link XlsxStream}), or through POI's object model where a formula must be evaluated.
 */
public final class XlsxReader {
  private static final int HEADER_SEARCH_ROWS = 20;

  private XlsxReader() {}

  /** What was read: a header and rows per sheet; a sheet's "file" is {@code path#sheet name}. */
  public record Result(List<FileHeader> headers, List<org.apache.spark.sql.Row> rows) {}

  /**
   * What to read of a workbook.
   *
   * @param file the workbook
   * @param sheets the sheets to read, by name; a missing one is an error
   * @param required columns every sheet's header must have (after renaming)
   * @param renames header names to read as another (e.g. "Investor" as "Chinese Entity")
   * @param columns the columns to return, in this order
   * @param limit the longest cell text read whole; a longer one is cut and its row flagged
   */
  public record Request(
      String file,
      List<String> sheets,
      List<String> required,
      Map<String, String> renames,
      List<String> columns,
      FieldLimit limit) {}

  public static Result read(Request request, Configuration conf) {
    Path path = new Path(request.file());
    try {
      Optional<Map<String, SheetText>> streamed;
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        streamed = XlsxStream.read(in, request.file(), request.sheets());
      }
      return streamed.isPresent() ? rows(request, streamed.get()::get) : evaluated(request, conf);
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw unreadable(request.file(), e);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(request.file(), e);
    }
  }

  /** As {@link #read}, through POI's object model, which evaluates formulas: a slower path. */
  static Result evaluated(Request request, Configuration conf) {
    Path path = new Path(request.file());
    try (InputStream in = path.getFileSystem(conf).open(path);
        Workbook workbook = WorkbookFactory.create(in)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      for (String name : request.sheets()) {
        if (workbook.getSheet(name) == null) {
          throw noSheet(request.file(), name, sheetNames(workbook));
        }
      }
      return rows(request, name -> new CellText(workbook.getSheet(name), formatter, evaluator));
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(request.file(), e);
    }
  }

  /** The error for a sheet the workbook does not have, naming the sheets it has. */
  static InputException noSheet(String file, String sheet, List<String> sheets) {
    return new InputException(file + ": no sheet '" + sheet + "'; the workbook has " + sheets);
  }

  private static InputException unreadable(String file, Exception e) {
    // POI's messages run over several lines (a zip bomb's explains its settings): the first says
    // it.
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InputException(
        file + ": cannot read as an xlsx workbook: " + why.lines().findFirst().orElse(""), e);
  }

  /** The text of one sheet's cells, row by row (rows numbered from 0, as POI does). */
  interface SheetText {
    /** The last row's number; -1 for an empty sheet. */
    int lastRow();

    /** The row's cells up to its last, stripped, merged cells holding their region's text. */
    List<String> rowValues(int r);
  }

  private static Result rows(Request request, Function<String, SheetText> sheetByName) {
    Map<String, String> renames = request.renames();
    List<String> columns = request.columns();
    List<FileHeader> headers = new ArrayList<>();
    List<org.apache.spark.sql.Row> rows = new ArrayList<>();
    for (String name : request.sheets()) {
      String sheetFile = request.file() + "#" + name;
      SheetText cells = sheetByName.apply(name);
      int headerRow = findHeader(sheetFile, cells, request.required(), renames);
      List<String> header = new ArrayList<>();
      for (String h : cells.rowValues(headerRow)) {
        header.add(renames.getOrDefault(h, h));
      }
      headers.add(new FileHeader(sheetFile, headerRow, header));
      for (int r = headerRow + 1; r <= cells.lastRow(); r++) {
        List<String> values = cells.rowValues(r);
        if (values.stream().allMatch(String::isEmpty)) {
          continue; // blank rows are layout, not records
        }
        String[] fields = values.toArray(String[]::new);
        String tooLong = request.limit().cut(fields, header);
        Object[] out = new Object[columns.size() + 5];
        out[0] = sheetFile;
        out[1] = (long) r + 1;
        for (int c = 0; c < columns.size(); c++) {
          int i = header.indexOf(columns.get(c));
          out[c + 2] = i >= 0 && i < fields.length ? fields[i] : null;
        }
        out[out.length - 3] = null;
        out[out.length - 2] = tooLong;
        out[out.length - 1] = fields;
        rows.add(RowFactory.create(out));
      }
    }
    return new Result(headers, rows);
  }

  private static int findHeader(
      String sheetFile, SheetText cells, List<String> required, Map<String, String> renames) {
    for (int r = 0; r <= Math.min(cells.lastRow(), HEADER_SEARCH_ROWS); r++) {
      List<String> names =
          cells.rowValues(r).stream().map(v -> renames.getOrDefault(v, v)).toList();
      if (names.containsAll(required)) {
        return r;
      }
    }
    throw new InputException(
        sheetFile
            + ": no header row with the columns "
            + required
            + " in the first "
            + HEADER_SEARCH_ROWS
            + " rows");
  }

  private static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /**
   * Cell text of a sheet of POI's object model, with merged regions read as their top-left cell and
   * formulas evaluated.
   */
  private static final class CellText implements SheetText {
    private final Sheet sheet;
    private final DataFormatter formatter;
    private final FormulaEvaluator evaluator;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    CellText(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
      this.sheet = sheet;
      this.formatter = formatter;
      this.evaluator = evaluator;
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
          for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
            merged.put(key(r, c), region);
          }
        }
      }
    }

    @Override
    public int lastRow() {
      return sheet.getLastRowNum();
    }

    @Override
    public List<String> rowValues(int r) {
      Row row = sheet.getRow(r);
      List<String> values = new ArrayList<>();
      int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
      for (int c = 0; c < last; c++) {
        values.add(text(r, c).strip());
      }
      return values;
    }

    private String text(int r, int c) {
      CellRangeAddress region = merged.get(key(r, c));
      int sr = region == null ? r : region.getFirstRow();
      int sc = region == null ? c : region.getFirstColumn();
      Row row = sheet.getRow(sr);
      Cell cell = row == null ? null : row.getCell(sc);
      if (cell == null) {
        return "";
      }
      CellType type =
          cell.getCellType() == CellType.FORMULA
              ? evaluator.evaluateFormulaCell(cell)
              : cell.getCellType();
      if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
        // The stored number, not its display: a "$#,##0" format would round 34.6 to "$35".
        return NumberToTextConverter.toText(cell.getNumericCellValue());
      }
      return formatter.formatCellValue(cell, evaluator);
    }

    private static long key(int r, int c) {
      return ((long) r << 20) | c;
    }
  }
}
