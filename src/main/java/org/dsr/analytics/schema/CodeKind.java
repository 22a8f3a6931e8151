package org.dsr.analytics.schema;

/** What kind of code a source column holds. */
public enum CodeKind {
  /** ISO 3166-1 alpha-3, as the UN and World Bank publish (World Bank aggregate codes too). */
  ISO3,
  /** Correlates of War state code, as political-science datasets publish. */
  COW
}
