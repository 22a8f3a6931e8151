package org.dsr.analytics.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;

/** How each comparison column is shown to a reader: header with its unit, and number format. */
public final class ComparisonFormat {
  private ComparisonFormat() {}

  enum Kind {
    TEXT,
    WHOLE,
    ONE_DECIMAL,
    TWO_DECIMALS,
    SHARE_AS_PERCENT,
    USD_MILLIONS,
    SIGNED_WHOLE,
    SIGNED_ONE_DECIMAL
  }

  /** A shown column: source column, header (with unit), format. */
  record Shown(String column, String header, Kind kind) {}

  static final List<Shown> COLUMNS =
      List.of(
          new Shown(Columns.COUNTRY, "Country", Kind.TEXT),
          new Shown(Columns.EGDI_EDITION, "EGDI edition", Kind.TEXT),
          new Shown(Columns.UN_RANK, "EGDI rank", Kind.WHOLE),
          new Shown(Columns.PERCENTILE, "EGDI percentile", Kind.ONE_DECIMAL),
          new Shown(Columns.EGDI_GROUP, "EGDI group", Kind.TEXT),
          new Shown(Columns.DEPENDENCE_INDEX, "Dependence index (0-100)", Kind.ONE_DECIMAL),
          new Shown(Columns.DEPENDENCE_RANK, "Dependence rank", Kind.WHOLE),
          new Shown(Columns.FINANCE_EXPOSURE, "Digital loans (% GDP)", Kind.TWO_DECIMALS),
          new Shown(Columns.VENDOR_FOOTPRINT, "Chinese vendors", Kind.WHOLE),
          new Shown(
              Columns.INFRASTRUCTURE_BREADTH, "Critical categories (%)", Kind.SHARE_AS_PERCENT),
          new Shown(Columns.DEPLOYMENT_INTENSITY, "Deployments per million", Kind.TWO_DECIMALS),
          new Shown(Columns.ICT_LOANS_USD_CUMULATIVE, "Digital loans (USD m)", Kind.USD_MILLIONS),
          new Shown(
              Columns.ictLoansUsdCumulative(Categories.E_GOVERNMENT),
              "E-government loans (USD m)",
              Kind.USD_MILLIONS),
          new Shown(
              Columns.deploymentsCumulative(Categories.TELECOM_NETWORK), "Telecom", Kind.WHOLE),
          new Shown(
              Columns.deploymentsCumulative(Categories.DATA_CENTRE_CLOUD),
              "Data centre / cloud",
              Kind.WHOLE),
          new Shown(
              Columns.deploymentsCumulative(Categories.E_GOVERNMENT), "E-government", Kind.WHOLE),
          new Shown(
              Columns.deploymentsCumulative(Categories.SAFE_CITY_SURVEILLANCE),
              "Safe city",
              Kind.WHOLE),
          new Shown(Columns.DEPLOYMENTS_CUMULATIVE, "All deployments", Kind.WHOLE),
          new Shown(
              Columns.FINANCED_DEPLOYMENTS_CUMULATIVE, "Financed by Chinese lenders", Kind.WHOLE),
          new Shown(Columns.UN_RANK_CHANGE, "EGDI rank change", Kind.SIGNED_WHOLE),
          new Shown(Columns.DEPENDENCE_INDEX_CHANGE, "Index change", Kind.SIGNED_ONE_DECIMAL));

  /** The value of a row's column as a reader sees it; "" for null. */
  static String format(Row row, Shown shown) {
    int i = row.fieldIndex(shown.column());
    if (row.isNullAt(i)) {
      return "";
    }
    Object v = row.get(i);
    if (shown.kind() == Kind.TEXT) {
      return String.valueOf(v);
    }
    double d = v instanceof BigDecimal b ? b.doubleValue() : ((Number) v).doubleValue();
    return switch (shown.kind()) {
      case WHOLE -> pattern("#,##0").format(d);
      case ONE_DECIMAL -> pattern("#,##0.0").format(d);
      case TWO_DECIMALS -> pattern("#,##0.00").format(d);
      case SHARE_AS_PERCENT -> pattern("#,##0").format(d * 100);
      case USD_MILLIONS -> pattern("#,##0.0").format(d / 1e6);
      case SIGNED_WHOLE -> pattern("+#,##0;-#,##0").format(d);
      case SIGNED_ONE_DECIMAL -> pattern("+#,##0.0;-#,##0.0").format(d);
      default -> String.valueOf(v);
    };
  }

  private static DecimalFormat pattern(String p) {
    return new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** The table as Markdown, ready to paste, with a source note under it. */
  /** The columns of the records-behind-the-index table. */
  static final List<String> EVIDENCE_HEADERS =
      List.of(
          "Country",
          "Year",
          "Source",
          "Record",
          "Vendor",
          "Category",
          "Amount (USD m)",
          "Counts in",
          "Why it counts");

  /** The cells of each evidence entry, in {@link #EVIDENCE_HEADERS} order. */
  static List<List<String>> evidenceCells(List<ComparisonEvidence.Entry> evidence) {
    return evidence.stream()
        .map(
            e ->
                java.util.Arrays.asList(
                    e.country(),
                    Integer.toString(e.year()),
                    e.source(),
                    e.recordId(),
                    e.vendor() == null ? "" : e.vendor(),
                    e.category() == null ? "" : e.category(),
                    e.amountUsd() == null
                        ? ""
                        : e.amountUsd()
                            .movePointLeft(6)
                            .setScale(1, java.math.RoundingMode.HALF_UP)
                            .toPlainString(),
                    e.components(),
                    e.admittedBy()))
        .toList();
  }

  public static String markdown(
      List<Row> rows, String title, String note, List<ComparisonEvidence.Entry> evidence) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(Escaping.markdownCell(title)).append("\n\n|");
    List<Shown> shown = shownColumns(rows);
    for (Shown s : shown) {
      md.append(' ').append(s.header()).append(" |");
    }
    md.append("\n|");
    for (Shown s : shown) {
      md.append(s.kind() == Kind.TEXT ? " --- |" : " ---: |");
    }
    md.append('\n');
    for (Row r : rows) {
      md.append('|');
      for (Shown s : shown) {
        md.append(' ').append(Escaping.markdownCell(format(r, s))).append(" |");
      }
      md.append('\n');
    }
    md.append("\n").append(Escaping.markdownCell(note)).append('\n');
    md.append("\n### Records behind the index\n\n|");
    for (String header : EVIDENCE_HEADERS) {
      md.append(' ').append(header).append(" |");
    }
    md.append("\n|");
    EVIDENCE_HEADERS.forEach(header -> md.append(" --- |"));
    md.append('\n');
    for (List<String> cells : evidenceCells(evidence)) {
      md.append('|');
      for (String cell : cells) {
        md.append(' ').append(Escaping.markdownCell(cell)).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** Every column; the change columns only when the comparison has a baseline. */
  static List<Shown> shownColumns(List<Row> rows) {
    boolean baseline =
        !rows.isEmpty() && !rows.get(0).isNullAt(rows.get(0).fieldIndex(Columns.BASELINE_YEAR));
    return baseline
        ? COLUMNS
        : COLUMNS.stream().filter(s -> !s.column().endsWith("_change")).toList();
  }
}
