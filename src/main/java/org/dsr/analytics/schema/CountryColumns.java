package org.dsr.analytics.schema;

/**
 * Where a dataset keeps its country.
 *
 * @param nameColumn the raw country name column, or null where the source has only codes
 * @param codeColumn the raw country code column, or null where the source has only names
 * @param codeKind what the codes are, when there is a code column
 */
public record CountryColumns(String nameColumn, String codeColumn, CodeKind codeKind) {
  public static CountryColumns name(String nameColumn) {
    return new CountryColumns(nameColumn, null, null);
  }

  public static CountryColumns iso3(String nameColumn, String codeColumn) {
    return new CountryColumns(nameColumn, codeColumn, CodeKind.ISO3);
  }

  public static CountryColumns code(String codeColumn, CodeKind kind) {
    return new CountryColumns(null, codeColumn, kind);
  }
}
