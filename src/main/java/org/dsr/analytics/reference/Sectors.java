package org.dsr.analytics.reference;

import java.util.Map;

/**
 * The harmonised sector set of the loans dataset, and how each source's sectors map to it. ICT is
 * OECD DAC sector 220 (communications) in AidData and "ICT" / "Information and Communication
 * Technology" in the Boston University data.
 */
public final class Sectors {
  public static final String ICT = "ict";
  public static final String OTHER = "other";

  private Sectors() {}

  /** OECD DAC 3-digit sector codes, as AidData publishes them. */
  public static final Vocabulary DAC_CODES =
      new Vocabulary(
          "OECD DAC sector code",
          Map.ofEntries(
              Map.entry("110", "education"),
              Map.entry("120", "health"),
              Map.entry("130", "health"),
              Map.entry("140", "water"),
              Map.entry("150", "government"),
              Map.entry("160", OTHER),
              Map.entry("210", "transport"),
              Map.entry("220", ICT),
              Map.entry("230", "energy"),
              Map.entry("240", "finance"),
              Map.entry("250", "industry"),
              Map.entry("310", "agriculture"),
              Map.entry("320", "industry"),
              Map.entry("330", "industry"),
              Map.entry("410", OTHER),
              Map.entry("430", OTHER),
              Map.entry("510", "finance"),
              Map.entry("520", "agriculture"),
              Map.entry("530", OTHER),
              Map.entry("600", "finance"),
              Map.entry("700", OTHER),
              Map.entry("910", OTHER),
              Map.entry("920", OTHER),
              Map.entry("930", OTHER),
              Map.entry("998", OTHER)));

  /** Sector names in the Boston University data, its scraped copy and dsr_loans files. */
  public static final Vocabulary NAMES =
      new Vocabulary(
          "sector name",
          Map.ofEntries(
              Map.entry("ict", ICT),
              Map.entry("information and communication technology", ICT),
              Map.entry("communications", ICT),
              Map.entry("telecommunications", ICT),
              Map.entry("transport", "transport"),
              Map.entry("transportation", "transport"),
              Map.entry("power", "energy"),
              Map.entry("energy", "energy"),
              Map.entry("mining", "mining"),
              Map.entry("mining and metals", "mining"),
              Map.entry("water", "water"),
              Map.entry("water and sanitation", "water"),
              Map.entry("health", "health"),
              Map.entry("education", "education"),
              Map.entry("government", "government"),
              Map.entry("agriculture", "agriculture"),
              Map.entry("banking", "finance"),
              Map.entry("finance", "finance"),
              Map.entry("business", "industry"),
              Map.entry("industry", "industry"),
              Map.entry("manufacturing", "industry"),
              Map.entry("trade", "industry"),
              Map.entry("environment", OTHER),
              Map.entry("social", OTHER),
              Map.entry("multi-sector", OTHER),
              Map.entry("other", OTHER),
              Map.entry("unallocated", OTHER),
              Map.entry("other social", OTHER),
              Map.entry("multisector", OTHER),
              Map.entry("defense", OTHER),
              Map.entry("budget", "finance"),
              Map.entry("food", "agriculture"),
              Map.entry("other commodity", OTHER),
              Map.entry("military", OTHER),
              Map.entry("debt relief", "finance"),
              Map.entry("budget support", "finance"),
              Map.entry("emergency response", OTHER),
              Map.entry("humanitarian", OTHER)));
}
