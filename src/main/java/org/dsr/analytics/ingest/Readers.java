package org.dsr.analytics.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.SourceLayout;

/** The reader of each layout. */
public final class Readers {
  /** The pseudo-dataset of rows read only for their countries; it is not written. */
  static final DatasetSpec REFERENCE_ONLY =
      new DatasetSpec(
          "reference_only",
          "row of an input read only for its country",
          List.of(new ColumnSpec(Columns.ISO3, StringType, "", "country")),
          List.of(Columns.ISO3));

  private Readers() {}

  public static SourceReader forLayout(SourceLayout layout) {
    return switch (layout) {
      case UN_EGDI -> new EgdiReader();
      case AIDDATA_GCDF3 -> new AidDataReader();
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
