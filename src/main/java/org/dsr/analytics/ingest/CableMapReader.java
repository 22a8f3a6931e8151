package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.io.DelimitedFileReader;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.reference.CountryHarmoniser;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.SourceLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TeleGeography's submarine cable map (API v2): one JSON file per cable. A cable yields one record
 * per country it lands in (several landing points in one country are one record); a cable with a
 * Chinese owner (see {@link Vendors}) becomes an undersea_cable deployment per Chinese owner and
 * landing country, in its ready-for-service year. Cables without one are excluded by rule
 * no_chinese_owner; a cable whose Chinese owners are fewer than half of its owners is a consortium
 * member's stake, kept as outbound_stake (rule minority_cable_owner). A file that is not JSON is
 * one malformed record; the index file all.json (a JSON array) is not a cable and is skipped, with
 * a log line. A file is one JSON value, so its records are at line 1.
 */
final class CableMapReader implements SourceReader {
  private static final Logger LOG = LoggerFactory.getLogger(CableMapReader.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> COLUMNS =
      List.of("id", "name", "owners", "rfs", "url", "landing_country");

  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.CABLE_MAP_JSON;
    List<FileHeader> files = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String file : InputFiles.expand(input.path(), ctx.hadoopConf())) {
      JsonNode cable;
      try {
        cable = JSON.readTree(InputFiles.readAllBytes(file, ctx.hadoopConf()));
      } catch (IOException e) {
        files.add(new FileHeader(file, 0, COLUMNS));
        rows.add(
            row(
                file,
                new String[COLUMNS.size()],
                "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
        continue;
      }
      if (cable == null || !cable.isObject()) {
        LOG.info("{}: skipped, not a cable object (the cable map's index file is a list)", file);
        continue;
      }
      files.add(new FileHeader(file, 0, COLUMNS));
      for (String country : landingCountries(cable, ctx.harmoniser())) {
        rows.add(
            row(
                file,
                new String[] {
                  text(cable, "id"),
                  text(cable, "name"),
                  text(cable, "owners"),
                  text(cable, "rfs"),
                  text(cable, "url"),
                  country
                },
                null));
      }
    }
    Dataset<Row> raw = ctx.spark().createDataFrame(rows, DelimitedFileReader.outputSchema(COLUMNS));
    CsvInput.Read read = CsvInput.check(ctx, input, layout, raw, files);

    Column owners = split(Parse.text(CsvInput.raw("owners")), ",\\s*");
    Column chineseOwners = array_compact(transform(owners, o -> Vendors.NAMES.lookUp(o)));
    // Chinese-majority-owned, as near as the map tells: it lists owners without their shares.
    Column consortiumStake = size(chineseOwners).multiply(2).lt(size(owners));
    Parse.Field year =
        Parse.year("rfs", regexp_extract(Parse.text(CsvInput.raw("rfs")), "([0-9]{4})", 1));
    Dataset<Row> checked =
        Issues.add(
            read.rows(),
            Rules.NO_CHINESE_OWNER.check("owners", CsvInput.raw("owners"), chineseOwners),
            Rules.MINORITY_CABLE_OWNER.where(
                size(chineseOwners).gt(0).and(consortiumStake),
                concat(
                    lit("field 'owners': "),
                    size(chineseOwners).cast("string"),
                    lit(" Chinese of "),
                    size(owners).cast("string"),
                    lit(" owners"))),
            year.issue());
    return new CheckedSource(
        input,
        Target.DEPLOYMENTS,
        read.files(),
        DeploymentRows.select(
            checked,
            org.apache.spark.sql.functions.array_distinct(chineseOwners),
            year.value(),
            when(consortiumStake, lit(Categories.OUTBOUND_STAKE))
                .otherwise(lit(Categories.UNDERSEA_CABLE)),
            Parse.text(CsvInput.raw("name")),
            lit(null).cast(Parse.MONEY),
            Parse.text(CsvInput.raw("url")),
            lit(null)),
        read.harmonisation());
  }

  /**
   * The countries a cable lands in, from landing-point names such as "Aden, Yemen" or "Muanda,
   * Congo, Dem. Rep.": the shortest comma-separated suffix the harmoniser resolves, else the last
   * part (which the harmonisation report then lists as unmatched). Only the last {@value
   * #COUNTRY_PARTS} parts are tried, so that a name of many commas costs one pass, not one per
   * comma.
   */
  /** The most comma-separated parts a country name has ("Congo, Dem. Rep." has two). */
  static final int COUNTRY_PARTS = 4;

  static Set<String> landingCountries(JsonNode cable, CountryHarmoniser harmoniser) {
    Set<String> countries = new LinkedHashSet<>();
    for (JsonNode point : cable.path("landing_points")) {
      String[] parts = point.path("name").asText("").split(",");
      String chosen = parts[parts.length - 1].strip();
      for (int i = parts.length - 1; i >= Math.max(1, parts.length - COUNTRY_PARTS); i--) {
        String suffix =
            String.join(",", java.util.Arrays.copyOfRange(parts, i, parts.length)).strip();
        if (harmoniser.matchName(suffix).iso3() != null) {
          chosen = suffix;
          break;
        }
      }
      countries.add(chosen);
    }
    if (countries.isEmpty()) {
      countries.add(null);
    }
    return countries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  private static Row row(String file, String[] values, String parseError) {
    Object[] out = new Object[values.length + 5];
    out[0] = file;
    out[1] = 1L;
    System.arraycopy(values, 0, out, 2, values.length);
    out[out.length - 3] = parseError;
    out[out.length - 2] = null;
    List<String> raw = new ArrayList<>();
    for (String v : values) {
      raw.add(v == null ? "" : v);
    }
    out[out.length - 1] = raw.toArray(String[]::new);
    return RowFactory.create(out);
  }
}
