package org.msmepulse.stages.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What a run was asked to do, as one SHA-256: every file of its inputs (path, length and bytes, in
 * path order, folders walked and globs expanded as the files are found), or the built-in sample's
 * bytes; and every setting that could change what the run writes (the job's settings but the
 * warehouse's place and the server's, the gazetteers' content hash, the topic count asked for, the
 * job's version). Two runs with one fingerprint read the same records and treat them alike.
 */
public final class BatchFingerprint {
  private BatchFingerprint() {}

  /** Settings that do not change what a run writes. */
  private static boolean irrelevant(String key) {
    return key.equals("warehouse") || key.startsWith("serve.");
  }

  /**
   * @param inputs the input paths as given (empty: the built-in sample)
   * @param settings the job's settings (JobConfig.asMap)
   */
  public static String of(
      Configuration hadoop,
      List<String> inputs,
      Map<String, String> settings,
      String gazetteerHash,
      Integer topics) {
    MessageDigest md = sha256();
    byte[] buffer = new byte[1 << 16];
    field(
        md,
        "version",
        String.valueOf(BatchFingerprint.class.getPackage().getImplementationVersion()));
    new TreeMap<>(settings)
        .forEach(
            (k, v) -> {
              if (!irrelevant(k)) {
                field(md, k, v);
              }
            });
    field(md, "gazetteers", gazetteerHash);
    field(md, "topics", String.valueOf(topics));
    try {
      if (inputs.isEmpty()) {
        field(md, "input", "builtin:" + Ingest.SAMPLE_RESOURCE);
        try (InputStream in =
            BatchFingerprint.class.getClassLoader().getResourceAsStream(Ingest.SAMPLE_RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("the built-in sample is missing from the jar");
          }
          digest(md, in, buffer);
        }
      }
      for (String input : inputs) {
        field(md, "input", input);
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(hadoop);
        for (FileStatus f : files(fs, p)) {
          field(md, "file", f.getPath().toString());
          field(md, "length", Long.toString(f.getLen()));
          try (InputStream in = fs.open(f.getPath())) {
            digest(md, in, buffer);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint the input: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The files a path names, in path order: the file, a folder's files, a glob's matches. */
  static List<FileStatus> files(FileSystem fs, Path p) throws IOException {
    FileStatus[] matched = fs.globStatus(p);
    List<FileStatus> out = new ArrayList<>();
    if (matched == null) {
      return out;
    }
    for (FileStatus s : matched) {
      if (s.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
        while (it.hasNext()) {
          out.add(it.next());
        }
      } else {
        out.add(s);
      }
    }
    out.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    return out;
  }

  private static void field(MessageDigest md, String name, String value) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] v = (value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8);
    md.update(lengthOf(n.length));
    md.update(n);
    md.update(lengthOf(v.length));
    md.update(v);
  }

  private static void digest(MessageDigest md, InputStream in, byte[] buffer) throws IOException {
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      md.update(buffer, 0, n);
      total += n;
    }
    md.update(lengthOf(total));
  }

  private static byte[] lengthOf(long n) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (n >>> (56 - 8 * i));
    }
    return b;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
