-- DuckDB reference, step 2: the country_year panel (docs/methodology.md, section 1).
-- Sources as named in the generated job.json: egdi, wdi_gdp, wdi_population, wdi_internet_users,
-- aiddata_gcdf3 (the only loan source, so the one each country takes), deployments.

-- Years: earliest to latest year of egdi, loans and deployments (World Bank years do not count).
CREATE TABLE panel_years AS
WITH span AS (
  SELECT min(y) AS first_year, max(y) AS last_year FROM (
    SELECT survey_year AS y FROM egdi
    UNION ALL SELECT commitment_year FROM loans
    UNION ALL SELECT year FROM deployments)
)
SELECT CAST(range AS INTEGER) AS year FROM span, range(span.first_year, span.last_year + 1);

-- Rows: every reference country that appears in any dataset, every panel year.
CREATE TABLE panel_grid AS
SELECT c.iso3, y.year, c.region, c.sub_region, c.income_group
FROM countries c
CROSS JOIN panel_years y
WHERE c.iso3 IN (SELECT iso3 FROM egdi UNION SELECT iso3 FROM macro
                 UNION SELECT iso3 FROM loans UNION SELECT iso3 FROM deployments);

-- Records of each year; cumulative values below add up every year up to the row's year,
-- including years before the panel's first.
CREATE TABLE deployments_by_year AS
SELECT iso3, year,
    count(*) AS n,
    count(*) FILTER (WHERE category = 'telecom_network') AS n_telecom_network,
    count(*) FILTER (WHERE category = 'data_centre_cloud') AS n_data_centre_cloud,
    count(*) FILTER (WHERE category = 'e_government') AS n_e_government,
    count(*) FILTER (WHERE category = 'safe_city_surveillance') AS n_safe_city_surveillance,
    count(*) FILTER (WHERE category = 'smart_city') AS n_smart_city,
    count(*) FILTER (WHERE category = 'health') AS n_health,
    count(*) FILTER (WHERE category = 'education') AS n_education,
    count(*) FILTER (WHERE category = 'undersea_cable') AS n_undersea_cable,
    count(*) FILTER (WHERE category = 'other') AS n_other
FROM deployments GROUP BY iso3, year;

CREATE TABLE loans_by_year AS
SELECT iso3, commitment_year AS year,
  count(*) AS records,
  coalesce(sum(amount_usd), 0) AS loans_usd,
  coalesce(sum(amount_usd) FILTER (WHERE is_ict), 0) AS ict_loans_usd,
  coalesce(sum(amount_usd_2021), 0) AS loans_usd_2021,
  coalesce(sum(amount_usd_2021) FILTER (WHERE is_ict), 0) AS ict_loans_usd_2021
FROM loans GROUP BY iso3, commitment_year;

CREATE TABLE deployments_cumulative AS
SELECT g.iso3, g.year,
    CAST(sum(d.n) AS BIGINT) AS cum,
    CAST(sum(d.n_telecom_network) AS BIGINT) AS cum_telecom_network,
    CAST(sum(d.n_data_centre_cloud) AS BIGINT) AS cum_data_centre_cloud,
    CAST(sum(d.n_e_government) AS BIGINT) AS cum_e_government,
    CAST(sum(d.n_safe_city_surveillance) AS BIGINT) AS cum_safe_city_surveillance,
    CAST(sum(d.n_smart_city) AS BIGINT) AS cum_smart_city,
    CAST(sum(d.n_health) AS BIGINT) AS cum_health,
    CAST(sum(d.n_education) AS BIGINT) AS cum_education,
    CAST(sum(d.n_undersea_cable) AS BIGINT) AS cum_undersea_cable,
    CAST(sum(d.n_other) AS BIGINT) AS cum_other
FROM panel_grid g JOIN deployments_by_year d ON d.iso3 = g.iso3 AND d.year <= g.year
GROUP BY g.iso3, g.year;

CREATE TABLE vendors_present AS
WITH first_seen AS (
  SELECT iso3, vendor, min(year) AS first_year FROM deployments GROUP BY iso3, vendor
)
SELECT g.iso3, g.year, count(*) AS vendors
FROM panel_grid g JOIN first_seen f ON f.iso3 = g.iso3 AND f.first_year <= g.year
GROUP BY g.iso3, g.year;

CREATE TABLE loans_cumulative AS
SELECT g.iso3, g.year,
  CAST(sum(l.records) AS BIGINT) AS records,
  sum(l.loans_usd) AS loans_usd,
  sum(l.ict_loans_usd) AS ict_loans_usd,
  sum(l.loans_usd_2021) AS loans_usd_2021,
  sum(l.ict_loans_usd_2021) AS ict_loans_usd_2021
FROM panel_grid g JOIN loans_by_year l ON l.iso3 = g.iso3 AND l.year <= g.year
GROUP BY g.iso3, g.year;

CREATE TABLE macro_of_year AS
SELECT iso3, year,
  max(value) FILTER (WHERE indicator_code = 'NY.GDP.MKTP.CD') AS gdp_usd,
  max(value) FILTER (WHERE indicator_code = 'SP.POP.TOTL') AS population,
  max(value) FILTER (WHERE indicator_code = 'IT.NET.USER.ZS') AS internet_users_pct
FROM macro GROUP BY iso3, year;

-- The source names behind each row: EGDI of the year, World Bank values of the year, loans and
-- deployments up to the year.
CREATE TABLE row_sources AS
SELECT iso3, year, string_agg(DISTINCT source, '; ' ORDER BY source) AS sources
FROM (
  SELECT iso3, survey_year AS year, 'egdi' AS source FROM egdi
  UNION ALL
  SELECT iso3, year, source FROM macro
  WHERE indicator_code IN ('NY.GDP.MKTP.CD', 'SP.POP.TOTL', 'IT.NET.USER.ZS')
  UNION ALL
  SELECT iso3, year, 'aiddata_gcdf3' FROM loans_cumulative
  UNION ALL
  SELECT iso3, year, 'deployments' FROM deployments_cumulative
)
GROUP BY iso3, year;

CREATE TABLE country_year AS
SELECT
  g.iso3, g.year, g.region, g.sub_region, g.income_group,
  e.egdi IS NOT NULL AS egdi_observed,
  e.egdi, e.osi, e.hci, e.tii, e.epi, e.un_rank, e.percentile, e.egdi_group,
  coalesce(dy.n, 0) AS deployments_new,
  coalesce(dc.cum, 0) AS deployments_cumulative,
  coalesce(dy.n_telecom_network, 0) AS deployments_new_telecom_network,
  coalesce(dc.cum_telecom_network, 0) AS deployments_cumulative_telecom_network,
  coalesce(dy.n_data_centre_cloud, 0) AS deployments_new_data_centre_cloud,
  coalesce(dc.cum_data_centre_cloud, 0) AS deployments_cumulative_data_centre_cloud,
  coalesce(dy.n_e_government, 0) AS deployments_new_e_government,
  coalesce(dc.cum_e_government, 0) AS deployments_cumulative_e_government,
  coalesce(dy.n_safe_city_surveillance, 0) AS deployments_new_safe_city_surveillance,
  coalesce(dc.cum_safe_city_surveillance, 0) AS deployments_cumulative_safe_city_surveillance,
  coalesce(dy.n_smart_city, 0) AS deployments_new_smart_city,
  coalesce(dc.cum_smart_city, 0) AS deployments_cumulative_smart_city,
  coalesce(dy.n_health, 0) AS deployments_new_health,
  coalesce(dc.cum_health, 0) AS deployments_cumulative_health,
  coalesce(dy.n_education, 0) AS deployments_new_education,
  coalesce(dc.cum_education, 0) AS deployments_cumulative_education,
  coalesce(dy.n_undersea_cable, 0) AS deployments_new_undersea_cable,
  coalesce(dc.cum_undersea_cable, 0) AS deployments_cumulative_undersea_cable,
  coalesce(dy.n_other, 0) AS deployments_new_other,
  coalesce(dc.cum_other, 0) AS deployments_cumulative_other,
  coalesce(v.vendors, 0) AS vendors_present,
  -- The one source covers AidData's declared regions and any country it has a record for, in
  -- its declared years (reference/source-coverage.csv).
  CASE WHEN (g.region IN ('Africa', 'Asia', 'Oceania')
             OR g.sub_region IN ('Latin America and the Caribbean', 'Eastern Europe')
             OR g.iso3 IN ('ALB', 'BIH', 'HRV', 'MKD', 'MNE', 'SRB', 'SVN', 'XKX', 'EST', 'LVA',
                           'LTU')
             OR g.iso3 IN (SELECT iso3 FROM loans))
        AND g.year BETWEEN 2000 AND 2021
       THEN 'aiddata_gcdf3' END AS loan_source,
  coalesce(ly.loans_usd, 0) AS loans_usd,
  coalesce(lc.loans_usd, 0) AS loans_usd_cumulative,
  coalesce(ly.ict_loans_usd, 0) AS ict_loans_usd,
  coalesce(lc.ict_loans_usd, 0) AS ict_loans_usd_cumulative,
  coalesce(ly.loans_usd_2021, 0) AS loans_usd_2021,
  coalesce(lc.loans_usd_2021, 0) AS loans_usd_2021_cumulative,
  coalesce(ly.ict_loans_usd_2021, 0) AS ict_loans_usd_2021,
  coalesce(lc.ict_loans_usd_2021, 0) AS ict_loans_usd_2021_cumulative,
  m.gdp_usd, m.population, m.internet_users_pct,
  CAST(CASE WHEN e.egdi IS NOT NULL THEN 1 ELSE 0 END AS BIGINT) AS egdi_records,
  coalesce(lc.records, 0) AS loan_records_cumulative,
  coalesce(dc.cum, 0) AS deployment_records_cumulative,
  -- A ratio whose denominator is missing or zero is null, never zero.
  CASE WHEN m.gdp_usd > 0
       THEN 100 * CAST(coalesce(lc.ict_loans_usd, 0) AS DOUBLE) / m.gdp_usd
  END AS ict_loans_cumulative_pct_gdp,
  CASE WHEN m.population > 0
       THEN coalesce(dc.cum, 0) / (m.population / 1e6)
  END AS deployments_per_million,
  s.sources,
  -- The deployments layout covers every country, in the years of its records.
  CASE WHEN g.year BETWEEN (SELECT min(year) FROM deployments)
                       AND (SELECT max(year) FROM deployments)
       THEN 'deployments' END AS deployment_coverage
FROM panel_grid g
LEFT JOIN egdi e ON e.iso3 = g.iso3 AND e.survey_year = g.year
LEFT JOIN deployments_by_year dy ON dy.iso3 = g.iso3 AND dy.year = g.year
LEFT JOIN deployments_cumulative dc ON dc.iso3 = g.iso3 AND dc.year = g.year
LEFT JOIN vendors_present v ON v.iso3 = g.iso3 AND v.year = g.year
LEFT JOIN loans_by_year ly ON ly.iso3 = g.iso3 AND ly.year = g.year
LEFT JOIN loans_cumulative lc ON lc.iso3 = g.iso3 AND lc.year = g.year
LEFT JOIN macro_of_year m ON m.iso3 = g.iso3 AND m.year = g.year
LEFT JOIN row_sources s ON s.iso3 = g.iso3 AND s.year = g.year;
