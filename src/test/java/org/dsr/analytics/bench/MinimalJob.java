package org.dsr.analytics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The least a Spark batch job of this shape does, whatever its data: start a session, read a 40-row
 * CSV, join it to a small table, aggregate, write the result as Parquet and as CSV. Its time is the
 * fixed cost of any Spark job on the machine, so the real-data job's time is compared with it (a
 * ratio that holds from one machine to the next) instead of with a number of seconds.
 *
 * <p>Usage (test classpath): {@code MinimalJob OUTPUT_DIR}. It writes its input ({@code deals.csv},
 * 40 rows) into the folder first. Spark runs in {@code local[N]}, N as for {@link DuckDbReference}
 * ({@code -Ddsr.reference.threads}, 2).
 */
public final class MinimalJob {
  static final int ROWS = 40;
  private static final List<String> COUNTRIES = List.of("AGO", "ETH", "KEN", "SEN", "ZMB");

  private MinimalJob() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: MinimalJob OUTPUT_DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    long rows = run(CsvFloor.session(), Path.of(args[0]));
    System.out.printf(
        "minimal-job: %d countries written in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Writes the input, reads it, joins, aggregates and writes {@code totals.parquet} and {@code
   * totals.csv} in {@code output}.
   *
   * @return the rows written (one per country)
   */
  static long run(SparkSession spark, Path output) throws IOException {
    Files.createDirectories(output);
    Path input = output.resolve("deals.csv");
    Files.writeString(input, deals());
    StructType schema =
        new StructType()
            .add("deal_id", DataTypes.LongType)
            .add("iso3", DataTypes.StringType)
            .add("value_usd", DataTypes.DoubleType);
    Dataset<Row> deals = spark.read().schema(schema).option("header", "true").csv(input.toString());
    List<Row> regions = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.size(); i++) {
      regions.add(RowFactory.create(COUNTRIES.get(i), i % 2 == 0 ? "east" : "west"));
    }
    Dataset<Row> countries =
        spark.createDataFrame(
            regions,
            new StructType().add("iso3", DataTypes.StringType).add("region", DataTypes.StringType));
    Dataset<Row> totals =
        deals
            .join(countries, "iso3")
            .groupBy(col("iso3"), col("region"))
            .agg(count("deal_id").as("deals"), sum("value_usd").as("value_usd"))
            .orderBy("iso3")
            .coalesce(1);
    totals.write().mode("overwrite").parquet(output.resolve("totals.parquet").toString());
    totals
        .write()
        .mode("overwrite")
        .option("header", "true")
        .csv(output.resolve("totals.csv").toString());
    return spark.read().parquet(output.resolve("totals.parquet").toString()).count();
  }

  /** 40 deals spread over the five countries, with values 1,000 × the deal's id. */
  static String deals() {
    StringBuilder csv = new StringBuilder("deal_id,iso3,value_usd\n");
    for (int id = 1; id <= ROWS; id++) {
      csv.append(id)
          .append(',')
          .append(COUNTRIES.get(id % COUNTRIES.size()))
          .append(',')
          .append(id * 1000)
          .append('\n');
    }
    return csv.toString();
  }
}
