package org.dsr.analytics.io;

import static org.apache.hadoop.fs.Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE;
import static org.apache.hadoop.fs.Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE_ETAG;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.EtagSource;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Small objects written only if nobody wrote them first: the object store checks the condition
 * (HTTP {@code If-None-Match: *} to create, {@code If-Match: <etag>} to replace one version) and
 * refuses with 412 when it does not hold, so of two writers racing for one object exactly one wins.
 * Hadoop's S3A file system sends both conditions (Hadoop 3.4.2 and later); a store that cannot make
 * them fails the write rather than ignoring the condition.
 */
final class ConditionalWrites {
  private ConditionalWrites() {}

  /** An object's text and the ETag of the version that text was read from. */
  record Versioned(String text, String etag) {}

  /** Another writer won: the object exists, or is no longer the version read. */
  static final class Conflict extends IOException {
    private static final long serialVersionUID = 1L;

    Conflict(Path path, IOException cause) {
      super(path + " was written by another run meanwhile", cause);
    }
  }

  /** The object's text and ETag, or null where there is none. */
  static Versioned read(FileSystem fs, Path path) throws IOException {
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      return null;
    }
    if (!(status instanceof EtagSource tagged) || tagged.getEtag() == null) {
      throw new IOException(
          path + ": the store gives no ETags, so dsr-analytics cannot publish here safely");
    }
    try (FSDataInputStream in = fs.open(path)) {
      return new Versioned(new String(in.readAllBytes(), StandardCharsets.UTF_8), tagged.getEtag());
    }
  }

  /**
   * @throws Conflict when the object exists
   */
  static void create(FileSystem fs, Path path, String text) throws IOException {
    FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(path).overwrite(false);
    builder.must(FS_OPTION_CREATE_CONDITIONAL_OVERWRITE, true);
    write(builder, path, text);
  }

  /**
   * @throws Conflict when the object is no longer the version {@code etag} names
   */
  static void replace(FileSystem fs, Path path, String etag, String text) throws IOException {
    FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(path).overwrite(true);
    builder.must(FS_OPTION_CREATE_CONDITIONAL_OVERWRITE_ETAG, etag);
    write(builder, path, text);
  }

  /** The object is written when the stream closes, which is where the store refuses. */
  private static void write(FSDataOutputStreamBuilder<?, ?> builder, Path path, String text)
      throws IOException {
    try (FSDataOutputStream out = builder.build()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException e) {
      throw new Conflict(path, e);
    } catch (IOException e) {
      // S3A reports 412 Precondition Failed as its RemoteFileChangedException.
      if (e.getClass().getSimpleName().equals("RemoteFileChangedException")) {
        throw new Conflict(path, e);
      }
      throw e;
    }
  }
}
