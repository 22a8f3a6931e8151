package org.dsr.analytics.reference;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the bundled country reference ({@code reference/countries.csv}).
 *
 * @param iso3 ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo, as the World Bank uses)
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param m49 UN M49 numeric code, null where the UN assigns none (Kosovo)
 * @param name UN M49 English short name
 * @param region UN M49 region, "" for Antarctica
 * @param subRegion UN M49 sub-region
 * @param incomeGroup World Bank income group, "" where the World Bank classifies none
 * @param unMember whether the country is a UN member state
 * @param cowCode Correlates of War state code, null where the country has none
 * @param aliases other names the sources use for the country
 */
public record Country(
    String iso3,
    String iso2,
    Integer m49,
    String name,
    String region,
    String subRegion,
    String incomeGroup,
    boolean unMember,
    Integer cowCode,
    List<String> aliases)
    implements Serializable {

  public Country {
    aliases = List.copyOf(aliases);
  }
}
