package org.dsr.analytics.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.dsr.analytics.schema.Columns;

/**
 * The comparison as one self-contained HTML page: the table and the charts, embedded as PNG data
 * URIs, no network needed. All text from input data is escaped. A last script marks the body with
 * {@code data-images-loaded} once every chart has decoded, for headless checks.
 */
public final class ComparisonPage {
  private ComparisonPage() {}

  /**
   * @param charts chart caption to PNG bytes, in display order
   * @param evidence the records behind each country's index ({@link ComparisonEvidence#top})
   */
  public static String html(
      String title,
      List<Row> rows,
      String note,
      Map<String, byte[]> charts,
      List<ComparisonEvidence.Entry> evidence) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Escaping.html(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;font-size:13px}")
        .append("th,td{border:1px solid #ccc;padding:4px 6px}td.n{text-align:right}")
        .append("tr.median td{font-style:italic;background:#f4f4f4}")
        .append("figure{margin:2em 0}figcaption{font-weight:bold}img{max-width:100%}")
        .append("\n</style>\n</head>\n<body>\n<h1>")
        .append(Escaping.html(title))
        .append("</h1>\n<table>\n<thead><tr>");
    List<ComparisonFormat.Shown> shown = ComparisonFormat.shownColumns(rows);
    for (ComparisonFormat.Shown s : shown) {
      h.append("<th>").append(Escaping.html(s.header())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      boolean median = r.isNullAt(r.fieldIndex(Columns.ISO3));
      h.append(median ? "<tr class=\"median\">" : "<tr>");
      for (ComparisonFormat.Shown s : shown) {
        h.append(s.kind() == ComparisonFormat.Kind.TEXT ? "<td>" : "<td class=\"n\">")
            .append(Escaping.html(ComparisonFormat.format(r, s)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n<p><small>").append(Escaping.html(note)).append("</small></p>\n");
    for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
      h.append("<figure><figcaption>")
          .append(Escaping.html(chart.getKey()))
          .append("</figcaption><img class=\"chart\" alt=\"")
          .append(Escaping.html(chart.getKey()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(chart.getValue()))
          .append("\"></figure>\n");
    }
    h.append("<h2>Records behind the index</h2>\n<table>\n<thead><tr>");
    for (String header : ComparisonFormat.EVIDENCE_HEADERS) {
      h.append("<th>").append(Escaping.html(header)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> cells : ComparisonFormat.evidenceCells(evidence)) {
      h.append("<tr>");
      for (String cell : cells) {
        h.append("<td>").append(Escaping.html(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    h.append("<script>\nwindow.addEventListener('load', function () {\n")
        .append("  var imgs = Array.prototype.slice.call(document.images);\n")
        .append(
            "  var ok = imgs.length > 0 && imgs.every(function (i) { return i.complete && i.naturalWidth > 0; });\n")
        .append("  document.body.setAttribute('data-images-loaded', ok ? 'true' : 'false');\n")
        .append("});\n</script>\n</body>\n</html>\n");
    return h.toString();
  }
}
