package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.FieldLimit;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.io.XlsxReader;
import org.dsr.analytics.reference.CountryHarmonisation;
import org.dsr.analytics.reference.MatchMethod;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.CsvDialect;
import org.dsr.analytics.schema.SourceLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps every delimited-text reader shares: list the files, check their headers, read the
 * records, harmonise the country and raise the malformed-record and country issues.
 */
final class CsvInput {
  private static final Logger LOG = LoggerFactory.getLogger(CsvInput.class);

  private CsvInput() {}

  /**
   * What was read.
   *
   * @param rows source, source_file, line_number, the requested raw columns, raw_fields, iso3,
   *     match_method, country_message, the raw country ({@link CountryHarmonisation#RAW_COUNTRY})
   *     and the issues raised so far
   * @param headers every file's header
   * @param harmonisation the harmonisation report of the rows' country names
   */
  record Read(
      Dataset<Row> rows, List<FileHeader> headers, CountryHarmonisation.Report harmonisation) {
    List<String> files() {
      return headers.stream().map(FileHeader::file).toList();
    }
  }

  /** A raw source column by its published name, which may hold dots, spaces or '$'. */
  static Column raw(String publishedName) {
    return col("`" + publishedName.replace("`", "``") + "`");
  }

  static Read read(ReadContext ctx, InputSpec input, SourceLayout layout, List<String> columns) {
    return read(ctx, input, layout, headers -> columns);
  }

  /** As above, with the columns to read chosen from the files' headers (e.g. their years). */
  static Read read(
      ReadContext ctx,
      InputSpec input,
      SourceLayout layout,
      java.util.function.Function<List<FileHeader>, List<String>> columnsFor) {
    CsvDialect dialect = layout.dialect().withCharset(input.encodingOrDefault());
    List<String> files = InputFiles.expand(input.path(), ctx.hadoopConf());
    List<FileHeader> headers =
        DelimitedFileReader.headers(files, dialect, layout.requiredColumns(), ctx.hadoopConf());
    Dataset<Row> raw =
        DelimitedFileReader.read(
            ctx.spark(),
            headers,
            dialect,
            columnsFor.apply(headers),
            new FieldLimit(input.maxFieldLengthOrDefault()));
    return check(ctx, input, layout, raw, headers);
  }

  /**
   * Reads sheets of every workbook the input names (see {@link XlsxReader#read}) into the row
   * layout of {@link DelimitedFileReader}, then {@link #check}s them.
   */
  static Read readWorkbooks(
      ReadContext ctx,
      InputSpec input,
      SourceLayout layout,
      List<String> sheets,
      Map<String, String> renames,
      List<String> columns) {
    List<FileHeader> headers = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String file : InputFiles.of(input, ctx.hadoopConf())) {
      XlsxReader.Result sheet =
          XlsxReader.read(
              new XlsxReader.Request(
                  file,
                  sheets,
                  layout.requiredColumns(),
                  renames,
                  columns,
                  new FieldLimit(input.maxFieldLengthOrDefault())),
              ctx.hadoopConf());
      headers.addAll(sheet.headers());
      rows.addAll(sheet.rows());
    }
    Dataset<Row> raw = ctx.spark().createDataFrame(rows, DelimitedFileReader.outputSchema(columns));
    return check(ctx, input, layout, raw, headers);
  }

  /**
   * Harmonises the country of raw rows (as {@link DelimitedFileReader#read} lays them out) and
   * raises the malformed-record and country issues. Readers of other formats (xlsx, JSON) lay out
   * their rows the same way and start here.
   */
  static Read check(
      ReadContext ctx,
      InputSpec input,
      SourceLayout layout,
      Dataset<Row> raw,
      List<FileHeader> headers) {
    logExtraColumns(input, layout, List.of(raw.columns()), headers);
    CountryHarmonisation.Result harmonised =
        CountryHarmonisation.harmonise(
            raw.withColumn(Columns.SOURCE, lit(input.source())),
            layout.countryColumns(),
            ctx.harmoniser(),
            input.source());
    Dataset<Row> checked =
        Issues.add(
            harmonised.harmonised(),
            Rules.MALFORMED_RECORD.where(
                col(DelimitedFileReader.PARSE_ERROR).isNotNull(),
                col(DelimitedFileReader.PARSE_ERROR)),
            Rules.FIELD_TOO_LONG.where(
                col(DelimitedFileReader.FIELD_TOO_LONG).isNotNull(),
                col(DelimitedFileReader.FIELD_TOO_LONG)));
    // A malformed record, or one with a field cut short, has no trustworthy country, so its country
    // issues are not raised.
    Column wellFormed =
        col(DelimitedFileReader.PARSE_ERROR)
            .isNull()
            .and(col(DelimitedFileReader.FIELD_TOO_LONG).isNull());
    return new Read(Issues.add(checked, countryIssues(wellFormed)), headers, harmonised.report());
  }

  /**
   * Logs, per file, the header columns the layout neither requires nor reads: they are ignored, and
   * the log says so, so that a renamed or new column in a republished file is noticed.
   */
  private static void logExtraColumns(
      InputSpec input, SourceLayout layout, List<String> read, List<FileHeader> headers) {
    for (FileHeader h : headers) {
      List<String> extra =
          h.columns().stream()
              .filter(c -> !c.isEmpty())
              .filter(c -> !read.contains(c) && !layout.requiredColumns().contains(c))
              .toList();
      if (!extra.isEmpty()) {
        LOG.info(
            "{}: {}: columns not in layout {}, ignored: {}",
            input.source(),
            h.file(),
            layout.id(),
            extra);
      }
    }
  }

  /** The issues of an unresolved country, from the harmonisation columns. */
  static Column[] countryIssues(Column applies) {
    Column method = col(CountryHarmonisation.MATCH_METHOD);
    Column message = col(CountryHarmonisation.COUNTRY_MESSAGE);
    return new Column[] {
      Rules.UNKNOWN_COUNTRY.where(
          applies.and(method.equalTo(MatchMethod.UNMATCHED.label())), message),
      Rules.COUNTRY_CODE_CONFLICT.where(
          applies.and(method.equalTo(MatchMethod.CODE_CONFLICT.label())), message),
      Rules.MISSING_COUNTRY.where(
          applies.and(method.equalTo(MatchMethod.MISSING.label())), message),
      Rules.AGGREGATE.where(applies.and(method.equalTo(MatchMethod.AGGREGATE.label())), message),
      Rules.EXCLUDED_BY_OVERRIDE.where(
          applies.and(method.equalTo(MatchMethod.OVERRIDE.label())).and(col(Columns.ISO3).isNull()),
          message)
    };
  }
}
