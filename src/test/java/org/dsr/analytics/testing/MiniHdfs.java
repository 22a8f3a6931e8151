package org.dsr.analytics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * One real HDFS per test JVM (Hadoop's MiniDFSCluster: a NameNode and a DataNode on 127.0.0.1),
 * started when a test first asks for it and stopped with the JVM, like the shared SparkSession.
 */
public final class MiniHdfs {
  /**
   * The NameNode's lease soft limit in the tests: a run killed holding an output's lock frees it
   * after this (60 s on a real cluster), so the next run need not wait a minute.
   */
  public static final long LEASE_SOFT_LIMIT_MS = 2_000;

  private static MiniDFSCluster cluster;

  private MiniHdfs() {}

  public static synchronized MiniDFSCluster shared() {
    if (cluster == null) {
      try {
        Path base = Files.createTempDirectory("dsr-minidfs");
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        cluster.setLeasePeriod(LEASE_SOFT_LIMIT_MS, 60_000);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::shutdown));
    }
    return cluster;
  }

  /** The file system's root URI, e.g. hdfs://127.0.0.1:40123 (no trailing slash). */
  public static String uri() {
    return shared().getURI().toString().replaceAll("/$", "");
  }

  public static FileSystem fileSystem() {
    try {
      return shared().getFileSystem();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
