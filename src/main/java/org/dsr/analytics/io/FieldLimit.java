package org.dsr.analytics.io;

import java.io.Serializable;
import java.util.List;
import org.dsr.analytics.schema.Excerpt;

/**
 * The longest field an input may hold. A longer field is cut to its {@link Excerpt} before the
 * record enters Spark, so no later step (checks, harmonisation, rejects) ever works on it whole,
 * and the record is flagged in {@link DelimitedFileReader#FIELD_TOO_LONG} for its own rule.
 *
 * @param maxLength characters
 */
public record FieldLimit(int maxLength) implements Serializable {
  /**
   * Replaces, in place, every field longer than the limit by its excerpt.
   *
   * @param names the fields' names, by position (the header); a field beyond them is named by its
   *     position
   * @return what the first such field breaks, naming it and its length, or null where none is
   */
  String cut(String[] fields, List<String> names) {
    String first = null;
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] != null && fields[i].length() > maxLength) {
        if (first == null) {
          String name = i < names.size() ? "'" + names.get(i) + "'" : "number " + (i + 1);
          first =
              "field "
                  + name
                  + " has "
                  + fields[i].length()
                  + " characters, more than the input's max_field_length "
                  + maxLength;
        }
        fields[i] = Excerpt.of(fields[i]);
      }
    }
    return first;
  }
}
