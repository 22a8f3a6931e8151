-- DuckDB reference, step 4: the panel and the index as Parquet, in the pipeline's row order.
COPY (SELECT * FROM country_year ORDER BY iso3, year)
  TO '{output}/country_year.parquet' (FORMAT PARQUET);
COPY (SELECT * FROM dependence ORDER BY iso3, year)
  TO '{output}/dependence.parquet' (FORMAT PARQUET);
