package dossier.spark;

import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * The input files of a job on any Hadoop file system (local paths, {@code hdfs://}, {@code s3a://}),
 * listed on the driver as {@code dossier build}'s scanner lists them: recursively, hidden files
 * passed over, in name order within a folder, each named by its path as given (a folder given as
 * {@code corpus} yields {@code corpus/a.txt}), so article ids (a hash of source and text) come out
 * as in a single-machine build.
 */
final class Inputs {
  private Inputs() {}

  /** One input file: its source name, where it is, its size and modification time. */
  record FileRef(String source, String uri, long size, long mtime) implements Serializable {}

  /** Every file under {@code inputs}, except under {@code exclude}; inputs that are missing are told to {@code err}. */
  static List<FileRef> list(Configuration conf, List<String> inputs, String exclude) throws IOException {
    String skip = exclude == null ? null : qualified(conf, exclude);
    List<FileRef> out = new ArrayList<>();
    for (String given : inputs) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(given);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus st;
      try {
        st = fs.getFileStatus(p);
      } catch (java.io.FileNotFoundException e) {
        System.err.println("skipped " + given + ": no such file or folder");
        continue;
      }
      walk(fs, st, given, skip, out);
    }
    return out;
  }

  private static void walk(FileSystem fs, FileStatus st, String source, String skip, List<FileRef> out)
      throws IOException {
    String uri = st.getPath().toUri().toString();
    if (st.isFile()) {
      out.add(new FileRef(source, uri, st.getLen(), st.getModificationTime()));
      return;
    }
    if (skip != null && (uri.equals(skip) || uri.startsWith(skip + "/"))) {
      return;
    }
    FileStatus[] children = fs.listStatus(st.getPath());
    Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (name.startsWith(".") || c.isSymlink()) {
        continue;
      }
      walk(fs, c, source.endsWith("/") ? source + name : source + "/" + name, skip, out);
    }
  }

  private static String qualified(Configuration conf, String path) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    return p.getFileSystem(conf).makeQualified(p).toUri().toString();
  }

  /**
   * The file as the build's readers take it: a local file is read where it is, any other is first
   * copied to {@code tmp} (a task's scratch folder) under its own name, which tells its kind.
   */
  static InputFile local(FileRef f, Configuration conf, Path tmp) throws IOException {
    URI uri = URI.create(f.uri());
    String name = new org.apache.hadoop.fs.Path(uri).getName();
    Path path;
    if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
      path = Path.of(uri.getScheme() == null ? URI.create("file://" + uri.getPath()) : uri);
    } else {
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(uri);
      path = Files.createTempDirectory(tmp, "in").resolve(name);
      try (InputStream in = hp.getFileSystem(conf).open(hp)) {
        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
    return new InputFile(path, f.source(), InputKind.of(name), gzip, f.size(), f.mtime());
  }
}
