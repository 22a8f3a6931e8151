package org.dsr.analytics.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.SourceLayout;

/**
 * Vendor deployments in dsr-analytics' own layout ({@code dsr_deployments}), 2000-2024, more each
 * year. A few countries hold most records (Zipf-like over the countries, large ones first, in a
 * seeded order); each category has its own vendor mix, with canonical names from {@code
 * reference.Vendors}. Project names carry the row number, so no two rows share the deployments'
 * duplicate key.
 */
final class DeploymentsFile {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2024;

  private static final Picker<String> CATEGORIES =
      Picker.of(
          Categories.TELECOM_NETWORK, 30,
          Categories.SAFE_CITY_SURVEILLANCE, 15,
          Categories.DATA_CENTRE_CLOUD, 10,
          Categories.E_GOVERNMENT, 8,
          Categories.SMART_CITY, 10,
          Categories.HEALTH, 5,
          Categories.EDUCATION, 7,
          Categories.UNDERSEA_CABLE, 2,
          Categories.OTHER, 13);

  private static final Map<String, Picker<String>> VENDORS =
      Map.of(
          Categories.TELECOM_NETWORK,
          Picker.of(
              "Huawei", 60, "ZTE", 30, "China Mobile", 4, "China Telecom", 3, "China Unicom", 3),
          Categories.SAFE_CITY_SURVEILLANCE,
          Picker.of(
              "Hikvision",
              30,
              "Huawei",
              25,
              "Dahua",
              20,
              "ZTE",
              8,
              "Uniview",
              6,
              "CEIEC",
              4,
              "Tiandy",
              3,
              "Megvii",
              2,
              "SenseTime",
              1,
              "CloudWalk",
              1),
          Categories.DATA_CENTRE_CLOUD,
          Picker.of(
              "Huawei",
              45,
              "Alibaba Cloud",
              25,
              "Tencent",
              10,
              "Inspur",
              10,
              "ZTE",
              5,
              "China Telecom",
              5),
          Categories.E_GOVERNMENT,
          Picker.of("Huawei", 60, "ZTE", 15, "CEIEC", 10, "Inspur", 10, "Alibaba Cloud", 5),
          Categories.SMART_CITY,
          Picker.of(
              "Huawei",
              50,
              "ZTE",
              15,
              "Alibaba Cloud",
              15,
              "Hikvision",
              10,
              "Tencent",
              5,
              "Baidu",
              5),
          Categories.HEALTH,
          Picker.of("Huawei", 50, "iFlytek", 20, "Alibaba Cloud", 15, "Tencent", 15),
          Categories.EDUCATION,
          Picker.of("Huawei", 50, "iFlytek", 20, "StarTimes", 15, "Tencent", 15),
          Categories.UNDERSEA_CABLE,
          Picker.of(
              "HMN Tech",
              40,
              "Hengtong",
              20,
              "China Mobile",
              15,
              "China Telecom",
              15,
              "China Unicom",
              10),
          Categories.OTHER,
          Picker.of(
              "StarTimes",
              30,
              "China Satcom",
              20,
              "China Great Wall Industry",
              20,
              "ByteDance",
              15,
              "Yitu",
              15));

  private static final Map<String, String> PROJECTS =
      Map.of(
          Categories.TELECOM_NETWORK, "4G/LTE radio access network expansion",
          Categories.SAFE_CITY_SURVEILLANCE, "Safe city video surveillance and command centre",
          Categories.DATA_CENTRE_CLOUD, "National data centre and government cloud",
          Categories.E_GOVERNMENT, "E-government platform and digital ID",
          Categories.SMART_CITY, "Smart city operations centre",
          Categories.HEALTH, "Telemedicine platform",
          Categories.EDUCATION, "Smart classrooms and ICT academy",
          Categories.UNDERSEA_CABLE, "Submarine cable landing station",
          Categories.OTHER, "Digital television and satellite services");

  private DeploymentsFile() {}

  /** Writes {@code rows} deployments to {@code file}, streaming. */
  static void write(Path file, List<CountryTraits> countries, long rows, long seed)
      throws IOException {
    SplittableRandom random = Draws.stream(seed, "deployments");
    Picker<String> country = Picker.zipf(hosts(countries, random), 1.1);
    Picker<Integer> year = Picker.years(FIRST_YEAR, LAST_YEAR, y -> 1 + 0.4 * (y - FIRST_YEAR));
    try (CSVPrinter out = CsvFiles.open(file, SourceLayout.DSR_DEPLOYMENTS.requiredColumns())) {
      for (long i = 1; i <= rows; i++) {
        String category = CATEGORIES.next(random);
        // Many records give no contract value.
        String value =
            random.nextDouble() < 0.4
                ? ""
                : Long.toString(Math.round(Draws.logNormal(random, 15.5, 1.5)));
        out.printRecord(
            VENDORS.get(category).next(random),
            country.next(random),
            year.next(random),
            category,
            PROJECTS.get(category) + ", record " + i,
            value,
            "https://dsr-analytics.example/deployments/" + i);
      }
    }
  }

  /** Countries that host Chinese deployments: not China, not Antarctica. */
  private static List<String> hosts(List<CountryTraits> countries, SplittableRandom random) {
    List<String> names = new ArrayList<>();
    for (CountryTraits c : CountryTraits.bySize(countries, random)) {
      if (!c.iso3().equals("CHN") && !c.country().region().isEmpty()) {
        names.add(c.name());
      }
    }
    return names;
  }
}
