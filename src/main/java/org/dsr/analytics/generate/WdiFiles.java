package org.dsr.analytics.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.dsr.analytics.schema.SourceLayout;

/**
 * World Bank indicators for the economies the World Bank classifies (reference countries with an
 * income group), plus two of its aggregates, which the pipeline excludes: internet users in the WDI
 * bulk layout ({@code wdi_wide}, with its country metadata file) and GDP and population in
 * datahub.io's long layout ({@code wdi_long}). Like the real series, some years are missing.
 */
final class WdiFiles {
  static final String INTERNET_FILE = "API_IT.NET.USER.ZS_DS2_en_csv_v2_generated.csv";
  static final String METADATA_FILE =
      "Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_generated.csv";
  static final String GDP_FILE = "gdp.csv";
  static final String POPULATION_FILE = "population.csv";
  private static final int FIRST_YEAR = 1960;
  private static final int LAST_YEAR = 2024;
  private static final int INTERNET_FROM = 1990;
  private static final List<String[]> AGGREGATES =
      List.of(new String[] {"World", "WLD"}, new String[] {"Sub-Saharan Africa", "SSF"});

  private WdiFiles() {}

  /** Writes the four files into {@code dir}; returns the data rows written per file name. */
  static Map<String, Long> write(Path dir, List<CountryTraits> countries, long seed)
      throws IOException {
    List<CountryTraits> economies =
        countries.stream().filter(c -> !c.country().incomeGroup().isEmpty()).toList();
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(INTERNET_FILE, writeInternetUsers(dir.resolve(INTERNET_FILE), economies, seed));
    rows.put(METADATA_FILE, writeMetadata(dir.resolve(METADATA_FILE), economies));
    long[] longRows = writeLong(dir, economies, seed);
    rows.put(GDP_FILE, longRows[0]);
    rows.put(POPULATION_FILE, longRows[1]);
    return rows;
  }

  /** The bulk layout: BOM, four title lines, every value quoted, a trailing comma, CRLF. */
  private static long writeInternetUsers(Path file, List<CountryTraits> economies, long seed)
      throws IOException {
    SplittableRandom random = Draws.stream(seed, "wdi_internet_users");
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      bulkLine(out, List.of("Data Source", "World Development Indicators"));
      out.write("\r\n");
      bulkLine(out, List.of("Last Updated Date", "2024-06-28"));
      out.write("\r\n");
      List<String> header =
          new ArrayList<>(
              List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code"));
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        header.add(Integer.toString(y));
      }
      bulkLine(out, header);
      for (CountryTraits c : economies) {
        // The latest year is often not yet published.
        boolean latestPublished = random.nextDouble() < 0.7;
        List<String> line = indicatorCells(c.name(), c.iso3());
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          boolean observed =
              y >= INTERNET_FROM
                  && random.nextDouble() >= 0.03
                  && (y < LAST_YEAR || latestPublished);
          line.add(observed ? String.format(Locale.ROOT, "%.4f", c.internetUsersPct(y)) : "");
        }
        bulkLine(out, line);
      }
      for (String[] aggregate : AGGREGATES) {
        List<String> line = indicatorCells(aggregate[0], aggregate[1]);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          line.add(y >= INTERNET_FROM ? "50.0" : "");
        }
        bulkLine(out, line);
      }
    }
    return economies.size() + AGGREGATES.size();
  }

  private static List<String> indicatorCells(String name, String code) {
    return new ArrayList<>(
        List.of(name, code, "Individuals using the Internet (% of population)", "IT.NET.USER.ZS"));
  }

  /** The metadata file of the same download; an empty Region marks an aggregate. */
  private static long writeMetadata(Path file, List<CountryTraits> economies) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      bulkLine(out, List.of("Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName"));
      for (CountryTraits c : economies) {
        bulkLine(
            out,
            List.of(c.iso3(), c.country().subRegion(), c.country().incomeGroup(), "", c.name()));
      }
      for (String[] aggregate : AGGREGATES) {
        bulkLine(out, List.of(aggregate[1], "", "", "", aggregate[0]));
      }
    }
    return economies.size() + AGGREGATES.size();
  }

  private static void bulkLine(BufferedWriter out, List<String> cells) throws IOException {
    for (String cell : cells) {
      out.write('"');
      out.write(cell.replace("\"", "\"\""));
      out.write("\",");
    }
    out.write("\r\n");
  }

  /**
   * GDP in current US dollars from a first year between 1960 and 1995, a few years missing; and
   * population every year from 1960, the latest year missing for a few countries.
   */
  private static long[] writeLong(Path dir, List<CountryTraits> economies, long seed)
      throws IOException {
    SplittableRandom random = Draws.stream(seed, "wdi_long");
    long[] rows = new long[2];
    List<String> header = SourceLayout.WDI_LONG.requiredColumns();
    try (CSVPrinter gdp = CsvFiles.open(dir.resolve(GDP_FILE), header);
        CSVPrinter population = CsvFiles.open(dir.resolve(POPULATION_FILE), header)) {
      for (CountryTraits c : economies) {
        int gdpFrom = FIRST_YEAR + random.nextInt(36);
        int populationTo = random.nextDouble() < 0.05 ? LAST_YEAR - 1 : LAST_YEAR;
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          if (y >= gdpFrom && random.nextDouble() >= 0.02) {
            gdp.printRecord(c.name(), c.iso3(), y, String.format(Locale.ROOT, "%.1f", c.gdp(y)));
            rows[0]++;
          }
          if (y <= populationTo) {
            population.printRecord(c.name(), c.iso3(), y, Math.round(c.population(y)));
            rows[1]++;
          }
        }
      }
    }
    return rows;
  }
}
