package org.dsr.analytics.reference;

import java.util.Map;

/** Canonical names of Chinese lenders, from the codes and spellings the loan sources use. */
public final class Lenders {
  private Lenders() {}

  public static final Vocabulary NAMES =
      new Vocabulary(
          "lender",
          Map.ofEntries(
              Map.entry("CHEXIM", "China Eximbank"),
              Map.entry("China Eximbank", "China Eximbank"),
              Map.entry("China Exim Bank", "China Eximbank"),
              Map.entry("Export-Import Bank of China (China Eximbank)", "China Eximbank"),
              Map.entry("Export-Import Bank of China", "China Eximbank"),
              Map.entry("CDB", "China Development Bank"),
              Map.entry("China Development Bank", "China Development Bank"),
              Map.entry("China Development Bank (CDB)", "China Development Bank"),
              Map.entry("CIDCA", "China International Development Cooperation Agency"),
              Map.entry(
                  "China International Development Cooperation Agency (CIDCA)",
                  "China International Development Cooperation Agency"),
              Map.entry("MOFCOM", "Ministry of Commerce of China"),
              Map.entry("ICBC", "Industrial and Commercial Bank of China"),
              Map.entry("BOC", "Bank of China"),
              Map.entry("CCB", "China Construction Bank"),
              Map.entry("ABC", "Agricultural Bank of China"),
              Map.entry("BOCOM", "Bank of Communications"),
              Map.entry("CHINA DEVBANK", "China Development Bank"),
              Map.entry("SINOSURE", "Sinosure"),
              Map.entry("CAD Fund", "China-Africa Development Fund"),
              Map.entry("CN Gov", "Government of China"),
              Map.entry("PBC", "People's Bank of China"),
              // AidData GCOF 1.0 and its geocoded release, after the ", Agency Type" suffix.
              Map.entry(
                  "Industrial and Commercial Bank of China (ICBC)",
                  "Industrial and Commercial Bank of China"),
              Map.entry("Bank of China (BOC)", "Bank of China"),
              Map.entry("China Ministry of Commerce", "Ministry of Commerce of China"),
              Map.entry("China-Africa Development Fund", "China-Africa Development Fund"),
              Map.entry("China Construction Bank Corporation (CCB)", "China Construction Bank"),
              Map.entry("China Construction Bank", "China Construction Bank"),
              Map.entry("Agricultural Bank of China", "Agricultural Bank of China"),
              Map.entry("China Export & Credit Insurance Corporation (Sinosure)", "Sinosure"),
              Map.entry("People's Bank of China (PBC)", "People's Bank of China"),
              Map.entry(
                  "Unspecified Chinese Government Institution",
                  "Unspecified Chinese Government Institution")));
}
