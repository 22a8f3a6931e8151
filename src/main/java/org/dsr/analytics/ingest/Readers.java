package org.dsr.analytics.ingest;

import org.dsr.analytics.schema.SourceLayout;

/** The reader of each layout. */
public final class Readers {
  private Readers() {}

  public static SourceReader forLayout(SourceLayout layout) {
    return switch (layout) {
      case UN_EGDI -> new EgdiReader();
      case DATA360_EGDI_WIDE -> new Data360EgdiReader();
      case AIDDATA_GCDF3 -> new AidDataReader();
      case AIDDATA_GCOF1_XLSX, AIDDATA_GEOCODED -> new AidData1Reader(layout);
      case BU_LOANS_AFRICA, BU_LOANS_AFRICA_SCRAPED -> new BuLoansReader(layout);
      case DSR_LOANS -> new DsrLoansReader();
      case WDI_WIDE, WDI_LONG -> new MacroReader(layout);
      case DSR_DEPLOYMENTS -> new DsrDeploymentsReader();
      case CGIT_XLSX -> new CgitReader();
      case CABLE_MAP_JSON -> new CableMapReader();
      default -> new ReferenceOnlyReader(layout);
    };
  }
}
