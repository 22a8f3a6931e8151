package org.dsr.analytics.io;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The driver's Hadoop configuration where code runs away from it. A task that built {@code new
 * Configuration()} would see Hadoop's defaults only: not the {@code spark.hadoop.*} settings given
 * to spark-submit ({@code fs.s3a.endpoint}, credentials, {@code fs.defaultFS}), so a path on HDFS
 * or an object store would fail or reach the wrong place. Spark's own file formats broadcast the
 * driver's configuration for this reason; so do the readers. Spark's class for it, {@code
 * org.apache.spark.util.SerializableConfiguration}, is {@code private[spark]}, not an API, so this
 * is its equivalent (Iceberg and Delta keep their own for the same reason).
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SPARK_PREFIX = "spark.hadoop.";

  private transient Configuration conf;

  private HadoopConf(Configuration conf) {
    this.conf = conf;
  }

  /** The session's Hadoop configuration, sent once to every executor. */
  public static Broadcast<HadoopConf> broadcast(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
  }

  /**
   * Before a session exists (checking a config, a dry run): Hadoop's defaults and the run's {@code
   * spark.hadoop.*} settings, as Spark will build them.
   */
  public static Configuration beforeSpark() {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix(SPARK_PREFIX)) {
      conf.set(setting._1(), setting._2());
    }
    return conf;
  }

  public Configuration get() {
    return conf;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
