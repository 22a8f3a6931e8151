package org.dsr.analytics.report;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping of input-derived text (country, project, vendor names) in the report formats. */
public final class Escaping {
  private Escaping() {}

  /** Text safe inside HTML elements and attribute values. */
  public static String html(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text).replace("'", "&#39;");
  }

  /**
   * Text safe inside a Markdown table cell: pipes and Markdown punctuation escaped, HTML escaped
   * (Markdown renderers pass raw HTML through), line breaks as spaces.
   */
  public static String markdownCell(String text) {
    if (text == null) {
      return "";
    }
    String s = html(text).replace("\r", " ").replace("\n", " ");
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if ("\\|*_`[]#~".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }
}
