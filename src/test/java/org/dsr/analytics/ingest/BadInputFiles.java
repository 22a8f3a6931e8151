package org.dsr.analytics.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corpus inputs that are better written by the test than committed: empty files, a cut-short
 * gzip, a 1 MB field and xlsx workbooks. Each generator writes one case's files into its folder.
 */
final class BadInputFiles {
  static final String EGDI_HEADER =
      "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
          + "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n";
  private static final String[] CGIT_HEADER = {
    "Year",
    "Month",
    "Investor",
    "Quantity in Millions",
    "Transaction Party",
    "Sector",
    "Subsector",
    "Country"
  };

  private BadInputFiles() {}

  static void write(String generator, Path dir) throws IOException {
    Files.createDirectories(dir);
    switch (generator) {
      case "zero-byte" -> Files.write(dir.resolve("EGOV_DATA_2020.csv"), new byte[0]);
      case "zero-byte-in-glob" -> {
        Files.writeString(
            dir.resolve("EGOV_DATA_2018.csv"),
            EGDI_HEADER + "2018,Kenya,1,0.60000,0.40000,0.50000,0.60000,0.30000\n");
        Files.write(dir.resolve("EGOV_DATA_2020.csv"), new byte[0]);
      }
      case "empty-directory" -> Files.createDirectories(dir.resolve("inbox"));
      case "windows-1252-deep" -> {
        // Far below the header, so that the header check (on the driver) never decodes it.
        StringBuilder csv = new StringBuilder(EGDI_HEADER);
        for (int i = 1; i <= 3000; i++) {
          csv.append("2020,Kenya,").append(i).append(",0.60000,0.40000,0.50000,0.60000,0.30000\n");
        }
        csv.append("2020,Cura\u00e7ao,3001,0.60000,0.40000,0.50000,0.60000,0.30000\n");
        Files.writeString(dir.resolve("EGOV_DATA_2020.csv"), csv, Charset.forName("windows-1252"));
      }
      case "truncated-gzip" -> Files.write(dir.resolve("EGOV_DATA_2020.csv.gz"), truncatedGzip());
      case "long-field" ->
          Files.writeString(
              dir.resolve("deployments.csv"),
              "vendor,country,year,category,project,value_usd,source_url\n"
                  + "Huawei,Kenya,2019,e_government,"
                  + "x".repeat(1_000_000)
                  + ",1000,https://example.org/1\n"
                  + "ZTE,Ghana,2019,telecom_network,"
                  + "y".repeat(100_000)
                  + ",2000,https://example.org/2\n");
      case "xlsx-header-row" ->
          workbook(dir.resolve("cgit.xlsx"), tracker(BadInputFiles::headerBelowTitles));
      case "xlsx-merged-cells" ->
          workbook(dir.resolve("cgit.xlsx"), tracker(BadInputFiles::mergedCells));
      case "xlsx-formulas" -> workbook(dir.resolve("cgit.xlsx"), tracker(BadInputFiles::formulas));
      case "xlsx-missing-sheet" ->
          workbook(dir.resolve("cgit.xlsx"), wb -> row(wb.createSheet("Sheet1"), 0, "Year"));
      default -> throw new IllegalArgumentException("unknown generator " + generator);
    }
  }

  /** An EGDI file of 2000 rows, gzipped, cut in the middle. */
  private static byte[] truncatedGzip() throws IOException {
    StringBuilder csv = new StringBuilder(EGDI_HEADER);
    for (int i = 1; i <= 2000; i++) {
      csv.append("2020,Kenya,").append(i).append(",0.60000,0.40000,0.50000,0.60000,0.30000\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Stored, not compressed: the cut then falls at the same text whatever zlib the JDK has.
    try (OutputStream gz =
        new GZIPOutputStream(bytes) {
          {
            def.setLevel(Deflater.NO_COMPRESSION);
          }
        }) {
      gz.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    return Arrays.copyOf(whole, whole.length / 2);
  }

  private static void workbook(Path file, Consumer<Workbook> fill) throws IOException {
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill.accept(wb);
      wb.write(out);
    }
  }

  /** The tracker's two sheets: investments ("Dataset 1") and construction contracts. */
  private static Consumer<Workbook> tracker(BiConsumer<Sheet, Sheet> fill) {
    return wb -> fill.accept(wb.createSheet("Dataset 1"), wb.createSheet("Dataset 2"));
  }

  private static Row row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (values[c] != null) {
        row.createCell(c).setCellValue((String) values[c]);
      }
    }
    return row;
  }

  private static void header(Sheet sheet, int index, String entityColumn) {
    String[] names = CGIT_HEADER.clone();
    names[2] = entityColumn;
    row(sheet, index, (Object[]) names);
  }

  /** Title rows and a blank row above the header, as AEI publishes the tracker. */
  private static void headerBelowTitles(Sheet investments, Sheet contracts) {
    row(investments, 0, "China Global Investment Tracker");
    row(investments, 1, "American Enterprise Institute and Heritage Foundation");
    row(investments, 2, "Values in USD millions");
    header(investments, 4, "Investor");
    row(investments, 5, 2019, "January", "Huawei", 100, "Safaricom", "Technology", null, "Kenya");
    row(
        investments,
        6,
        2019,
        "February",
        "China Railway Construction",
        500,
        "Kenya Railways",
        "Transport",
        "Rail",
        "Kenya");
    header(contracts, 0, "Contractor");
    row(contracts, 1, 2020, "March", "ZTE", 50, "Vodafone Ghana", "Energy", "Telecom", "Ghana");
  }

  /** Year, investor and sector merged over two deals, as the tracker groups a year's deals. */
  private static void mergedCells(Sheet investments, Sheet contracts) {
    header(investments, 0, "Investor");
    row(investments, 1, 2019, "January", "Huawei", 10, "Telkom Kenya", "Technology", null, "Kenya");
    row(investments, 2, null, "February", null, 20, "MTN Ghana", null, null, "Ghana");
    for (int column : new int[] {0, 2, 5}) {
      investments.addMergedRegion(new CellRangeAddress(1, 2, column, column));
    }
    header(contracts, 0, "Contractor");
  }

  /** Year and amount as formulas, which the reader evaluates. */
  private static void formulas(Sheet investments, Sheet contracts) {
    header(investments, 0, "Investor");
    Row deal =
        row(
            investments,
            1,
            null,
            "May",
            "Huawei",
            null,
            "Airtel Kenya",
            "Technology",
            null,
            "Kenya");
    deal.createCell(0).setCellFormula("2018+1");
    deal.createCell(3).setCellFormula("40+2");
    header(contracts, 0, "Contractor");
  }
}
