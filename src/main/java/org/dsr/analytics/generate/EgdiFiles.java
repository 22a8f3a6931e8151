package org.dsr.analytics.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.dsr.analytics.schema.SourceLayout;

/**
 * UN E-Government Survey Data Center CSVs ({@code un_egdi}), one per edition, for the UN member
 * states. OSI and TII rise over the editions, HCI barely moves; EGDI is the mean of the three, as
 * the UN defines it, and ranks follow EGDI (ties share a rank). South Sudan, independent in 2011,
 * appears before 2012 the way the UN publishes a country it did not assess: empty rank, all zeros.
 */
final class EgdiFiles {
  static final List<Integer> EDITIONS =
      List.of(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024);
  private static final String NOT_ASSESSED_ISO3 = "SSD";
  private static final int NOT_ASSESSED_BEFORE = 2012;

  private EgdiFiles() {}

  private record Scores(
      CountryTraits country, double egdi, double epi, double osi, double hci, double tii) {}

  /** Writes {@code EGOV_DATA_<year>.csv} per edition into {@code dir}; returns the rows written. */
  static long write(Path dir, List<CountryTraits> countries, long seed) throws IOException {
    SplittableRandom random = Draws.stream(seed, "egdi");
    List<CountryTraits> members = countries.stream().filter(c -> c.country().unMember()).toList();
    // Each country's own lean per component, kept across editions so that values drift, not jump.
    double[][] lean = new double[members.size()][3];
    for (double[] l : lean) {
      for (int k = 0; k < 3; k++) {
        l[k] = 0.06 * random.nextGaussian();
      }
    }
    long rows = 0;
    for (int year : EDITIONS) {
      // 0 in the first edition, 1 in the last.
      double t =
          (year - EDITIONS.get(0)) / (double) (EDITIONS.get(EDITIONS.size() - 1) - EDITIONS.get(0));
      List<Scores> assessed = new ArrayList<>();
      List<CountryTraits> notAssessed = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        CountryTraits c = members.get(i);
        double d = c.development();
        double osi = score(d - 0.2 + 0.35 * t + lean[i][0], 0.04, random);
        double hci = score(d + 0.12 + 0.05 * t + lean[i][1], 0.02, random);
        double tii = score(d - 0.35 + 0.45 * t + lean[i][2], 0.03, random);
        double epi = score(osi - 0.08, 0.08, random);
        if (c.iso3().equals(NOT_ASSESSED_ISO3) && year < NOT_ASSESSED_BEFORE) {
          notAssessed.add(c);
        } else {
          assessed.add(new Scores(c, Draws.round4((osi + hci + tii) / 3), epi, osi, hci, tii));
        }
      }
      assessed.sort(
          Comparator.comparingDouble(Scores::egdi)
              .reversed()
              .thenComparing(s -> s.country().name()));
      try (CSVPrinter out =
          CsvFiles.open(
              dir.resolve("EGOV_DATA_" + year + ".csv"), SourceLayout.UN_EGDI.requiredColumns())) {
        int rank = 0;
        for (int i = 0; i < assessed.size(); i++) {
          Scores s = assessed.get(i);
          if (i == 0 || s.egdi() < assessed.get(i - 1).egdi()) {
            rank = i + 1;
          }
          // The UN exports names with a trailing space.
          out.printRecord(
              year,
              s.country().name() + " ",
              rank,
              f4(s.egdi()),
              f4(s.epi()),
              f4(s.osi()),
              f4(s.hci()),
              f4(s.tii()));
        }
        for (CountryTraits c : notAssessed) {
          out.printRecord(year, c.name() + " ", "", f4(0), f4(0), f4(0), f4(0), f4(0));
        }
      }
      rows += assessed.size() + notAssessed.size();
    }
    return rows;
  }

  private static double score(double mean, double noise, SplittableRandom random) {
    return Draws.round4(Draws.clamp01(mean + noise * random.nextGaussian()));
  }

  private static String f4(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
