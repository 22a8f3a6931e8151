-- DuckDB reference, step 4: the index's sensitivity (docs/methodology.md, section 2): nine
-- variants of each year's ranking, each weight x0.5 and x1.5 and min-max normalisation in place of
-- percentile; the Spearman correlation of each with the default ranking, and each country's best
-- and worst rank over the default and the variants.

CREATE TABLE sensitivity_variants AS
SELECT 'weight_' || w.component || '_x' || f.label AS variant, w.component AS scaled,
  f.factor, 'percentile' AS normalisation
FROM dependence_weights w CROSS JOIN (VALUES ('0.5', 0.5::DOUBLE), ('1.5', 1.5::DOUBLE)) f(label, factor)
UNION ALL
SELECT 'normalisation_min_max', NULL, 1.0, 'min_max';

-- Both normalisations of every available component. Min-max: (x - min) / (max - min) within the
-- year, 0 where max = min.
CREATE TABLE sensitivity_scores AS
WITH bounds AS (
  SELECT *, min(value) OVER (PARTITION BY year, component) AS lo,
    max(value) OVER (PARTITION BY year, component) AS hi
  FROM dependence_available
)
SELECT iso3, year, component, 'percentile' AS normalisation, score FROM dependence_scores
UNION ALL
SELECT iso3, year, component, 'min_max',
  CASE WHEN hi > lo THEN (value - lo) / (hi - lo) ELSE 0 END
FROM bounds;

-- Each variant's index and rank; avg_rank gives tied countries the mean of their places, as
-- Spearman's correlation needs.
CREATE TABLE sensitivity_indexes AS
WITH variant_weights AS (
  SELECT v.variant, v.normalisation, w.component,
    w.weight * CASE WHEN w.component = v.scaled THEN v.factor ELSE 1 END AS weight
  FROM sensitivity_variants v CROSS JOIN dependence_weights w
  UNION ALL
  SELECT 'default', 'percentile', component, weight FROM dependence_weights
),
indexes AS (
  SELECT vw.variant, s.iso3, s.year,
    CASE WHEN sum(vw.weight) > 0
         THEN round(100 * sum(vw.weight * s.score) / sum(vw.weight), 9) END AS dependence_index
  FROM sensitivity_scores s
  JOIN variant_weights vw ON vw.component = s.component AND vw.normalisation = s.normalisation
  GROUP BY vw.variant, s.iso3, s.year
)
SELECT * FROM indexes;

CREATE TABLE sensitivity_ranks AS
SELECT variant, iso3, year,
  rank() OVER (PARTITION BY variant, year ORDER BY dependence_index DESC)
    + (count(*) OVER (PARTITION BY variant, year, dependence_index) - 1) / 2.0 AS avg_rank
FROM sensitivity_indexes
WHERE dependence_index IS NOT NULL;

-- An index of 0 is not ranked (methodology, section 2).
CREATE TABLE dependence_rank_range AS
SELECT iso3, year, min(place) AS rank_best, max(place) AS rank_worst
FROM (SELECT iso3, year,
        CASE WHEN dependence_index > 0
             THEN rank() OVER (PARTITION BY variant, year, dependence_index > 0
                               ORDER BY dependence_index DESC) END AS place
      FROM sensitivity_indexes)
GROUP BY iso3, year;

-- Spearman: Pearson correlation of average ranks; null where either ranking is constant.
CREATE TABLE dependence_sensitivity AS
SELECT v.year, v.variant,
  CASE WHEN var_pop(d.avg_rank) > 0 AND var_pop(v.avg_rank) > 0
       THEN corr(d.avg_rank, v.avg_rank) END AS spearman,
  count(*) AS countries
FROM sensitivity_ranks v
JOIN sensitivity_ranks d ON d.variant = 'default' AND d.iso3 = v.iso3 AND d.year = v.year
WHERE v.variant <> 'default'
GROUP BY v.year, v.variant;
