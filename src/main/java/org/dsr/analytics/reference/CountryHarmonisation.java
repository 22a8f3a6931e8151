package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.Datasets;

/**
 * Applies a {@link CountryHarmoniser} to a Spark dataset. The distinct (file, name, code) triples
 * are collected to the driver (a few hundred at most), resolved there, and joined back as a
 * broadcast table: the harmoniser runs once per distinct name, never once per row.
 */
public final class CountryHarmonisation {
  /** The name of the column, added to the input, that holds how its country was matched. */
  public static final String MATCH_METHOD = Columns.MATCH_METHOD;

  /** A column added to the input: why the country was not resolved, in words; null when it was. */
  public static final String COUNTRY_MESSAGE = "country_message";

  private static final String NAME_KEY = "_harmonise_name";
  private static final String CODE_KEY = "_harmonise_code";

  private CountryHarmonisation() {}

  /**
   * Where a dataset keeps its country.
   *
   * @param nameColumn the raw country name column, or null where the source has only codes
   * @param codeColumn the raw country code column, or null where the source has only names
   * @param codeKind what the codes are, when there is a code column
   */
  public record CountryColumns(
      String nameColumn, String codeColumn, CountryHarmoniser.CodeKind codeKind) {
    public static CountryColumns name(String nameColumn) {
      return new CountryColumns(nameColumn, null, null);
    }

    public static CountryColumns iso3(String nameColumn, String codeColumn) {
      return new CountryColumns(nameColumn, codeColumn, CountryHarmoniser.CodeKind.ISO3);
    }

    public static CountryColumns code(String codeColumn, CountryHarmoniser.CodeKind kind) {
      return new CountryColumns(null, codeColumn, kind);
    }
  }

  /**
   * The input with {@code iso3}, {@code match_method} and {@code country_message} added, and the
   * harmonisation report rows of its names.
   */
  public record Result(Dataset<Row> harmonised, Dataset<Row> report) {}

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
            ? "country code '" + rawCode + "'"
            : "country '"
                + rawName.strip()
                + "'"
                + (rawCode == null || rawCode.isBlank() ? "" : " (code '" + rawCode + "')");
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
    List<Row> distinct =
        input
            .groupBy(col(Columns.SOURCE_FILE), name.as(NAME_KEY), code.as(CODE_KEY))
            .count()
            .collectAsList();

    Map<List<String>, CountryMatch> matches = new HashMap<>();
    List<Row> reportRows = new ArrayList<>();
    for (Row r : distinct) {
      String rawName = r.getString(1);
      String rawCode = r.getString(2);
      CountryMatch match =
          matches.computeIfAbsent(
              java.util.Arrays.asList(rawName, rawCode),
              k ->
                  columns.codeColumn() == null
                      ? harmoniser.matchName(rawName)
                      : harmoniser.matchCode(rawCode, columns.codeKind(), rawName));
      reportRows.add(
          RowFactory.create(
              source,
              r.getString(0),
              rawName,
              rawCode,
              CountryNames.normalise(rawName),
              match.iso3(),
              match.method().label(),
              r.getLong(3),
              match.suggestions().isEmpty() ? null : String.join("; ", match.suggestions()),
              match.note()));
    }

    SparkSession spark = input.sparkSession();
    StructType mappingSchema =
        new StructType()
            .add(NAME_KEY, DataTypes.StringType)
            .add(CODE_KEY, DataTypes.StringType)
            .add(Columns.ISO3, DataTypes.StringType)
            .add(MATCH_METHOD, DataTypes.StringType)
            .add(COUNTRY_MESSAGE, DataTypes.StringType);
    List<Row> mappingRows = new ArrayList<>();
    matches.forEach(
        (key, match) ->
            mappingRows.add(
                RowFactory.create(
                    key.get(0),
                    key.get(1),
                    match.iso3(),
                    match.method().label(),
                    message(key.get(0), key.get(1), match))));
    Dataset<Row> mapping = spark.createDataFrame(mappingRows, mappingSchema);

    Dataset<Row> keyed = input.withColumn(NAME_KEY, name).withColumn(CODE_KEY, code);
    Dataset<Row> harmonised =
        keyed
            .join(
                broadcast(mapping),
                keyed
                    .col(NAME_KEY)
                    .eqNullSafe(mapping.col(NAME_KEY))
                    .and(keyed.col(CODE_KEY).eqNullSafe(mapping.col(CODE_KEY))),
                "left")
            .drop(keyed.col(NAME_KEY))
            .drop(keyed.col(CODE_KEY))
            .drop(mapping.col(NAME_KEY))
            .drop(mapping.col(CODE_KEY));
    Dataset<Row> report = spark.createDataFrame(reportRows, Datasets.HARMONISATION.schema());
    return new Result(harmonised, report);
  }
}
