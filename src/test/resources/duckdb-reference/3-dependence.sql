-- DuckDB reference, step 3: the Digital Dependence Index (docs/methodology.md, section 2), with
-- the default settings: percentile normalisation, every weight 1.

-- A component is null where no source that measures it covers the row, and for China and its
-- SARs, which are not scored.
CREATE TABLE dependence_components AS
SELECT iso3, year,
  CASE WHEN scored AND loan_source IS NOT NULL THEN ict_loans_cumulative_pct_gdp END
    AS finance_exposure,
  CASE WHEN scored AND deployment_coverage IS NOT NULL THEN CAST(vendors_present AS DOUBLE) END
    AS vendor_footprint,
  -- Share of the 4 critical categories with at least one deployment up to the year.
  CASE WHEN scored AND deployment_coverage IS NOT NULL THEN
  ((deployments_cumulative_telecom_network > 0)::INTEGER
   + (deployments_cumulative_data_centre_cloud > 0)::INTEGER
   + (deployments_cumulative_e_government > 0)::INTEGER
   + (deployments_cumulative_safe_city_surveillance > 0)::INTEGER) / 4.0 END
    AS infrastructure_breadth,
  CASE WHEN scored AND deployment_coverage IS NOT NULL THEN deployments_per_million END
    AS deployment_intensity
FROM (SELECT *, iso3 NOT IN ('CHN', 'HKG', 'MAC') AS scored FROM country_year);

CREATE TABLE dependence_weights (component VARCHAR, position INTEGER, weight DOUBLE);
INSERT INTO dependence_weights VALUES
  ('finance_exposure', 1, 1.0), ('vendor_footprint', 2, 1.0),
  ('infrastructure_breadth', 3, 1.0), ('deployment_intensity', 4, 1.0);

-- One row per available component (UNPIVOT leaves out nulls: a missing component is not zero).
CREATE TABLE dependence_available AS
UNPIVOT dependence_components
ON finance_exposure, vendor_footprint, infrastructure_breadth, deployment_intensity
INTO NAME component VALUE value;

-- Score: percent_rank among the year's countries with the component available.
CREATE TABLE dependence_scores AS
SELECT a.iso3, a.year, a.component, w.position, w.weight,
  percent_rank() OVER (PARTITION BY a.year, a.component ORDER BY a.value) AS score
FROM dependence_available a JOIN dependence_weights w USING (component);

-- Index: 100 x the weighted mean of the available scores, rounded to 9 decimals (so that equal
-- indexes summed in another order stay equal); null with none.
CREATE TABLE dependence_index AS
SELECT iso3, year,
  CASE WHEN sum(weight) > 0 THEN round(100 * sum(weight * score) / sum(weight), 9)
  END AS dependence_index,
  string_agg(component, ',' ORDER BY position) AS components_available,
  max(score) FILTER (WHERE component = 'finance_exposure') AS finance_exposure_score,
  max(score) FILTER (WHERE component = 'vendor_footprint') AS vendor_footprint_score,
  max(score) FILTER (WHERE component = 'infrastructure_breadth') AS infrastructure_breadth_score,
  max(score) FILTER (WHERE component = 'deployment_intensity') AS deployment_intensity_score
FROM dependence_scores
GROUP BY iso3, year;

-- Rank 1 = the highest index of the year; ties share the best rank; an index of 0 is not ranked.
CREATE TABLE dependence AS
SELECT c.*,
  i.finance_exposure_score, i.vendor_footprint_score, i.infrastructure_breadth_score,
  i.deployment_intensity_score,
  (SELECT weight FROM dependence_weights WHERE component = 'finance_exposure')
    AS weight_finance_exposure,
  (SELECT weight FROM dependence_weights WHERE component = 'vendor_footprint')
    AS weight_vendor_footprint,
  (SELECT weight FROM dependence_weights WHERE component = 'infrastructure_breadth')
    AS weight_infrastructure_breadth,
  (SELECT weight FROM dependence_weights WHERE component = 'deployment_intensity')
    AS weight_deployment_intensity,
  i.components_available, i.dependence_index,
  CASE WHEN i.dependence_index > 0
       THEN rank() OVER (PARTITION BY c.year, i.dependence_index > 0
                         ORDER BY i.dependence_index DESC) END AS dependence_rank
FROM dependence_components c
LEFT JOIN dependence_index i USING (iso3, year);
