package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cell text of workbook sheets read as a stream of XML events (POI's event API), as {@link
 * XlsxReader} would read it from POI's object model, which builds every cell as an XML object first
 * and is several times slower on a large sheet. A formula's value is its stored result; a formula
 * stored without one (a workbook written by a program that computes nothing) must be evaluated,
 * which only the object model can, so then nothing is returned.
 */
final class XlsxStream {
  private XlsxStream() {}

  /**
   * The named sheets' text, by name; empty when a formula cell has no stored result, or a cell is
   * of a kind this reader leaves to the object model.
   *
   * @throws InputException naming the file when a sheet is missing
   */
  static Optional<Map<String, XlsxReader.SheetText>> read(
      InputStream in, String file, List<String> names)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    OPCPackage pkg = OPCPackage.open(in);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = date1904(reader.getWorkbookData());
      Cells cells =
          new Cells(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), date1904);
      Map<String, XlsxReader.SheetText> found = new HashMap<>();
      List<String> all = new ArrayList<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          all.add(sheets.getSheetName());
          if (names.contains(sheets.getSheetName())) {
            SheetHandler handler = new SheetHandler(cells);
            parse(sheet, handler);
            if (handler.needsObjectModel) {
              return Optional.empty();
            }
            found.put(sheets.getSheetName(), handler.text());
          }
        }
      }
      for (String name : names) {
        if (!found.containsKey(name)) {
          throw XlsxReader.noSheet(file, name, all);
        }
      }
      return Optional.of(found);
    } finally {
      pkg.revert(); // read only: closes the package without writing it back
    }
  }

  private static void parse(InputStream xml, DefaultHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    parser.parse(new InputSource(xml));
  }

  /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
  private static boolean date1904(InputStream workbook)
      throws IOException, SAXException, ParserConfigurationException {
    boolean[] found = {false};
    try (workbook) {
      parse(
          workbook,
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if (local.equals("workbookPr")) {
                String value = a.getValue("date1904");
                found[0] = "1".equals(value) || "true".equals(value);
              }
            }
          });
    }
    return found[0];
  }

  /** A cell's text from its stored type, value and style, as XlsxReader's object model gives it. */
  private record Cells(SharedStrings strings, StylesTable styles, boolean date1904) {
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    /** The text, or null when the object model must read the cell. */
    String text(String type, String style, boolean formula, String value) {
      if (value == null) {
        // A formula without its result must be evaluated; any other cell without a value is blank.
        return formula ? null : "";
      }
      return switch (type) {
        case "s" -> strings.getItemAt(Integer.parseInt(value.trim())).getString();
        case "str", "e" -> value;
        case "b" -> value.equals("1") || value.equals("true") ? "TRUE" : "FALSE";
        case "n" -> number(Double.parseDouble(value), style);
        default -> null; // "d" (an ISO date) or a type this reader does not know
      };
    }

    private String number(double value, String style) {
      XSSFCellStyle cellStyle =
          styles == null || styles.getNumCellStyles() == 0
              ? null
              : styles.getStyleAt(style == null ? 0 : Integer.parseInt(style));
      if (cellStyle != null
          && DateUtil.isValidExcelDate(value)
          && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
        return FORMATTER.formatRawCellContents(
            value, cellStyle.getDataFormat(), cellStyle.getDataFormatString(), date1904);
      }
      // The stored number, not its display: a "$#,##0" format would round 34.6 to "$35".
      return NumberToTextConverter.toText(value);
    }
  }

  /** Collects one sheet's cell text by row, then fills merged regions with their top-left text. */
  private static final class SheetHandler extends DefaultHandler {
    private final Cells cells;
    private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private List<String> row;
    private int rowIndex = -1;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private StringBuilder value;
    private StringBuilder inline;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    boolean needsObjectModel;

    SheetHandler(Cells cells) {
      this.cells = cells;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
          row = rows.computeIfAbsent(rowIndex, k -> new ArrayList<>());
          column = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref == null ? column + 1 : new CellReference(ref).getCol();
          String t = a.getValue("t");
          type = t == null ? "n" : t;
          style = a.getValue("s");
          formula = false;
          value = null;
          inline = type.equals("inlineStr") ? new StringBuilder() : null;
        }
        case "f" -> formula = true;
        case "v" -> {
          value = new StringBuilder();
          inValue = true;
        }
        case "is" -> inInline = true;
        case "rPh" -> inPhonetic = true;
        case "mergeCell" -> merged.add(CellRangeAddress.valueOf(a.getValue("ref")));
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      } else if (inInline && !inPhonetic && inline != null) {
        inline.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v" -> inValue = false;
        case "is" -> inInline = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> {
          String text =
              inline != null
                  ? inline.toString()
                  : cells.text(type, style, formula, value == null ? null : value.toString());
          if (text == null) {
            needsObjectModel = true;
            text = "";
          }
          while (row.size() < column) {
            row.add("");
          }
          row.add(text);
        }
        default -> {}
      }
    }

    XlsxReader.SheetText text() {
      Map<Integer, List<String>> filled = new HashMap<>();
      for (CellRangeAddress region : merged) {
        List<String> topRow = rows.get(region.getFirstRow());
        int firstColumn = region.getFirstColumn();
        String top = topRow != null && firstColumn < topRow.size() ? topRow.get(firstColumn) : "";
        for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
          List<String> cellsOfRow = rows.get(r);
          if (cellsOfRow == null) {
            continue;
          }
          List<String> copy = filled.computeIfAbsent(r, k -> new ArrayList<>(cellsOfRow));
          for (int c = firstColumn; c <= region.getLastColumn() && c < copy.size(); c++) {
            copy.set(c, top);
          }
        }
      }
      rows.putAll(filled);
      int last = rows.isEmpty() ? -1 : rows.lastKey();
      return new XlsxReader.SheetText() {
        @Override
        public int lastRow() {
          return last;
        }

        @Override
        public List<String> rowValues(int r) {
          return rows.getOrDefault(r, List.of()).stream().map(String::strip).toList();
        }
      };
    }
  }
}
