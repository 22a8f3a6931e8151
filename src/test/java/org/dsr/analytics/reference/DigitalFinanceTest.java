package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dsr.analytics.reference.DigitalFinance.Classification;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.testing.CsvRecords;
import org.dsr.analytics.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The digital-finance classifier: its traps on literal text, and its precision and recall on the
 * hand-labelled AidData records (src/test/resources/classifier/), with the published title,
 * description and implementing agencies of each. docs/methodology.md reports the same numbers; this
 * test fails if the classifier falls below them.
 */
class DigitalFinanceTest {
  private static final Path LABELLED =
      Path.of("src/test/resources/classifier/labelled-finance-records.csv");

  private static Classification classify(String title, String description, String agencies) {
    return DigitalFinance.classify(
        title, description, Vendors.ofFinanceRecord(agencies, title), false);
  }

  @Test
  void eGovernmentLoansCodedGovernmentAndCivilSocietyAreFoundByTheirText() {
    Classification senegal =
        classify(
            "China assists Senegal in building e-government network",
            "",
            "Zhongxing Technologies (ZTE), State-Owned Company; Huawei Technologies Co., Ltd.,"
                + " Private Sector");
    assertThat(senegal)
        .isEqualTo(new Classification(Categories.E_GOVERNMENT, "title says 'e-government'"));
  }

  @Test
  void phrasesMatchWhateverTheirCaseAndAreReportedLowerCased() {
    assertThat(classify("SAFE CITY Project Phase II", "", ""))
        .isEqualTo(new Classification(Categories.SAFE_CITY_SURVEILLANCE, "title says 'safe city'"));
    assertThat(classify("Grant for the Ministry", "Supply of CCTV Cameras to the Police", ""))
        .isEqualTo(
            new Classification(
                Categories.SAFE_CITY_SURVEILLANCE, "description says 'cctv cameras'"));
  }

  @Test
  void wordsInsideOtherWordsNeverMatch() {
    assertThat(classify("China grants $600,000 USD in food aid for flood victims", "", ""))
        .extracting(Classification::category)
        .isNull();
    assertThat(classify("Primary schools in the district", "", ""))
        .isEqualTo(new Classification(null, null));
    assertThat(classify("Loan for the Cabinet office", "a hotel and a network of roads", ""))
        .extracting(Classification::category)
        .isNull();
  }

  @Test
  void aVendorOnANonDigitalProjectDoesNotMakeItDigital() {
    assertThat(
            classify(
                "Donation of solar photovoltaic systems",
                "",
                "Huawei Technologies Co., Ltd., Private Sector"))
        .isEqualTo(new Classification(null, "title names a non-digital object 'solar'"));
    assertThat(
            classify("Equipment for the national operator", "", "ZTE Corporation, Private Sector"))
        .isEqualTo(
            new Classification(
                Categories.TELECOM_NETWORK, "Chinese vendor 'ZTE' named by the record"));
  }

  @Test
  void computersGoToTheCategoryOfWhoReceivesThem() {
    assertThat(classify("China donates 20 computers to Malawi's Department of Immigration", "", ""))
        .extracting(Classification::category)
        .isEqualTo(Categories.E_GOVERNMENT);
    assertThat(classify("China donates computers to schools in Botswana", "", ""))
        .extracting(Classification::category)
        .isEqualTo(Categories.EDUCATION);
    assertThat(classify("China donates computers for Mozambique News Agency", "", ""))
        .extracting(Classification::category)
        .isEqualTo(Categories.OTHER);
  }

  @Test
  void theSectorDecidesOnlyWhereThereIsNoText() {
    assertThat(DigitalFinance.classify(null, null, List.of(), true))
        .isEqualTo(new Classification(Categories.OTHER, "sector ICT, and no title or description"));
    assertThat(DigitalFinance.classify("Journalist exchange", null, List.of(), true))
        .isEqualTo(new Classification(null, null));
  }

  @Test
  void vendorsAreReadFromAidDataAgencyLists() {
    assertThat(
            Vendors.namedIn(
                "Export-Import Bank of China, Government Agency; Zhongxing Telecommunication"
                    + " Equipment (ZTE), Private Sector; Huawei Technologies Co., Ltd., Private"
                    + " Sector; ZTE Corporation, Private Sector"))
        .containsExactly("ZTE", "Huawei");
    assertThat(
            Vendors.namedIn("Sierra Leone Telecommunications Co. (Sierratel), State-Owned Company"))
        .isEmpty();
    assertThat(Vendors.namedIn((String) null)).isEmpty();
    assertThat(
            Vendors.ofFinanceRecord(
                null, "Telecom Transformation and Expansion 7 Circles - Huawei"))
        .containsExactly("Huawei");
    assertThat(Vendors.ofFinanceRecord("", "Expansion of Congo China Telecom GSM network"))
        .isEmpty();
    assertThat(Vendors.ofFinanceRecord("Ethio Telecom, State-Owned Company", "ZTE network"))
        .isEmpty();
  }

  /** Precision and recall on the labelled records, as docs/methodology.md reports them. */
  @Test
  void precisionAndRecallOnTheHandLabelledRecords() throws IOException {
    Map<String, String[]> text = publishedText(SharedData.root());
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    int sameCategory = 0;
    int records = 0;
    Map<String, int[]> perCategory = new TreeMap<>();
    for (CSVRecord r : CsvRecords.read(LABELLED)) {
      String[] t = text.get(r.get("project_id"));
      assertThat(t).as("published text of labelled record %s", r.get("project_id")).isNotNull();
      String label = r.get("digital_category");
      String truth =
          label.equals("none") ? null : label.equals("other_digital") ? Categories.OTHER : label;
      String found = classify(t[0], t[1], t[2]).category();
      records++;
      if (truth != null && found != null) {
        truePositive++;
      } else if (found != null) {
        falsePositive++;
      } else if (truth != null) {
        falseNegative++;
      }
      if (java.util.Objects.equals(truth, found)) {
        sameCategory++;
      }
      perCategory.computeIfAbsent(String.valueOf(truth), k -> new int[2])[0]++;
      if (java.util.Objects.equals(truth, found)) {
        perCategory.get(String.valueOf(truth))[1]++;
      }
    }
    double precision = truePositive / (double) (truePositive + falsePositive);
    double recall = truePositive / (double) (truePositive + falseNegative);
    System.out.printf(
        "digital finance classifier v%s on %d labelled records: precision %.3f (%d of %d), recall"
            + " %.3f (%d of %d), same category %d; per label (records, right): %s%n",
        DigitalFinance.VERSION,
        records,
        precision,
        truePositive,
        truePositive + falsePositive,
        recall,
        truePositive,
        truePositive + falseNegative,
        sameCategory,
        perCategory.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
            .toList());
    assertThat(records).isEqualTo(141);
    assertThat(precision).isGreaterThanOrEqualTo(0.958);
    assertThat(recall).isGreaterThanOrEqualTo(0.989);
    assertThat(sameCategory).isGreaterThanOrEqualTo(129);
  }

  /** project_id to title, description and implementing agencies, as each release publishes them. */
  private static Map<String, String[]> publishedText(Path shared) throws IOException {
    Path geocoded = shared.resolve("loans/aiddata-geocoded-china-1.1/data");
    Map<String, String> titles = new HashMap<>();
    for (CSVRecord p : CsvRecords.read(geocoded.resolve("projects.csv"))) {
      titles.put(p.get("project_id"), p.get("project_title"));
    }
    Map<String, String[]> text = new HashMap<>();
    for (CSVRecord a : CsvRecords.read(geocoded.resolve("projects_ancillary.csv"))) {
      String id = a.get("project_id");
      text.put(
          id, new String[] {titles.get(id), a.get("description"), a.get("implementing_agency")});
    }
    Path workbook =
        shared.resolve("loans/aiddata-gcof-1.0/GlobalChineseOfficialFinanceDataset_v1.0.xlsx");
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter cells = new DataFormatter();
      Map<String, Integer> column = new HashMap<>();
      for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(0)) {
        column.put(cells.formatCellValue(c), c.getColumnIndex());
      }
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        String id = cells.formatCellValue(row.getCell(column.get("project_id")));
        text.putIfAbsent(
            id,
            new String[] {
              cells.formatCellValue(row.getCell(column.get("title"))),
              cells.formatCellValue(row.getCell(column.get("description"))),
              cells.formatCellValue(row.getCell(column.get("implementing_agency")))
            });
      }
    }
    return text;
  }
}
