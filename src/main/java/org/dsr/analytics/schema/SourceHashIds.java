package org.dsr.analytics.schema;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unhex;
import static org.apache.spark.sql.functions.when;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Ids of the form {@code <source>:<16 hex digits>}, the digits the start of a SHA-256 of what the
 * row is (deployment_id). Their first 8 bytes, which are all Spark's sort compares before it
 * compares whole rows, are the same for every row of a source, so a sort by the id alone compares
 * whole rows almost every time (measured in docs/benchmarks.md, session 13). {@link #sortPrefix}
 * orders the rows as the ids do and decides nearly every comparison in its first 8 bytes.
 */
public final class SourceHashIds {
  private static final int HEX_DIGITS = 16;

  private SourceHashIds() {}

  /** The id of a row of {@code source}, from the values that tell its rows apart. */
  public static Column of(Column source, Column... values) {
    return concat(source, lit(":"), substring(sha2(concat_ws("|", values), 256), 1, HEX_DIGITS));
  }

  /**
   * A binary that sorts as the ids do: a byte for the source's place among {@code sources} (in the
   * byte order Spark sorts strings in), then the id's digits as 8 bytes. None where that order
   * would differ from the ids' (more than 255 sources, or a source whose id prefix begins
   * another's, as {@code a:} begins {@code a:b:}).
   *
   * <p>A row whose source is not among {@code sources}, or whose id is not of this form, fails the
   * query rather than being written out of order.
   *
   * @param sources every source a row's id may name: the job's inputs
   */
  public static Optional<Column> sortPrefix(Column id, Column source, Collection<String> sources) {
    List<String> names =
        sources.stream().distinct().sorted(Comparator.comparing(SourceHashIds::idPrefix)).toList();
    if (names.isEmpty() || names.size() > 255) {
      return Optional.empty();
    }
    for (int i = 1; i < names.size(); i++) {
      if (idPrefix(names.get(i)).startsWith(idPrefix(names.get(i - 1)))) {
        return Optional.empty(); // sorted, so a prefix of another is just before one it begins
      }
    }
    Column rank = null;
    for (int i = 0; i < names.size(); i++) {
      Column place = lit(new byte[] {(byte) i});
      Column matches = source.equalTo(names.get(i));
      rank = rank == null ? when(matches, place) : rank.when(matches, place);
    }
    Column digits = substring(id, length(source).plus(2), lit(HEX_DIGITS));
    Column wellFormed =
        source
            .isin(names.toArray())
            .and(id.startsWith(concat(source, lit(":"))))
            .and(length(id).equalTo(length(source).plus(1 + HEX_DIGITS)))
            .and(unhex(digits).isNotNull())
            .and(digits.equalTo(lower(digits)));
    return Optional.of(
        when(wellFormed, concat(rank, unhex(digits)))
            .otherwise(
                raise_error(
                    concat(
                        lit("id '"),
                        id,
                        lit(
                            "' is not <source>:<16 lower-case hex digits> of a source of the job")))));
  }

  /** The start of every id of {@code source}, in the bytes Spark compares strings by. */
  private static UTF8String idPrefix(String source) {
    return UTF8String.fromString(source + ":");
  }
}
