package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * AidData's agency lists (funding_agency, implementing_agency of GCOF 1.0 and its geocoded
 * release): entries "Name, Agency Type" joined by "; ", as in "Export-Import Bank of China,
 * Government Agency; Huawei Technologies Co., Ltd., Private Sector". Only a known agency type is
 * removed, so a name that ends in ", Ltd." keeps it.
 */
public final class AidDataAgencies {
  private AidDataAgencies() {}

  /** The agency types AidData appends, in any case ("State-owned Company" occurs too). */
  private static final String TYPE =
      ",\\s*(?i:State-Owned Company|Government Agency|Private Sector|Training and Research"
          + "|National NGO|International NGO|Multilateral|Public Private Partnership|Foundation"
          + "|Political Party|Academic|Other)\\s*$";

  private static final Pattern TYPE_PATTERN = Pattern.compile(TYPE);

  /** The agencies' names, types removed, in the order listed; blank entries left out. */
  public static List<String> names(String agencies) {
    List<String> names = new ArrayList<>();
    if (agencies != null) {
      for (String agency : agencies.split(";")) {
        String name = TYPE_PATTERN.matcher(agency.strip()).replaceFirst("").strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** {@link #names(String)} as an array column, every entry kept. */
  public static Column names(Column agencies) {
    return transform(split(agencies, ";"), a -> trim(regexp_replace(trim(a), TYPE, "")));
  }
}
