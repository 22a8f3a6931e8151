package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * A small closed mapping from source terms to canonical terms (sectors, lenders, vendors), applied
 * in Spark as a literal map lookup: keys are compared lower-cased with spaces collapsed.
 */
public final class Vocabulary {
  private final String name;
  private final Map<String, String> terms;

  public Vocabulary(String name, Map<String, String> terms) {
    this.name = name;
    Map<String, String> normalised = new TreeMap<>();
    terms.forEach((k, v) -> normalised.put(key(k), v));
    this.terms = Map.copyOf(normalised);
  }

  public String name() {
    return name;
  }

  public Map<String, String> terms() {
    return terms;
  }

  /** The canonical term of a term column, compared lower-cased; null where it is unknown. */
  public Column lookUp(Column term) {
    List<Column> entries = new ArrayList<>();
    new TreeMap<>(terms)
        .forEach(
            (k, v) -> {
              entries.add(lit(k));
              entries.add(lit(v));
            });
    Column map = functions.map(entries.toArray(Column[]::new));
    return try_element_at(map, lower(trim(regexp_replace(term, "\\s+", " "))));
  }

  /** The canonical term of a term, compared as {@link #lookUp} compares; null where unknown. */
  public String canonical(String term) {
    return term == null ? null : terms.get(key(term));
  }

  static String key(String term) {
    return term.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
