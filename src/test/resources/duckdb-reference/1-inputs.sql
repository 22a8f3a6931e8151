-- DuckDB reference, step 1: the generated input files as tables, one row per accepted record.
-- Written from docs/methodology.md and the README's layouts, independently of the Spark code.
-- The generator writes reference country names and ISO3 codes, so countries match exactly here;
-- harmonisation of other spellings is tested elsewhere. {input} and {countries} are set by the
-- runner (DuckDbReference).

-- An empty cell of the reference is an empty string, as the README describes the columns
-- ("income_group ... empty where the World Bank classifies none"), not a missing value.
CREATE TABLE countries AS
SELECT iso3, name, coalesce(region, '') AS region, coalesce(sub_region, '') AS sub_region,
  coalesce(income_group, '') AS income_group
FROM read_csv('{countries}', header = true, auto_detect = false,
  columns = {'iso3': 'VARCHAR', 'iso2': 'VARCHAR', 'm49': 'INTEGER', 'name': 'VARCHAR',
             'region': 'VARCHAR', 'sub_region': 'VARCHAR', 'income_group': 'VARCHAR',
             'un_member': 'BOOLEAN', 'cow_code': 'INTEGER', 'aliases': 'VARCHAR'});

-- UN E-Government Survey: a country published with an empty rank and all scores zero was not
-- assessed in that edition and is left out. Percentile: share of the edition's other assessed
-- countries with a lower EGDI, 0-100, rounded to 2 decimals (data dictionary).
CREATE TABLE egdi AS
WITH assessed AS (
  SELECT c.iso3, e.survey_year, e.egdi, e.osi, e.hci, e.tii, e.epi, e.un_rank
  FROM read_csv('{input}/egdi/*.csv', header = true, auto_detect = false,
    columns = {'survey_year': 'INTEGER', 'country_name': 'VARCHAR', 'un_rank': 'INTEGER',
               'egdi': 'DOUBLE', 'epi': 'DOUBLE', 'osi': 'DOUBLE', 'hci': 'DOUBLE',
               'tii': 'DOUBLE'}) e
  JOIN countries c ON c.name = trim(e.country_name)
  WHERE NOT (e.un_rank IS NULL
             AND e.egdi = 0 AND e.epi = 0 AND e.osi = 0 AND e.hci = 0 AND e.tii = 0)
)
SELECT *,
  round(100 * percent_rank() OVER (PARTITION BY survey_year ORDER BY egdi), 2) AS percentile,
  CASE WHEN egdi > 0.75 THEN 'very_high'
       WHEN egdi >= 0.50 THEN 'high'
       WHEN egdi >= 0.25 THEN 'middle'
       ELSE 'low' END AS egdi_group
FROM assessed;

CREATE TABLE deployments AS
SELECT c.iso3, trim(d.vendor) AS vendor, d.year, lower(trim(d.category)) AS category
FROM read_csv('{input}/deployments/*.csv', header = true, auto_detect = false,
  columns = {'vendor': 'VARCHAR', 'country': 'VARCHAR', 'year': 'INTEGER', 'category': 'VARCHAR',
             'project': 'VARCHAR', 'value_usd': 'DECIMAL(20,2)', 'source_url': 'VARCHAR'}) d
JOIN countries c ON c.name = trim(d.country);

-- AidData GCDF 3.0: records AidData does not recommend for aggregates are left out; sector 220
-- (communications) is ICT; constant amounts are in 2021 dollars.
CREATE TABLE loans AS
SELECT c.iso3, l.commitment_year, l.sector_code = '220' AS is_ict,
  l.amount_nominal AS amount_usd, l.amount_constant_2021 AS amount_usd_2021
FROM read_csv('{input}/loans/*.csv', header = true, auto_detect = false,
  columns = {'record_id': 'VARCHAR', 'financier_country': 'VARCHAR', 'recipient': 'VARCHAR',
             'recipient_iso3': 'VARCHAR', 'recipient_region': 'VARCHAR',
             'commitment_year': 'INTEGER', 'completion_year': 'INTEGER', 'title': 'VARCHAR',
             'status': 'VARCHAR', 'intent': 'VARCHAR', 'flow_type': 'VARCHAR',
             'flow_class': 'VARCHAR', 'sector_code': 'VARCHAR', 'sector_name': 'VARCHAR',
             'funding_agencies': 'VARCHAR', 'funding_agencies_type': 'VARCHAR',
             'amount_original': 'VARCHAR', 'original_currency': 'VARCHAR',
             'amount_constant_2021': 'DECIMAL(20,2)', 'amount_nominal': 'DECIMAL(20,2)',
             'recommended_for_aggregates': 'VARCHAR', 'source_urls': 'VARCHAR'}) l
JOIN countries c ON c.iso3 = l.recipient_iso3
WHERE lower(trim(l.recommended_for_aggregates)) IS DISTINCT FROM 'no';

-- World Bank indicators: GDP and population in long layout, internet users in the bulk layout
-- (four title lines, one column per year; an empty cell is no observation). Aggregates such as
-- WLD are not reference countries and drop out in the join.
CREATE TABLE macro AS
WITH long_files AS (
  SELECT country_code, year, 'NY.GDP.MKTP.CD' AS indicator_code, value, 'wdi_gdp' AS source
  FROM read_csv('{input}/wdi/gdp.csv', header = true, auto_detect = false,
    columns = {'country_name': 'VARCHAR', 'country_code': 'VARCHAR', 'year': 'INTEGER',
               'value': 'DOUBLE'})
  UNION ALL
  SELECT country_code, year, 'SP.POP.TOTL', value, 'wdi_population'
  FROM read_csv('{input}/wdi/population.csv', header = true, auto_detect = false,
    columns = {'country_name': 'VARCHAR', 'country_code': 'VARCHAR', 'year': 'INTEGER',
               'value': 'DOUBLE'})
),
internet_cells AS (
  UNPIVOT (SELECT * FROM read_csv('{input}/wdi/API_*.csv', skip = 4, header = true,
                                  all_varchar = true))
  ON COLUMNS('^[0-9]{4}$') INTO NAME year VALUE value
),
internet AS (
  SELECT "Country Code" AS country_code, CAST(year AS INTEGER) AS year,
    'IT.NET.USER.ZS' AS indicator_code, CAST(nullif(value, '') AS DOUBLE) AS value,
    'wdi_internet_users' AS source
  FROM internet_cells
)
SELECT c.iso3, m.year, m.indicator_code, m.value, m.source
FROM (SELECT * FROM long_files UNION ALL SELECT * FROM internet) m
JOIN countries c ON c.iso3 = m.country_code
WHERE m.value IS NOT NULL;
