package org.dsr.analytics.schema;

import static org.dsr.analytics.schema.CodeKind.COW;
import static org.dsr.analytics.schema.CodeKind.ISO3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published file layouts dsr-analytics reads, each named in job configs by {@link #id()}: how
 * the file is delimited, which columns it must have and where it keeps its country.
 */
public enum SourceLayout {
  /** UN DESA E-Government Knowledgebase Data Center CSV, one file per survey edition. */
  UN_EGDI(
      CsvDialect.CSV_UTF8,
      CountryColumns.name("Country Name"),
      "Survey Year",
      "Country Name",
      "E-Government Rank",
      "E-Government Index",
      "E-Participation Index",
      "Online Service Index",
      "Human Capital Index",
      "Telecommunication Infrastructure Index"),
  /**
   * World Bank Data360 re-publication of the UN EGDI, wide ("WIDEF"): one file per index, a row per
   * country (ISO3), one column per survey edition.
   */
  DATA360_EGDI_WIDE(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("REF_AREA_LABEL", "REF_AREA"),
      "REF_AREA",
      "REF_AREA_LABEL",
      "INDICATOR"),
  /** World Bank WDI bulk download, wide: one column per year. */
  WDI_WIDE(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("Country Name", "Country Code"),
      "Country Name",
      "Country Code",
      "Indicator Name",
      "Indicator Code"),
  /** The country metadata file that comes with every WDI bulk download. */
  WDI_COUNTRY_METADATA(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("TableName", "Country Code"),
      "Country Code",
      "Region",
      "IncomeGroup",
      "TableName"),
  /** World Bank indicator in long layout (one row per country and year), as datahub.io serves. */
  WDI_LONG(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("Country Name", "Country Code"),
      "Country Name",
      "Country Code",
      "Year",
      "Value"),
  /** AidData Global Chinese Development Finance 3.0, project table exported as CSV. */
  AIDDATA_GCDF3(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("Recipient", "Recipient ISO-3"),
      "AidData Record ID",
      "Recipient",
      "Recipient ISO-3",
      "Commitment Year",
      "Flow Type",
      "Flow Class",
      "Sector Code",
      "Sector Name",
      "Status",
      "Intent",
      "Amount (Constant USD 2021)",
      "Amount (Nominal USD)",
      "Recommended For Aggregates",
      "Funding Agencies"),
  /**
   * AidData Global Chinese Official Finance Dataset 1.0 (2017) workbook: sheet {@link
   * #GCOF1_SHEET}, one row per project, header on row 1.
   */
  AIDDATA_GCOF1_XLSX(
      null, CountryColumns.iso3("recipient_condensed", "recipient_iso3"), aidData1Columns("title")),
  /**
   * AidData's geocoded research release of GCOF 1.0 (China_GeocodedResearchRelease_Level1 v1.1,
   * 2018): the input's path is the release folder, whose {@link #members()} data/projects.csv and
   * data/projects_ancillary.csv hold one row per project each, joined on project_id.
   */
  AIDDATA_GEOCODED(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("recipient_condensed", "recipient_iso3"),
      aidData1Columns()),
  /** AidData GCDF 3.0 ADM1 location file: project id to first-level admin unit. */
  AIDDATA_ADM1_LOCATIONS(
      CsvDialect.CSV_UTF8, CountryColumns.code("shapeGroup", ISO3), "id", "shapeGroup"),
  /** AidData GCDF 3.0 recipient-year sums keyed by Correlates of War code (odadata package). */
  COW_GCDF(
      CsvDialect.CSV_UTF8,
      CountryColumns.code("ccode", COW),
      "ccode",
      "year",
      "oof_amt",
      "oda_amt"),
  /** Boston University Chinese Loans to Africa database, as downloaded. */
  BU_LOANS_AFRICA(
      CsvDialect.CSV_UTF8,
      CountryColumns.name("Country"),
      "Country",
      "Year",
      "Lender",
      "Sector",
      "Loan (USD M)"),
  /** The widely copied scrape of the same database, amounts as text such as "$90M". */
  BU_LOANS_AFRICA_SCRAPED(
      CsvDialect.CSV_UTF8,
      CountryColumns.name("Country"),
      "Project",
      "Year",
      "Lender",
      "$ Allocation",
      "Country",
      "Invested On"),
  /** dsr-analytics' own loans CSV, for any other source (documented in the README). */
  DSR_LOANS(
      CsvDialect.CSV_UTF8,
      CountryColumns.name("country"),
      "loan_id",
      "country",
      "commitment_year",
      "lender",
      "sector",
      "amount_usd"),
  /** dsr-analytics' own vendor deployments CSV (documented in the README). */
  DSR_DEPLOYMENTS(
      CsvDialect.CSV_UTF8,
      CountryColumns.name("country"),
      "vendor",
      "country",
      "year",
      "category",
      "project",
      "value_usd",
      "source_url"),
  /** UNU-EGOV country list from the UN E-Government Survey pages; semicolon-delimited. */
  UNU_EGOV_COUNTRIES(
      CsvDialect.SEMICOLON_UTF8,
      CountryColumns.iso3("COMMON NAME", "COUNTRY CODE"),
      "COUNTRY CODE",
      "COMMON NAME",
      "REGION",
      "SUB-REGION",
      "INCOME"),
  /**
   * AEI / Heritage China Global Investment Tracker workbook: sheets "Dataset 1" (investments,
   * "Investor") and "Dataset 2" (construction contracts, "Contractor"), header below title rows.
   */
  CGIT_XLSX(
      null,
      CountryColumns.name("Country"),
      "Year",
      "Chinese Entity",
      "Quantity in Millions",
      "Sector",
      "Country"),
  /** TeleGeography submarine cable map, API v2: one JSON file per cable. */
  CABLE_MAP_JSON(
      null, CountryColumns.name("landing_country"), "id", "name", "owners", "landing_points"),
  /** datahub.io country-codes table (ISO, M49 and other codes). */
  DATAHUB_COUNTRY_CODES(
      CsvDialect.CSV_UTF8,
      CountryColumns.iso3("official_name_en", "ISO3166-1-Alpha-3"),
      "ISO3166-1-Alpha-3",
      "official_name_en");

  /** The one sheet of the {@link #AIDDATA_GCOF1_XLSX} workbook. */
  public static final String GCOF1_SHEET = "ChineseOfficialFinance1.0";

  /** The input key of a {@link #WDI_LONG} file's indicator code. */
  public static final String INDICATOR = "indicator";

  private final CsvDialect dialect;
  private final CountryColumns countryColumns;
  private final List<String> requiredColumns;

  SourceLayout(CsvDialect dialect, CountryColumns countryColumns, String... requiredColumns) {
    this.dialect = dialect;
    this.countryColumns = countryColumns;
    this.requiredColumns = List.of(requiredColumns);
  }

  /** Whether the layout's rows are loans (their sources overlap and are never added up). */
  public boolean isLoans() {
    return java.util.EnumSet.of(
            AIDDATA_GCDF3,
            AIDDATA_GCOF1_XLSX,
            AIDDATA_GEOCODED,
            BU_LOANS_AFRICA,
            BU_LOANS_AFRICA_SCRAPED,
            DSR_LOANS)
        .contains(this);
  }

  /**
   * The dataset this layout is one release of, where several layouts publish the same projects
   * under the same ids and ingestion counts each project once across them; null otherwise.
   */
  public String releaseFamily() {
    return this == AIDDATA_GCOF1_XLSX || this == AIDDATA_GEOCODED ? "aiddata_1" : null;
  }

  /** The layout's name in job configs and the manifest: the constant's name in lower case. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws Ids.UnknownIdException naming the layouts there are
   */
  @JsonCreator
  public static SourceLayout fromId(String id) {
    return Ids.byId(values(), SourceLayout::id, "layout", id);
  }

  /**
   * The input keys this layout needs besides source, layout and path, each with what it tells the
   * reader. An input may set a layout-specific key only if its layout needs it.
   */
  public Map<String, String> neededInputKeys() {
    return this == WDI_LONG
        ? Map.of(
            INDICATOR, "the WDI indicator code (e.g. NY.GDP.MKTP.CD), which the file does not name")
        : Map.of();
  }

  /**
   * A file inside a release folder that a layout reads, with the columns its header must have.
   *
   * @param path the file's path below the folder the input names
   */
  public record Member(String path, List<String> requiredColumns) {
    public Member {
      requiredColumns = List.copyOf(requiredColumns);
    }
  }

  /**
   * The files of a layout whose input path is a release folder, in reading order; empty for the
   * layouts whose path names the files themselves (a file, a directory or a glob).
   */
  public List<Member> members() {
    return this == AIDDATA_GEOCODED
        ? List.of(
            new Member("data/projects_ancillary.csv", requiredColumns),
            new Member("data/projects.csv", List.of("project_id", "project_title")))
        : List.of();
  }

  /**
   * The columns GCOF 1.0 and its geocoded release share (same names, same meaning), and {@code
   * more}.
   */
  private static String[] aidData1Columns(String... more) {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "project_id",
                "recommended_for_research",
                "umbrella",
                "year",
                "funding_agency",
                "implementing_agency",
                "recipient_condensed",
                "recipient_iso3",
                "description",
                "status",
                "flow_class",
                "usd_current",
                "usd_defl_2014",
                "crs_sector_code",
                "crs_sector_name"));
    columns.addAll(List.of(more));
    return columns.toArray(String[]::new);
  }

  /** How the layout's text is delimited; null for layouts that are not delimited text. */
  public CsvDialect dialect() {
    return dialect;
  }

  public CountryColumns countryColumns() {
    return countryColumns;
  }

  public List<String> requiredColumns() {
    return requiredColumns;
  }

  /** The country columns, which the harmonisation stage reads. */
  public List<String> countryColumnNames() {
    List<String> names = new ArrayList<>();
    if (countryColumns.nameColumn() != null) {
      names.add(countryColumns.nameColumn());
    }
    if (countryColumns.codeColumn() != null) {
      names.add(countryColumns.codeColumn());
    }
    return names;
  }
}
