package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.FieldLimit;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.CsvDialect;
import org.dsr.analytics.schema.SourceLayout;

/**
 * The two project tables of AidData's geocoded research release, read from the release folder and
 * joined on project_id into one raw row per project: projects_ancillary.csv holds the money, year,
 * flags and agencies, projects.csv the title. A row keeps the ancillary file's place (file, line,
 * raw fields) and names both files in {@link LoanRows#RECORD_FILES}, so each file reconciles; a
 * project in only one of them keeps that file's place and breaks rule missing_companion_record.
 */
final class GeocodedRelease {
  /** Why a project has no row in the other file; null when it has both. */
  private static final String MISSING_COMPANION = "_missing_companion";

  private static final String P = "_projects_";

  private GeocodedRelease() {}

  static CsvInput.Read read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.AIDDATA_GEOCODED;
    CsvDialect dialect = layout.dialect().withCharset(input.encodingOrDefault());
    FieldLimit limit = new FieldLimit(input.maxFieldLengthOrDefault());
    List<String> files = InputFiles.of(input, ctx.hadoopConf());
    List<FileHeader> headers = new ArrayList<>();
    List<Dataset<Row>> tables = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      List<String> columns = layout.members().get(i).requiredColumns();
      FileHeader header =
          DelimitedFileReader.headers(List.of(files.get(i)), dialect, columns, ctx.hadoopConf())
              .get(0);
      headers.add(header);
      tables.add(DelimitedFileReader.read(ctx.spark(), List.of(header), dialect, columns, limit));
    }
    Dataset<Row> ancillary = tables.get(0);
    Dataset<Row> projects = tables.get(1);
    Dataset<Row> prefixed =
        projects.select(
            java.util.Arrays.stream(projects.columns())
                .map(c -> CsvInput.raw(c).as(P + c))
                .toArray(Column[]::new));
    Dataset<Row> joined =
        ancillary.join(
            prefixed,
            trim(ancillary.col("project_id")).equalTo(trim(prefixed.col(P + "project_id"))),
            "full_outer");
    // Raised before the country's issues: a project missing from the ancillary file has no country.
    Dataset<Row> projectRows =
        Issues.add(
                project(joined, layout),
                Rules.MISSING_COMPANION_RECORD.where(
                    col(MISSING_COMPANION).isNotNull(), col(MISSING_COMPANION)))
            .drop(MISSING_COMPANION);
    return CsvInput.check(ctx, input, layout, projectRows, headers);
  }

  /** One raw row per project: the ancillary file's columns, the title, and where both come from. */
  private static Dataset<Row> project(Dataset<Row> joined, SourceLayout layout) {
    Column inAncillary = col(Columns.SOURCE_FILE).isNotNull();
    Column inProjects = col(P + Columns.SOURCE_FILE).isNotNull();
    List<Column> out = new ArrayList<>();
    out.add(either(Columns.SOURCE_FILE));
    out.add(either(Columns.LINE_NUMBER));
    for (String c : layout.requiredColumns()) {
      out.add(c.equals("project_id") ? either(c) : CsvInput.raw(c));
    }
    out.add(col(P + "project_title").as("project_title"));
    out.add(either(DelimitedFileReader.PARSE_ERROR));
    out.add(either(DelimitedFileReader.FIELD_TOO_LONG));
    out.add(either(DelimitedFileReader.RAW_FIELDS));
    out.add(
        array_compact(array(col(Columns.SOURCE_FILE), col(P + Columns.SOURCE_FILE)))
            .as(LoanRows.RECORD_FILES));
    out.add(
        when(
                inAncillary.and(not(inProjects)),
                missing(col(Columns.SOURCE_FILE), col(Columns.LINE_NUMBER), "projects.csv"))
            .when(
                inProjects.and(not(inAncillary)),
                missing(
                    col(P + Columns.SOURCE_FILE),
                    col(P + Columns.LINE_NUMBER),
                    "projects_ancillary.csv"))
            .as(MISSING_COMPANION));
    return joined.select(out.toArray(Column[]::new));
  }

  /** The ancillary file's value, else the projects file's. */
  private static Column either(String column) {
    return coalesce(CsvInput.raw(column), col(P + column)).as(column);
  }

  private static Column missing(Column file, Column line, String other) {
    return concat(
        lit("the project at "),
        file,
        lit(" line "),
        line.cast("string"),
        lit(" has no row in "),
        lit(other));
  }
}
