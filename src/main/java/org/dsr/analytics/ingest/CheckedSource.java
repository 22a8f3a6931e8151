package org.dsr.analytics.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.reference.CountryHarmonisation;

/**
 * One input read into its target dataset's columns, each row carrying the issues it raised ({@link
 * Issues#COLUMN}), its raw fields ({@link #RAW_FIELDS}) and its raw country ({@link #RAW_COUNTRY},
 * which the harmonisation report counts), not yet disposed.
 *
 * @param input the input as configured
 * @param target the canonical dataset the rows belong to
 * @param files the files read, each of which gets a reconciliation row even when empty
 * @param rows the checked rows
 * @param harmonisation the harmonisation report of the input's country names
 */
public record CheckedSource(
    InputSpec input,
    Target target,
    List<String> files,
    Dataset<Row> rows,
    CountryHarmonisation.Report harmonisation) {
  public static final String RAW_FIELDS = org.dsr.analytics.io.DelimitedFileReader.RAW_FIELDS;
  public static final String RAW_COUNTRY = CountryHarmonisation.RAW_COUNTRY;

  public CheckedSource {
    files = List.copyOf(files);
  }
}
