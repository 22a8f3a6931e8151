package org.dsr.analytics.schema;

import java.io.Serializable;
import java.nio.charset.Charset;

/**
 * How a delimited text file is written: delimiter and character set. Quoting follows RFC 4180
 * (embedded delimiters, quotes and line breaks inside quoted fields); CRLF and LF both end lines.
 *
 * @param delimiter field separator
 * @param charsetName character set name; UTF-8 files may start with a byte-order mark
 */
public record CsvDialect(char delimiter, String charsetName) implements Serializable {
  public static final CsvDialect CSV_UTF8 = new CsvDialect(',', "UTF-8");
  public static final CsvDialect SEMICOLON_UTF8 = new CsvDialect(';', "UTF-8");

  public Charset charset() {
    return Charset.forName(charsetName);
  }

  public CsvDialect withCharset(String newCharsetName) {
    Charset.forName(newCharsetName); // fails early on an unknown name
    return new CsvDialect(delimiter, newCharsetName);
  }
}
