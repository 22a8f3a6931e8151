-- DuckDB reference, step 5: the panel, the index and its sensitivity as Parquet, in the pipeline's
-- row order.
COPY (SELECT * FROM country_year ORDER BY iso3, year)
  TO '{output}/country_year.parquet' (FORMAT PARQUET);
COPY (SELECT d.*, r.rank_best, r.rank_worst
      FROM dependence d LEFT JOIN dependence_rank_range r USING (iso3, year)
      ORDER BY iso3, year)
  TO '{output}/dependence.parquet' (FORMAT PARQUET);
COPY (SELECT * FROM dependence_sensitivity ORDER BY year, variant)
  TO '{output}/dependence_sensitivity.parquet' (FORMAT PARQUET);
