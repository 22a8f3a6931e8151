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
          OTHER);

  /** The categories that make up critical digital infrastructure in the dependence index. */
  public static final List<String> CRITICAL =
      List.of(TELECOM_NETWORK, DATA_CENTRE_CLOUD, E_GOVERNMENT, SAFE_CITY_SURVEILLANCE);

  private Categories() {}
}
