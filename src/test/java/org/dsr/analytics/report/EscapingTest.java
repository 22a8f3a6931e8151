package org.dsr.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.MetricDatasets;
import org.junit.jupiter.api.Test;

class EscapingTest {
  private static final String HOSTILE = "<script>alert(1)</script> A|B & \"C\" 'D'";

  @Test
  void htmlEscapesMarkupQuotesAndAmpersands() {
    assertThat(Escaping.html(HOSTILE))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; A|B &amp; &quot;C&quot; &#39;D&#39;");
  }

  @Test
  void markdownCellEscapesPipesAndMarkup() {
    assertThat(Escaping.markdownCell("A|B *bold* _x_ `c` [l](u)\nnext"))
        .isEqualTo("A\\|B \\*bold\\* \\_x\\_ \\`c\\` \\[l\\](u) next");
    assertThat(Escaping.markdownCell("<b>")).isEqualTo("&lt;b&gt;");
  }

  private static Row row(String country) {
    StructType schema = MetricDatasets.COMPARISON.schema();
    Object[] values = new Object[schema.size()];
    values[schema.fieldIndex("country")] = country;
    values[schema.fieldIndex("iso3")] = "KEN";
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema);
  }

  private static ComparisonEvidence.Entry entry() {
    return new ComparisonEvidence.Entry(
        "Kenya",
        2012,
        "vendor_footprint",
        "cgit",
        "cgit:1",
        HOSTILE,
        "telecom_network",
        new java.math.BigDecimal("970000000.00"),
        "infrastructure category telecom_network");
  }

  @Test
  void pageAndTableStayIntactForAHostileName() {
    List<Row> rows = List.of(row(HOSTILE));
    String page =
        ComparisonPage.html(
            HOSTILE, rows, "note " + HOSTILE, Map.of(HOSTILE, new byte[] {1}), List.of(entry()));
    assertThat(page)
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page)
        .contains("alt=\"&lt;script&gt;alert(1)&lt;/script&gt; A|B &amp; &quot;C&quot;");
    assertThat(page).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; A|B");
    String md = ComparisonFormat.markdown(rows, HOSTILE, "note", List.of(entry()));
    assertThat(md).contains("| 2012 | cgit | cgit:1 | &lt;script&gt;alert(1)&lt;/script&gt; A\\|B");
    String dataLine =
        md.lines().filter(l -> l.contains("script")).skip(1).findFirst().orElseThrow();
    // Cells = pipes not preceded by a backslash; the escaped A\|B adds none.
    assertThat(dataLine.split("(?<!\\\\)\\|", -1))
        .hasSize(md.lines().toList().get(2).split("\\|", -1).length);
  }
}
