package org.dsr.analytics.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Chinese development-finance commitments in the AidData GCDF 3.0 project-table layout ({@code
 * aiddata_gcdf3}), 2000-2021, to low- and middle-income countries (Zipf-like, large first). Like
 * the real table, about 8% of the records are marked "Recommended For Aggregates: No" (the pipeline
 * excludes them) and about 12% carry no amount.
 */
final class LoansFile {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2021;
  static final List<String> HEADER =
      List.of(
          "AidData Record ID",
          "Financier Country",
          "Recipient",
          "Recipient ISO-3",
          "Recipient Region",
          "Commitment Year",
          "Completion Year",
          "Title",
          "Status",
          "Intent",
          "Flow Type",
          "Flow Class",
          "Sector Code",
          "Sector Name",
          "Funding Agencies",
          "Funding Agencies Type",
          "Amount (Original Currency)",
          "Original Currency",
          "Amount (Constant USD 2021)",
          // As published: a trailing space in this one header.
          "Amount (Nominal USD) ",
          "Recommended For Aggregates",
          "Source URLs");

  /** OECD DAC sector codes (as in {@code reference.Sectors}) and AidData's names for them. */
  private static final Map<String, String> SECTOR_NAMES =
      Map.ofEntries(
          Map.entry("110", "EDUCATION"),
          Map.entry("120", "HEALTH"),
          Map.entry("140", "WATER SUPPLY AND SANITATION"),
          Map.entry("150", "GOVERNMENT AND CIVIL SOCIETY"),
          Map.entry("210", "TRANSPORT AND STORAGE"),
          Map.entry("220", "COMMUNICATIONS"),
          Map.entry("230", "ENERGY"),
          Map.entry("240", "BANKING AND FINANCIAL SERVICES"),
          Map.entry("310", "AGRICULTURE, FORESTRY, FISHING"),
          Map.entry("320", "INDUSTRY, MINING, CONSTRUCTION"),
          Map.entry("430", "OTHER MULTISECTOR"),
          Map.entry("600", "ACTION RELATING TO DEBT"),
          Map.entry("998", "UNALLOCATED/UNSPECIFIED"));

  private static final Picker<String> SECTORS =
      Picker.of(
          "210", 18, "230", 18, "220", 8, "140", 6, "320", 8, "120", 6, "110", 6, "150", 5, "310",
          5, "240", 4, "430", 6, "600", 4, "998", 6);
  private static final Picker<String> FLOW_TYPES =
      Picker.of(
          "Loan",
          60,
          "Grant",
          20,
          "Export Buyer's Credit",
          8,
          "Supplier's Credit",
          4,
          "Free-standing technical assistance",
          4,
          "In-kind grant",
          4);
  private static final Picker<String> FLOW_CLASSES =
      Picker.of("ODA-like", 40, "OOF-like", 45, "Vague (Official Finance)", 15);
  private static final Picker<String> INTENTS =
      Picker.of("Development", 70, "Commercial", 20, "Mixed", 7, "Representational", 3);
  private static final Picker<String> STATUSES =
      Picker.of(
          "Completion",
          50,
          "Implementation",
          30,
          "Pipeline: Commitment",
          15,
          "Suspended",
          3,
          "Cancelled",
          2);
  private static final Picker<String> LENDERS =
      Picker.of(
          "Export-Import Bank of China (China Eximbank)", 35,
          "China Development Bank (CDB)", 25,
          "China International Development Cooperation Agency (CIDCA)", 15,
          "ICBC", 8,
          "BOC", 6,
          "SINOSURE", 5,
          "CAD Fund", 3,
          "CN Gov", 3);

  private LoansFile() {}

  /** Writes {@code rows} records to {@code file}, streaming. */
  static void write(Path file, List<CountryTraits> countries, long rows, long seed)
      throws IOException {
    SplittableRandom random = Draws.stream(seed, "loans");
    Picker<CountryTraits> recipient = Picker.zipf(recipients(countries, random), 0.9);
    // Lending peaked in the mid-2010s.
    Picker<Integer> year =
        Picker.years(FIRST_YEAR, LAST_YEAR, y -> 1 + 4 * Math.exp(-Math.pow((y - 2015) / 5.0, 2)));
    try (CSVPrinter out = CsvFiles.open(file, HEADER)) {
      for (long id = 1; id <= rows; id++) {
        CountryTraits c = recipient.next(random);
        int y = year.next(random);
        String sector = SECTORS.next(random);
        String status = STATUSES.next(random);
        boolean recommended = !status.equals("Cancelled") && random.nextDouble() >= 0.06;
        String nominal = "";
        String constant = "";
        if (random.nextDouble() >= 0.12) {
          long cents = Math.round(Draws.logNormal(random, 17.5, 1.6) * 100);
          nominal = Draws.cents(cents);
          // Constant 2021 dollars: nominal lifted by ~2.5% inflation a year.
          constant = Draws.cents(Math.round(cents * Math.pow(1.025, 2021 - y)));
        }
        out.printRecord(
            id,
            "China (People's Republic of)",
            c.name(),
            c.iso3(),
            c.country().region(),
            y,
            random.nextDouble() < 0.6 ? Integer.toString(y + 1 + random.nextInt(5)) : "",
            SECTOR_NAMES.get(sector).toLowerCase(Locale.ROOT) + " project, phase " + id,
            status,
            INTENTS.next(random),
            FLOW_TYPES.next(random),
            FLOW_CLASSES.next(random),
            sector,
            SECTOR_NAMES.get(sector),
            LENDERS.next(random),
            "State-owned Policy Bank",
            nominal,
            nominal.isEmpty() ? "" : "USD",
            constant,
            nominal,
            recommended ? "Yes" : "No",
            "https://china.aiddata.org/projects/" + id);
      }
    }
  }

  /** Low- and middle-income countries (not China), large ones first. */
  private static List<CountryTraits> recipients(
      List<CountryTraits> countries, SplittableRandom random) {
    List<CountryTraits> recipients = new ArrayList<>();
    for (CountryTraits c : CountryTraits.bySize(countries, random)) {
      String income = c.country().incomeGroup();
      if (!c.iso3().equals("CHN")
          && !income.isEmpty()
          && !income.equals(CountryTraits.HIGH_INCOME)) {
        recipients.add(c);
      }
    }
    return recipients;
  }
}
