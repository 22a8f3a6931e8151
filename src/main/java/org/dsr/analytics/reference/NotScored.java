package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * The places the dependence index does not score: where the Chinese vendors and state lenders are
 * domestic, "dependence on China" is not what the index measures. Their panel rows stay.
 */
public final class NotScored {
  private NotScored() {}

  /** The reason each place is not scored, by ISO3. */
  public static final Map<String, String> REASONS =
      Map.of(
          "CHN", "China: the vendors and lenders are its own",
          "HKG",
              "Hong Kong SAR, China: part of China, where the vendors and lenders are domestic"
                  + " firms",
          "MAC",
              "Macao SAR, China: part of China, where the vendors and lenders are domestic firms");

  /** The reason a country is not scored, null where it is. */
  public static Column reason(Column iso3) {
    Column reason = lit(null).cast("string");
    for (Map.Entry<String, String> e : REASONS.entrySet()) {
      reason = when(iso3.equalTo(e.getKey()), lit(e.getValue())).otherwise(reason);
    }
    return reason;
  }
}
