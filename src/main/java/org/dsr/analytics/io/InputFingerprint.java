package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * An input file's size and SHA-256, taken when a run starts and again before it publishes: a file
 * that changed in between fails the run rather than publishing outputs of mixed data.
 *
 * @param path the file
 * @param size its size in bytes
 * @param sha256 its SHA-256, hex
 */
public record InputFingerprint(String path, long size, String sha256) {

  public static InputFingerprint of(String file, Configuration conf) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long size = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        size += n;
      }
      return new InputFingerprint(file, size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
