package org.dsr.analytics.io;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.dsr.analytics.io.DelimitedFileReader.FileHeader;
import org.dsr.analytics.io.RecordBoundaries.Chunk;
import org.dsr.analytics.io.RecordBoundaries.SplitStart;
import org.dsr.analytics.schema.CsvDialect;

/**
 * Divides delimited files into byte ranges that each begin at a record start, one task each, so
 * that a large file is parsed on every core. Split sizes follow Spark's own rule for files ({@code
 * spark.sql.files.maxPartitionBytes}, {@code openCostInBytes}, the default parallelism). Compressed
 * files and character sets in which a delimiter, quote or line break is not a single byte of its
 * own are read whole, by one task.
 */
final class FileSplits {
  private FileSplits() {}

  /**
   * A byte range of a file.
   *
   * @param start the first byte (0 for the split holding the header)
   * @param end the byte after the last, or -1 for the end of the file
   * @param linesBefore line breaks before {@code start}
   */
  record Split(FileHeader header, long start, long end, long linesBefore) implements Serializable {}

  private record ChunkToScan(String file, long start, long length) implements Serializable {}

  static List<Split> plan(SparkSession spark, List<FileHeader> headers, CsvDialect dialect) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SQLConf sql = spark.sessionState().conf();
    Map<String, Long> lengths = new LinkedHashMap<>();
    long totalBytes = 0;
    for (FileHeader h : headers) {
      long length = length(h.file(), conf);
      lengths.put(h.file(), length);
      totalBytes += length + sql.filesOpenCostInBytes();
    }
    long splitBytes =
        Math.min(
            sql.filesMaxPartitionBytes(),
            Math.max(
                sql.filesOpenCostInBytes(),
                totalBytes / Math.max(1, spark.sparkContext().defaultParallelism())));
    List<ChunkToScan> chunks = new ArrayList<>();
    for (FileHeader h : headers) {
      long length = lengths.get(h.file());
      if (length > splitBytes && splittable(h.file(), dialect, conf)) {
        for (long start = 0; start < length; start += splitBytes) {
          chunks.add(new ChunkToScan(h.file(), start, Math.min(splitBytes, length - start)));
        }
      }
    }
    Map<String, List<Chunk>> scanned = scan(spark, chunks, dialect.delimiter());
    List<Split> splits = new ArrayList<>();
    for (FileHeader h : headers) {
      List<SplitStart> starts =
          scanned.containsKey(h.file())
              ? RecordBoundaries.splitStarts(scanned.get(h.file()), h.headerLines())
              : List.of(new SplitStart(0, 0));
      for (int k = 0; k < starts.size(); k++) {
        long end = k + 1 < starts.size() ? starts.get(k + 1).start() : -1;
        splits.add(new Split(h, starts.get(k).start(), end, starts.get(k).linesBefore()));
      }
    }
    return splits;
  }

  /** Every chunk scanned by its own task; the results by file, in file order. */
  private static Map<String, List<Chunk>> scan(
      SparkSession spark, List<ChunkToScan> chunks, char delimiter) {
    Map<String, List<Chunk>> byFile = new LinkedHashMap<>();
    if (chunks.isEmpty()) {
      return byFile;
    }
    List<String> files = chunks.stream().map(ChunkToScan::file).toList();
    Broadcast<HadoopConf> conf = HadoopConf.broadcast(spark);
    List<Chunk> results =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(chunks, chunks.size())
            .map(c -> scanChunk(c, delimiter, conf.value().get()))
            .collect();
    for (int i = 0; i < results.size(); i++) {
      byFile.computeIfAbsent(files.get(i), f -> new ArrayList<>()).add(results.get(i));
    }
    return byFile;
  }

  private static Chunk scanChunk(ChunkToScan chunk, char delimiter, Configuration conf) {
    String file = chunk.file();
    long start = chunk.start();
    Path path = new Path(file);
    try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
      int previous = -1;
      if (start > 0) {
        in.seek(start - 1);
        previous = in.read();
      }
      return new RecordBoundaries(delimiter).scan(in, start, chunk.length(), previous);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Uncompressed, in a character set where the delimiter, quote, CR and LF are single bytes that
   * never occur inside another character: UTF-8 and the ISO-8859 and Windows single-byte sets.
   */
  private static boolean splittable(String file, CsvDialect dialect, Configuration conf) {
    if (new CompressionCodecFactory(conf).getCodec(new Path(file)) != null) {
      return false;
    }
    Charset charset = dialect.charset();
    String name = charset.name();
    return charset.equals(StandardCharsets.UTF_8)
        || charset.equals(StandardCharsets.US_ASCII)
        || name.startsWith("ISO-8859-")
        || name.startsWith("windows-125");
  }

  private static long length(String file, Configuration conf) {
    Path path = new Path(file);
    try {
      return path.getFileSystem(conf).getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
