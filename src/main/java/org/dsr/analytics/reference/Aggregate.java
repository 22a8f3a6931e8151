package org.dsr.analytics.reference;

import java.io.Serializable;
import java.util.List;

/**
 * A regional, income or lending group that sources publish beside countries ({@code
 * reference/aggregates.csv}). Rows of aggregates are excluded from country data, explicitly.
 *
 * @param code World Bank aggregate code, "" for a name-only aggregate such as "Regional"
 * @param name the aggregate's name
 * @param kind region, income, lending, demographic, group or territory_group
 * @param aliases other names for the same aggregate
 */
public record Aggregate(String code, String name, String kind, List<String> aliases)
    implements Serializable {

  public Aggregate {
    aliases = List.copyOf(aliases);
  }
}
