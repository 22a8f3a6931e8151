package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.Vendors;
import org.dsr.analytics.schema.SourceLayout;

/**
 * dsr-analytics' own deployments CSV: {@code vendor, country, year, category, project, value_usd,
 * source_url}; category one of the documented set; value_usd in US dollars, optional.
 */
final class DsrDeploymentsReader implements SourceReader {
  @Override
  public CheckedSource read(ReadContext ctx, InputSpec input) {
    SourceLayout layout = SourceLayout.DSR_DEPLOYMENTS;
    CsvInput.Read read = CsvInput.read(ctx, input, layout, layout.requiredColumns());
    Parse.Field year = Parse.year("year", CsvInput.raw("year"));
    Parse.Field value = Parse.money("value_usd", CsvInput.raw("value_usd"), 1);
    Column category = lower(Parse.text(CsvInput.raw("category")));
    Column vendor = Parse.text(CsvInput.raw("vendor"));
    Dataset<Row> checked =
        Issues.add(
            read.rows(),
            Parse.required("vendor", CsvInput.raw("vendor")),
            year.issue(),
            value.issue(),
            Parse.required("category", CsvInput.raw("category")),
            Rules.UNKNOWN_CATEGORY.check("category", CsvInput.raw("category"), category));
    return new CheckedSource(
        input,
        Target.DEPLOYMENTS,
        read.files(),
        DeploymentRows.select(
            checked,
            array(coalesce(Vendors.NAMES.lookUp(vendor), vendor)),
            year.value(),
            category,
            Parse.text(CsvInput.raw("project")),
            value.value(),
            Parse.text(CsvInput.raw("source_url")),
            lit(null)),
        read.harmonisation());
  }
}
