package org.dsr.analytics.schema;

import java.util.List;

/** The closed set of deployment categories. */
public final class Categories {
  public static final String TELECOM_NETWORK = "telecom_network";
  public static final String DATA_CENTRE_CLOUD = "data_centre_cloud";
  public static final String E_GOVERNMENT = "e_government";
  public static final String SAFE_CITY_SURVEILLANCE = "safe_city_surveillance";
  public static final String SMART_CITY = "smart_city";
  public static final String HEALTH = "health";
  public static final String EDUCATION = "education";
  public static final String UNDERSEA_CABLE = "undersea_cable";
  public static final String OTHER = "other";

  /**
   * A Chinese firm's stake or acquisition abroad that puts no Chinese technology or money into the
   * country's infrastructure (a minority stake in an operator, the purchase of a start-up, a
   * consortium member's share of a cable): kept in the outputs, counted by no index component.
   */
  public static final String OUTBOUND_STAKE = "outbound_stake";

  public static final List<String> ALL =
      List.of(
          TELECOM_NETWORK,
          DATA_CENTRE_CLOUD,
          E_GOVERNMENT,
          SAFE_CITY_SURVEILLANCE,
          SMART_CITY,
          HEALTH,
          EDUCATION,
          UNDERSEA_CABLE,
          OTHER,
          OUTBOUND_STAKE);

  /**
   * The categories that put Chinese technology or money into a country's infrastructure or public
   * services: every category but {@link #OUTBOUND_STAKE}. Deployment totals, vendors present, the
   * index and digital finance count these only.
   */
  public static final List<String> INFRASTRUCTURE =
      ALL.stream().filter(c -> !c.equals(OUTBOUND_STAKE)).toList();

  /** The categories that make up critical digital infrastructure in the dependence index. */
  public static final List<String> CRITICAL =
      List.of(TELECOM_NETWORK, DATA_CENTRE_CLOUD, E_GOVERNMENT, SAFE_CITY_SURVEILLANCE);

  private Categories() {}
}
