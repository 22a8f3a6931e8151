package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.CodeKind;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.CountryColumns;
import org.dsr.analytics.schema.Excerpt;

/**
 * Applies a {@link CountryHarmoniser} to a Spark dataset, as a function of each row's raw (name,
 * code) that remembers its answers: the harmoniser runs once per distinct name in a task, never
 * once per row, and nothing is collected to the driver while the inputs are read. The rows keep
 * their raw (name, code), {@link #RAW_COUNTRY}, so that the report is counted from rows already
 * read rather than by reading the input again.
 */
public final class CountryHarmonisation {
  /** The name of the column, added to the input, that holds how its country was matched. */
  public static final String MATCH_METHOD = Columns.MATCH_METHOD;

  /** A column added to the input: why the country was not resolved, in words; null when it was. */
  public static final String COUNTRY_MESSAGE = "country_message";

  /**
   * A column added to the input: the raw name and code (fields {@code name}, {@code code}) the
   * country was matched from, which {@link Report#of} counts.
   */
  public static final String RAW_COUNTRY = "_raw_country";

  private static final String NAME_KEY = "_harmonise_name";
  private static final String MATCH_KEY = "_harmonise_match";
  private static final String CODE_KEY = "_harmonise_code";

  private CountryHarmonisation() {}

  /**
   * The input with {@code iso3}, {@code match_method}, {@code country_message} and {@link
   * #RAW_COUNTRY} added, and how to report its names.
   */
  public record Result(Dataset<Row> harmonised, Report report) {}

  private static Column quoted(String column) {
    return col("`" + column.replace("`", "``") + "`");
  }

  /** Why a row's country is not used, for rejects and exclusions; null when it is resolved. */
  static String message(String rawName, String rawCode, CountryMatch match) {
    if (match.iso3() != null) {
      return null;
    }
    String what =
        rawName == null
            ? "country code '" + Excerpt.of(rawCode) + "'"
            : "country '"
                + Excerpt.of(rawName.strip())
                + "'"
                + (rawCode == null || rawCode.isBlank()
                    ? ""
                    : " (code '" + Excerpt.of(rawCode) + "')");
    return switch (match.method()) {
      case UNMATCHED ->
          what
              + " is not in the country reference"
              + (match.suggestions().isEmpty()
                  ? ""
                  : "; closest: " + String.join(", ", match.suggestions()))
              + (match.note() == null ? "" : " (" + match.note() + ")");
      case MISSING -> match.note();
      default -> what + ": " + match.note();
    };
  }

  /**
   * Harmonises the countries of {@code input}, which must have a {@code source_file} column.
   *
   * @param source the input source's name, written to the report
   */
  public static Result harmonise(
      Dataset<Row> input, CountryColumns columns, CountryHarmoniser harmoniser, String source) {
    Column name =
        columns.nameColumn() == null ? lit(null).cast("string") : col(columns.nameColumn());
    Column code =
        columns.codeColumn() == null ? lit(null).cast("string") : col(columns.codeColumn());
    Resolver resolver = new Resolver(harmoniser, columns.codeKind());

    List<Column> harmonisedColumns = new ArrayList<>();
    for (String c : input.columns()) {
      harmonisedColumns.add(quoted(c));
    }
    Column match = col(MATCH_KEY);
    harmonisedColumns.add(match.getField(Columns.ISO3).as(Columns.ISO3));
    harmonisedColumns.add(match.getField(MATCH_METHOD).as(MATCH_METHOD));
    harmonisedColumns.add(match.getField(COUNTRY_MESSAGE).as(COUNTRY_MESSAGE));
    harmonisedColumns.add(struct(name.as(NAME), code.as(CODE)).as(RAW_COUNTRY));
    Dataset<Row> harmonised =
        input
            .withColumn(MATCH_KEY, udf(resolver.forRows(), ROW_MATCH).apply(name, code))
            .select(harmonisedColumns.toArray(Column[]::new));
    return new Result(harmonised, new Report(source, resolver));
  }

  private static final String NAME = "name";
  private static final String CODE = "code";

  /** The harmonisation report of one source's country names. */
  public static final class Report {
    private final String source;
    private final Resolver resolver;

    private Report(String source, Resolver resolver) {
      this.source = source;
      this.resolver = resolver;
    }

    /**
     * The report rows of the source's rows: one per file and distinct raw (name, code).
     *
     * @param rows rows of this source only, with source_file and {@link #RAW_COUNTRY}
     * @param rowsCounted how many input rows each row stands for: {@code lit(1)} for the rows
     *     themselves, a count where they were counted already
     */
    public Dataset<Row> of(Dataset<Row> rows, Column rowsCounted) {
      Column entry = col(MATCH_KEY);
      Column raw = col(RAW_COUNTRY);
      // A group holds one row at least, so the sum is never null, and is marked so.
      Column rowCount = coalesce(sum(rowsCounted), lit(0L));
      return rows.groupBy(
              col(Columns.SOURCE_FILE),
              raw.getField(NAME).as(NAME_KEY),
              raw.getField(CODE).as(CODE_KEY))
          .agg(rowCount.as(Columns.ROW_COUNT))
          .withColumn(
              MATCH_KEY,
              udf(resolver.forReport(), REPORT_MATCH).apply(col(NAME_KEY), col(CODE_KEY)))
          .select(
              lit(source).as(Columns.SOURCE),
              col(Columns.SOURCE_FILE),
              Excerpt.of(col(NAME_KEY)).as(Columns.RAW_NAME),
              Excerpt.of(col(CODE_KEY)).as(Columns.RAW_CODE),
              entry.getField(Columns.NORMALISED_NAME).as(Columns.NORMALISED_NAME),
              entry.getField(Columns.ISO3).as(Columns.ISO3),
              entry.getField(MATCH_METHOD).as(MATCH_METHOD),
              col(Columns.ROW_COUNT),
              entry.getField(Columns.SUGGESTIONS).as(Columns.SUGGESTIONS),
              entry.getField(Columns.NOTE).as(Columns.NOTE));
    }
  }

  private static final StructType ROW_MATCH =
      new StructType()
          .add(Columns.ISO3, DataTypes.StringType)
          .add(MATCH_METHOD, DataTypes.StringType)
          .add(COUNTRY_MESSAGE, DataTypes.StringType);

  private static final StructType REPORT_MATCH =
      new StructType()
          .add(Columns.NORMALISED_NAME, DataTypes.StringType)
          .add(Columns.ISO3, DataTypes.StringType)
          .add(MATCH_METHOD, DataTypes.StringType)
          .add(Columns.SUGGESTIONS, DataTypes.StringType)
          .add(Columns.NOTE, DataTypes.StringType);

  /**
   * The harmoniser as the functions Spark calls with a raw (name, code): it travels to the tasks
   * with them and remembers each distinct pair's match, so it runs once per distinct name per task,
   * not once per row.
   */
  private static final class Resolver implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CountryHarmoniser harmoniser;
    private final CodeKind codeKind;
    private transient Map<List<String>, CountryMatch> matches;

    Resolver(CountryHarmoniser harmoniser, CodeKind codeKind) {
      this.harmoniser = harmoniser;
      this.codeKind = codeKind;
    }

    private CountryMatch match(String rawName, String rawCode) {
      if (matches == null) {
        matches = new ConcurrentHashMap<>();
      }
      return matches.computeIfAbsent(
          Arrays.asList(rawName, rawCode),
          k ->
              codeKind == null
                  ? harmoniser.matchName(rawName)
                  : harmoniser.matchCode(rawCode, codeKind, rawName));
    }

    /** iso3, match_method, country_message. */
    UDF2<String, String, Row> forRows() {
      return (rawName, rawCode) -> {
        CountryMatch m = match(rawName, rawCode);
        return RowFactory.create(m.iso3(), m.method().label(), message(rawName, rawCode, m));
      };
    }

    /** normalised_name, iso3, match_method, suggestions, note. */
    UDF2<String, String, Row> forReport() {
      return (rawName, rawCode) -> {
        CountryMatch m = match(rawName, rawCode);
        return RowFactory.create(
            Excerpt.of(CountryNames.normalise(rawName)),
            m.iso3(),
            m.method().label(),
            m.suggestions().isEmpty() ? null : String.join("; ", m.suggestions()),
            m.note());
      };
    }
  }
}
