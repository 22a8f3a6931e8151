package org.dsr.analytics.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.dsr.analytics.reference.CountryHarmoniser;

/** What every reader needs: the session and the country harmoniser. */
public record ReadContext(SparkSession spark, CountryHarmoniser harmoniser) {
  public Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
