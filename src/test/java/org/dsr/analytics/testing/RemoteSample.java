package org.dsr.analytics.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The sample data on a remote file system (HDFS, S3) under a root folder, the job configs that read
 * it there, and the outputs of runs on it as a local run would have written them.
 */
public final class RemoteSample {
  private final FileSystem fs;
  private final String root;
  private final Path configs;

  /**
   * Uploads sample-data/ to {@code <root>/sample-data}; configs are written into {@code configs}.
   */
  public RemoteSample(FileSystem fs, String root, Path configs) {
    this.fs = fs;
    this.root = root;
    this.configs = configs;
    try {
      fs.copyFromLocalFile(
          false,
          true,
          new org.apache.hadoop.fs.Path(inputs().toUri()),
          path(root + "/sample-data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path inputs() {
    return Path.of("sample-data").toAbsolutePath();
  }

  public static org.apache.hadoop.fs.Path path(String p) {
    return new org.apache.hadoop.fs.Path(p);
  }

  /** A copy of a job config whose paths starting with {@code localPrefix} name the remote copy. */
  public String config(String job, String localPrefix) {
    try {
      Path config = configs.resolve(Path.of(job).getFileName());
      Files.writeString(
          config,
          Files.readString(Path.of(job))
              .replace("\"" + localPrefix, "\"" + root + "/sample-data/"));
      return config.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String file) {
    try (InputStream in = fs.open(path(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The texts of a run's outputs ({@link OutputTrees#texts}) with the remote input paths that rows
   * name as the local ones: otherwise byte for byte what a local run writes.
   */
  public Map<String, String> textsAsIfLocal(String out) {
    Map<String, String> texts = new TreeMap<>();
    OutputTrees.texts(fs, path(out))
        .forEach(
            (name, text) ->
                texts.put(name, text.replace(root + "/sample-data", inputs().toString())));
    return texts;
  }

  /** Copies the shared local sample run's published folder to {@code folder}, as if run there. */
  public void copyOfLocalRun(String folder) {
    try {
      fs.copyFromLocalFile(
          false, true, new org.apache.hadoop.fs.Path(SampleRun.output().toUri()), path(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of the shared local sample run. */
  public static String localManifest() {
    try {
      return Files.readString(SampleRun.output().resolve("_manifest.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the shared local sample run's outputs. */
  public static Map<String, String> localTexts() {
    try {
      return OutputTrees.texts(
          FileSystem.getLocal(new Configuration()),
          new org.apache.hadoop.fs.Path(SampleRun.output().toUri()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
