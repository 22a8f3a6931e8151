package org.dsr.analytics.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises country names so that spelling variants of one name compare equal. */
public final class CountryNames {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String LEADING_ARTICLE = "the ";

  private CountryNames() {}

  /**
   * Returns the lookup key of a name: accents stripped (NFKD), apostrophes removed (so "Cote
   * d'Ivoire" and "Côte d’Ivoire" agree), "&amp;" read as "and", every other punctuation run a
   * single space, lower case, trimmed, and a leading "The" dropped. Null becomes "".
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKD);
    s = COMBINING_MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
    if (s.startsWith(LEADING_ARTICLE)) {
      s = s.substring(LEADING_ARTICLE.length());
    }
    return s;
  }
}
