package org.dsr.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises a dataset and cuts its lineage, so that later plans start from stored rows instead
 * of re-analysing the long expression trees of the readers and metrics (Spark 4's analyser walks
 * the whole plan for every expression, so planning time grows with the plan, not the data).
 *
 * <p>In local mode a local checkpoint serves: its blocks live in the one JVM, which cannot be lost
 * without the driver. On a cluster a lost executor takes its local-checkpoint blocks with it and
 * the job fails, so there the rows go to Spark's reliable checkpoint directory, from which any
 * executor can read them again.
 */
public final class PlanCut {
  /** The checkpoint folder's name inside a run's staging folder. */
  public static final String STAGING_FOLDER = "_checkpoints";

  private PlanCut() {}

  /** What {@link #checkpointsFor} set up; closing it removes the run's checkpoints. */
  public interface Checkpoints extends AutoCloseable {
    @Override
    void close();
  }

  /** The dataset, computed once and read from storage from now on. */
  public static Dataset<Row> of(Dataset<Row> data) {
    // On local disk, not in the heap: at scale 10 the default (memory, then disk) unrolled 500 MB
    // partitions into the heap before giving up on them, beside the sorts, and ran out of memory.
    return data.sparkSession().sparkContext().isLocal()
        ? data.localCheckpoint(true, StorageLevel.DISK_ONLY())
        : data.checkpoint(true);
  }

  /**
   * Makes sure a cluster run has a checkpoint directory: the one configured ({@code
   * spark.checkpoint.dir}) or else {@code <staging>/_checkpoints}. Closing it deletes what this run
   * checkpointed (Spark does not, by default).
   */
  public static Checkpoints checkpointsFor(SparkSession spark, String staging) {
    SparkContext sc = spark.sparkContext();
    if (sc.isLocal()) {
      return () -> {};
    }
    // Set on every run: setCheckpointDir makes a fresh folder of its own inside the given one.
    sc.setCheckpointDir(
        sc.conf().get("spark.checkpoint.dir", new Path(staging, STAGING_FOLDER).toString()));
    Path runFolder = new Path(sc.getCheckpointDir().get());
    return () -> {
      try {
        runFolder.getFileSystem(sc.hadoopConfiguration()).delete(runFolder, true);
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete checkpoints in " + runFolder, e);
      }
    };
  }
}
