package org.dsr.analytics.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.schema.SourceLayout;

/** Expands an input location (a file, a directory or a glob) to the files it names. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Lists the files of a location, sorted by path. A directory contributes its visible files (not
   * starting with '.' or '_'), not its sub-directories.
   *
   * @throws InputException when the location matches no file
   */
  public static List<String> expand(String location, Configuration conf) {
    try {
      Path path = new Path(location);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      List<String> files = new ArrayList<>();
      if (matches != null) {
        for (FileStatus match : matches) {
          FileStatus[] children = match.isDirectory() ? fs.listStatus(match.getPath()) : null;
          for (FileStatus f : children == null ? new FileStatus[] {match} : children) {
            if (f.isFile() && isVisible(f.getPath())) {
              files.add(displayPath(f.getPath()));
            }
          }
        }
      }
      if (files.isEmpty()) {
        throw new InputException("input " + location + " matches no file");
      }
      String[] sorted = files.toArray(String[]::new);
      Arrays.sort(sorted);
      return List.of(sorted);
    } catch (IOException e) {
      throw new InputException("cannot list input " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The files an input reads: those its path names, or, for a layout read from a release folder,
   * the layout's member files in that folder.
   *
   * @throws InputException when the path matches no file or a member file is missing
   */
  public static List<String> of(InputSpec input, Configuration conf) {
    List<SourceLayout.Member> members = input.layout().members();
    if (members.isEmpty()) {
      return expand(input.path(), conf);
    }
    List<String> files = new ArrayList<>();
    for (SourceLayout.Member m : members) {
      Path file = new Path(new Path(input.path()), m.path());
      try {
        FileSystem fs = file.getFileSystem(conf);
        // Qualified as a listing's paths are: hdfs:///x names the NameNode it is read from.
        file = fs.makeQualified(file);
        if (!fs.isFile(file)) {
          throw new InputException(
              "input "
                  + input.path()
                  + ": layout "
                  + input.layout().id()
                  + " reads "
                  + m.path()
                  + " from the release folder, which has no such file");
        }
      } catch (IOException e) {
        throw new InputException("cannot read input " + file + ": " + e.getMessage(), e);
      }
      files.add(displayPath(file));
    }
    return List.copyOf(files);
  }

  /** The total size in bytes of files listed by {@link #expand}. */
  public static long totalBytes(List<String> files, Configuration conf) {
    long bytes = 0;
    for (String f : files) {
      Path path = new Path(f);
      try {
        bytes += path.getFileSystem(conf).getFileStatus(path).getLen();
      } catch (IOException e) {
        throw new InputException(f + ": cannot read: " + e.getMessage(), e);
      }
    }
    return bytes;
  }

  /** The bytes of a (small) file. */
  public static byte[] readAllBytes(String file, Configuration conf) {
    Path path = new Path(file);
    try (java.io.InputStream in = path.getFileSystem(conf).open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Local files as plain paths, so messages and reports read naturally; others as URIs. */
  static String displayPath(Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  private static boolean isVisible(Path p) {
    String name = p.getName();
    return !name.startsWith(".") && !name.startsWith("_");
  }
}
