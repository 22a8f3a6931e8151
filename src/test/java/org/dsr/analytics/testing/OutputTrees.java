package org.dsr.analytics.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The files of a published output folder on any Hadoop file system, for comparing two runs. */
public final class OutputTrees {
  private OutputTrees() {}

  /**
   * Every CSV, Markdown and HTML file under the folder, by relative path, with its text. Not the
   * manifest (its run id and times differ) nor Parquet (files are named anew by each run, and their
   * footers list encodings in an order that varies between JVMs).
   */
  public static Map<String, String> texts(FileSystem fs, Path root) {
    Map<String, String> texts = new TreeMap<>();
    for (String name : allFiles(fs, root).keySet()) {
      if (name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".html")) {
        try (InputStream in = fs.open(new Path(root, name))) {
          texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return texts;
  }

  /** Every file under the folder, by relative path, with its SHA-256. */
  public static Map<String, String> allFiles(FileSystem fs, Path root) {
    Map<String, String> sums = new TreeMap<>();
    try {
      String prefix = fs.makeQualified(root).toUri().getPath().replaceAll("/$", "") + "/";
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
      while (files.hasNext()) {
        Path p = files.next().getPath();
        sums.put(p.toUri().getPath().substring(prefix.length()), sha256(fs, p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sums;
  }

  private static String sha256(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
