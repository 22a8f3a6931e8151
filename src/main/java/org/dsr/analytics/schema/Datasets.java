package org.dsr.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** Every output dataset of dsr-analytics, defined once: readers, jobs and docs use these. */
public final class Datasets {
  private Datasets() {}

  public static final DatasetSpec HARMONISATION =
      new DatasetSpec(
          "harmonisation",
          "distinct raw country name (and code) per source file",
          List.of(
              new ColumnSpec(
                  Columns.SOURCE, StringType, "", "input source as named in the job config"),
              new ColumnSpec(
                  Columns.SOURCE_FILE, StringType, "", "input file the name was read from"),
              new ColumnSpec(
                  Columns.RAW_NAME, StringType, "", "country name exactly as in the source"),
              new ColumnSpec(
                  Columns.RAW_CODE,
                  StringType,
                  "",
                  "country code exactly as in the source, if any"),
              new ColumnSpec(
                  Columns.NORMALISED_NAME,
                  StringType,
                  "",
                  "name after normalisation (accents, case, punctuation, leading 'The')"),
              new ColumnSpec(
                  Columns.ISO3,
                  StringType,
                  "",
                  "ISO 3166-1 alpha-3 code resolved, null when excluded or unmatched"),
              new ColumnSpec(
                  Columns.MATCH_METHOD,
                  StringType,
                  "",
                  "code, exact, alias, override, aggregate, code_conflict, missing or unmatched"),
              new ColumnSpec(
                  Columns.ROW_COUNT, LongType, "rows", "rows of the file carrying this name"),
              new ColumnSpec(
                  Columns.SUGGESTIONS,
                  StringType,
                  "",
                  "for unmatched names, the three closest reference names, separated by '; '"),
              new ColumnSpec(
                  Columns.NOTE, StringType, "", "why, where the match method alone does not say")),
          List.of(Columns.SOURCE, Columns.SOURCE_FILE, Columns.RAW_NAME, Columns.RAW_CODE));

  /** Money: nominal US dollars to the cent, exact. */
  public static final DataType MONEY = DataTypes.createDecimalType(20, 2);

  /** Sums of money: room for the sum of a million amounts of {@link #MONEY}. */
  public static final DataType MONEY_SUM = DataTypes.createDecimalType(26, 2);

  private static final List<ColumnSpec> PROVENANCE =
      List.of(
          new ColumnSpec(Columns.SOURCE, StringType, "", "input source as named in the job config"),
          new ColumnSpec(Columns.SOURCE_FILE, StringType, "", "input file the row was read from"),
          new ColumnSpec(
              Columns.LINE_NUMBER,
              LongType,
              "",
              "line of the input file where the record starts (1-based); null for JSON and xlsx"));

  private static List<ColumnSpec> withProvenance(ColumnSpec... columns) {
    List<ColumnSpec> all = new java.util.ArrayList<>(List.of(columns));
    all.addAll(PROVENANCE);
    return all;
  }

  private static ColumnSpec iso3(String meaning) {
    return new ColumnSpec(
        Columns.ISO3, StringType, "", "ISO 3166-1 alpha-3 code of the " + meaning);
  }

  public static final DatasetSpec EGDI =
      new DatasetSpec(
          Columns.EGDI,
          "country assessed in one edition of the UN E-Government Survey",
          withProvenance(
              iso3(Columns.COUNTRY),
              new ColumnSpec(Columns.SURVEY_YEAR, IntegerType, "year", "survey edition"),
              new ColumnSpec(
                  Columns.EGDI, DoubleType, "index 0-1", "E-Government Development Index"),
              new ColumnSpec(Columns.OSI, DoubleType, "index 0-1", "Online Service Index"),
              new ColumnSpec(Columns.HCI, DoubleType, "index 0-1", "Human Capital Index"),
              new ColumnSpec(
                  Columns.TII, DoubleType, "index 0-1", "Telecommunication Infrastructure Index"),
              new ColumnSpec(Columns.EPI, DoubleType, "index 0-1", "E-Participation Index"),
              new ColumnSpec(
                  Columns.UN_RANK,
                  IntegerType,
                  "rank",
                  "EGDI rank as the UN published it (ties share a rank)"),
              new ColumnSpec(
                  Columns.PERCENTILE,
                  DoubleType,
                  "percent",
                  "share of the edition's other assessed countries in the input with a lower EGDI,"
                      + " 0-100, rounded to 2 decimals"),
              new ColumnSpec(
                  Columns.EGDI_GROUP,
                  StringType,
                  "",
                  "UN EGDI group: very_high (> 0.75), high (0.50-0.75), middle (0.25-0.50), low (< 0.25)")),
          List.of(Columns.SURVEY_YEAR, Columns.ISO3));

  public static final DatasetSpec EGDI_DIFFERENCES =
      new DatasetSpec(
          "egdi_differences",
          "country, edition and index where a re-published EGDI value (World Bank Data360) differs"
              + " from the UN file's, both rounded to the 5 decimals the UN publishes",
          withProvenance(
              iso3(Columns.COUNTRY),
              new ColumnSpec(Columns.SURVEY_YEAR, IntegerType, "year", "survey edition"),
              new ColumnSpec(Columns.COMPONENT, StringType, "", "egdi, osi, hci or tii"),
              new ColumnSpec(
                  Columns.UN_VALUE,
                  DoubleType,
                  "index 0-1",
                  "the UN file's value, which egdi keeps"),
              new ColumnSpec(
                  Columns.REPUBLISHED_VALUE,
                  DoubleType,
                  "index 0-1",
                  "the re-publisher's value (source, source_file, line_number say where)"),
              new ColumnSpec(
                  Columns.UN_SOURCE_FILE, StringType, "", "the UN file the compared row is in"),
              new ColumnSpec(
                  Columns.UN_LINE_NUMBER, LongType, "", "line of the UN file's row (1-based)")),
          List.of(Columns.SURVEY_YEAR, Columns.ISO3, Columns.COMPONENT, Columns.SOURCE));

  public static final DatasetSpec MACRO =
      new DatasetSpec(
          "macro",
          "country, year and World Bank indicator",
          withProvenance(
              iso3(Columns.COUNTRY),
              new ColumnSpec(Columns.YEAR, IntegerType, "year", "year of the observation"),
              new ColumnSpec(
                  Columns.INDICATOR_CODE,
                  StringType,
                  "",
                  "WDI indicator code: NY.GDP.MKTP.CD (GDP, current US$), SP.POP.TOTL (population),"
                      + " IT.NET.USER.ZS (internet users, % of population), ..."),
              new ColumnSpec(Columns.VALUE, DoubleType, "indicator's unit", "the observation")),
          List.of(Columns.INDICATOR_CODE, Columns.ISO3, Columns.YEAR));

  public static final DatasetSpec LOANS =
      new DatasetSpec(
          "loans",
          "Chinese development-finance commitment (loan or grant) to one country",
          withProvenance(
              new ColumnSpec(
                  Columns.LOAN_ID,
                  StringType,
                  "",
                  "stable id: source and source record id, or a hash"),
              iso3("recipient country"),
              new ColumnSpec(Columns.COMMITMENT_YEAR, IntegerType, "year", "year of commitment"),
              new ColumnSpec(Columns.LENDER, StringType, "", "Chinese lender, canonical name"),
              new ColumnSpec(
                  Columns.SECTOR,
                  StringType,
                  "",
                  "harmonised sector: ict, energy, transport, mining, industry, water, health,"
                      + " education, government, agriculture, finance, other"),
              new ColumnSpec(
                  Columns.SOURCE_SECTOR, StringType, "", "sector as the source names it"),
              new ColumnSpec(
                  Columns.IS_ICT,
                  BooleanType,
                  "",
                  "digital: digital_category is set (the panel's ICT loans)"),
              new ColumnSpec(
                  Columns.DIGITAL_CATEGORY,
                  StringType,
                  "",
                  "what the finance is for, in the deployment categories, by the digital-finance"
                      + " classifier (docs/methodology.md, section 5); null: not digital"),
              new ColumnSpec(
                  Columns.CLASSIFICATION_REASON,
                  StringType,
                  "",
                  "the classifier rule that decided digital_category, with the words it matched;"
                      + " null where no rule fired"),
              new ColumnSpec(Columns.AMOUNT_USD, MONEY, "USD, nominal", "committed amount"),
              new ColumnSpec(
                  Columns.AMOUNT_USD_CONSTANT,
                  MONEY,
                  "USD, constant",
                  "committed amount in constant dollars of constant_base_year, where the source gives it"),
              new ColumnSpec(
                  Columns.CONSTANT_BASE_YEAR,
                  IntegerType,
                  "year",
                  "base year of amount_usd_constant"),
              new ColumnSpec(
                  Columns.FLOW_CLASS, StringType, "", "ODA-like, OOF-like or vague (AidData)"),
              new ColumnSpec(
                  Columns.STATUS, StringType, "", "project status as the source gives it"),
              new ColumnSpec(
                  Columns.SOURCE_RECORD_ID,
                  StringType,
                  "",
                  "the record's id in its source, if any"),
              new ColumnSpec(
                  Columns.PROJECT, StringType, "", "project title as the source gives it, trimmed"),
              new ColumnSpec(
                  Columns.IMPLEMENTING_AGENCIES,
                  StringType,
                  "",
                  "implementing agencies as published, trimmed (AidData: 'Name, Agency Type',"
                      + " several joined by '; ')"),
              new ColumnSpec(
                  Columns.PROJECT_KEY,
                  StringType,
                  "",
                  "the project across the releases of one dataset (aiddata_1:<project_id> for GCOF"
                      + " 1.0 and its geocoded release), null for other sources; unique among the"
                      + " loans")),
          List.of(Columns.LOAN_ID));

  public static final DatasetSpec DEPLOYMENTS =
      new DatasetSpec(
          "deployments",
          "Chinese vendor deployment in one country",
          withProvenance(
              new ColumnSpec(
                  Columns.DEPLOYMENT_ID,
                  StringType,
                  "",
                  "stable id derived from source and position"),
              new ColumnSpec(Columns.VENDOR, StringType, "", "Chinese vendor, canonical name"),
              iso3("country of the deployment"),
              new ColumnSpec(
                  Columns.YEAR, IntegerType, "year", "year of contract, launch or service"),
              new ColumnSpec(
                  Columns.CATEGORY,
                  StringType,
                  "",
                  "telecom_network, data_centre_cloud, e_government, safe_city_surveillance,"
                      + " smart_city, health, education, undersea_cable or other"),
              new ColumnSpec(Columns.PROJECT, StringType, "", "what was deployed"),
              new ColumnSpec(
                  Columns.VALUE_USD,
                  MONEY,
                  "USD, nominal",
                  "the whole contract's or deal's value, where known; a joint deal of several"
                      + " vendors repeats it on each vendor's row, so sum values per source record"),
              new ColumnSpec(
                  Columns.SOURCE_URL, StringType, "", "where the deployment is documented"),
              new ColumnSpec(
                  Columns.LOAN_ID,
                  StringType,
                  "",
                  "the finance record (loans.loan_id) that names this vendor as implementer, for"
                      + " a deployment read from a finance record; null otherwise"),
              new ColumnSpec(
                  Columns.LENDER, StringType, "", "the Chinese lender of that finance record"),
              new ColumnSpec(
                  Columns.LOAN_AMOUNT_USD,
                  MONEY,
                  "USD, nominal",
                  "that finance record's committed amount, repeated on each vendor it names")),
          List.of(Columns.DEPLOYMENT_ID));

  public static final DatasetSpec REJECTS =
      new DatasetSpec(
          "rejects",
          "input row that was rejected, with the rule it broke",
          List.of(
              new ColumnSpec(
                  Columns.SOURCE, StringType, "", "input source as named in the job config"),
              new ColumnSpec(Columns.SOURCE_FILE, StringType, "", "input file of the row"),
              new ColumnSpec(
                  Columns.LINE_NUMBER,
                  LongType,
                  "",
                  "line where the record starts; null for JSON and xlsx"),
              new ColumnSpec(
                  Columns.RAW_RECORD, StringType, "", "the record as read, re-quoted as CSV"),
              new ColumnSpec(Columns.RULE, StringType, "", "the rule that rejected the row"),
              new ColumnSpec(Columns.MESSAGE, StringType, "", "why, naming the field and value")),
          List.of(Columns.SOURCE, Columns.SOURCE_FILE, Columns.LINE_NUMBER, Columns.RAW_RECORD));

  public static final DatasetSpec RECONCILIATION =
      new DatasetSpec(
          "reconciliation",
          "input file and outcome (and rule): read = accepted + excluded + rejected, always",
          List.of(
              new ColumnSpec(
                  Columns.SOURCE, StringType, "", "input source as named in the job config"),
              new ColumnSpec(Columns.SOURCE_FILE, StringType, "", "input file"),
              new ColumnSpec(
                  Columns.OUTCOME,
                  StringType,
                  "",
                  "read, accepted, excluded, rejected, or warned (accepted rows that broke a warn rule)"),
              new ColumnSpec(
                  Columns.RULE, StringType, "", "the rule, for excluded, rejected and warned rows"),
              new ColumnSpec(Columns.ROW_COUNT, LongType, "rows", "input rows with this outcome")),
          List.of(Columns.SOURCE, Columns.SOURCE_FILE, Columns.OUTCOME, Columns.RULE));

  /** The canonical datasets and the ingestion reports. */
  public static List<DatasetSpec> ingested() {
    return List.of(
        EGDI, MACRO, LOANS, DEPLOYMENTS, REJECTS, RECONCILIATION, HARMONISATION, EGDI_DIFFERENCES);
  }

  /**
   * The datasets with a row per input record (or per input name, or per record and year): they grow
   * with the inputs, so they are written by several tasks. The others hold a row per country or
   * region and year.
   */
  public static boolean growsWithInputs(DatasetSpec spec) {
    return List.of(EGDI, MACRO, LOANS, DEPLOYMENTS, REJECTS, HARMONISATION, MetricDatasets.EVIDENCE)
        .contains(spec);
  }

  /** The sort column of the dataset, if it is an id of {@link SourceHashIds}'s form. */
  public static java.util.Optional<String> sourceHashId(DatasetSpec spec) {
    return spec.equals(DEPLOYMENTS)
        ? java.util.Optional.of(Columns.DEPLOYMENT_ID)
        : java.util.Optional.empty();
  }

  /** Every dataset the data dictionary documents: the outputs and the comparison table. */
  public static List<DatasetSpec> documented() {
    List<DatasetSpec> all = new java.util.ArrayList<>(all());
    all.add(MetricDatasets.COMPARISON);
    return List.copyOf(all);
  }

  /** Every output dataset under out/parquet and out/csv. */
  public static List<DatasetSpec> all() {
    List<DatasetSpec> all = new java.util.ArrayList<>(ingested());
    all.addAll(MetricDatasets.all());
    return List.copyOf(all);
  }
}
