package org.dsr.analytics.schema;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unhex;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    return inIdOrder(sources).map(names -> prefix(id, source, names));
  }

  /**
   * A row's range in the ids' order, numbered from 0, found without looking at other rows: each
   * source gets ranges in proportion to its share of {@code rowsBySource}'s rows, about {@code
   * ranges} in all, which split the first byte of its digits evenly (the digits of a hash are
   * evenly spread); a source with too few rows for a range of its own joins the range before it.
   * None where {@link #sortPrefix} has none.
   *
   * @param rowsBySource every source a row's id may name (as for {@link #sortPrefix}), with about
   *     how many rows it has
   */
  public static Optional<Ranges> ranges(
      Column id, Column source, Map<String, Long> rowsBySource, int ranges) {
    return inIdOrder(rowsBySource.keySet())
        .map(
            names -> {
              int[] widths = widths(names, rowsBySource, ranges);
              // The prefix's first two bytes: the source's place, then the digits' first byte.
              Column head =
                  conv(hex(substring(prefix(id, source, names), 1, 2)), 16, 10).cast("int");
              Column place = shiftright(head, 8);
              Column firstByte = head.bitwiseAND(255);
              Column range = null;
              int offset = 0;
              for (int i = 0; i < widths.length; i++) {
                Column within =
                    widths[i] == 0
                        ? lit(Math.max(offset - 1, 0))
                        : lit(offset).plus(shiftright(firstByte.multiply(widths[i]), 8));
                range =
                    range == null
                        ? when(place.equalTo(i), within)
                        : range.when(place.equalTo(i), within);
                offset += widths[i];
              }
              return new Ranges(range, offset);
            });
  }

  /** How many ranges each source gets, in {@code names}' order: at least one range in all. */
  private static int[] widths(List<String> names, Map<String, Long> rowsBySource, int ranges) {
    long total = names.stream().mapToLong(rowsBySource::get).sum();
    int[] widths = new int[names.size()];
    for (int i = 0; i < widths.length; i++) {
      long rows = rowsBySource.get(names.get(i));
      widths[i] = total == 0 ? 0 : (int) Math.round((double) ranges * rows / total);
    }
    if (Arrays.stream(widths).sum() == 0) {
      widths[0] = 1;
    }
    return widths;
  }

  /**
   * Row ranges in id order.
   *
   * @param range a row's range, from 0; never lower than that of a row whose id sorts before it
   * @param count how many ranges there are
   */
  public record Ranges(Column range, int count) {}

  /**
   * The sources in the order of their ids; none where that order would not follow from a byte per
   * source (more than 255 sources, or a source whose id prefix begins another's, as {@code a:}
   * begins {@code a:b:}).
   */
  private static Optional<List<String>> inIdOrder(Collection<String> sources) {
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
    return Optional.of(names);
  }

  private static Column prefix(Column id, Column source, List<String> names) {
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
    return when(wellFormed, concat(rank, unhex(digits)))
        .otherwise(
            raise_error(
                concat(
                    lit("id '"),
                    id,
                    lit("' is not <source>:<16 lower-case hex digits> of a source of the job"))));
  }

  /** The start of every id of {@code source}, in the bytes Spark compares strings by. */
  private static UTF8String idPrefix(String source) {
    return UTF8String.fromString(source + ":");
  }
}
