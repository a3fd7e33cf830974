package org.msmepulse.stages.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The format of an input path, given or detected. Detection (--format auto) looks at file
 * extensions: .jsonl/.json/.ndjson, .csv, .parquet, .txt; for a folder, the extension most of its
 * files share. A path that does not exist or cannot be listed fails here, before any table is
 * touched.
 */
public enum InputFormat {
  TEXT,
  JSONL,
  CSV,
  PARQUET;

  public static InputFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> TEXT;
      case "jsonl", "json", "ndjson" -> JSONL;
      case "csv" -> CSV;
      case "parquet" -> PARQUET;
      default -> throw new IllegalArgumentException("unknown input format '" + name + "'");
    };
  }

  public static InputFormat ofExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return TEXT;
    }
    return null;
  }

  /** Checks that the path exists and, for auto, detects its format. */
  public static InputFormat resolve(String path, String requested, Configuration hadoop) {
    String secret = org.msmepulse.config.Locations.credentialsIn(path, "input path");
    if (secret != null) {
      throw new InputException(secret);
    }
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      FileStatus st;
      try {
        st = fs.getFileStatus(p);
      } catch (java.io.FileNotFoundException e) {
        throw new InputException("input path does not exist: " + path);
      }
      if (!requested.equals("auto")) {
        return parse(requested);
      }
      if (st.isFile()) {
        InputFormat f = ofExtension(p.getName());
        if (f == null) {
          throw new InputException(
              "cannot tell the format of "
                  + path
                  + " from its name; give --format text|jsonl|csv|parquet");
        }
        return f;
      }
      Map<InputFormat, Integer> counts = new HashMap<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
      int seen = 0;
      while (it.hasNext() && seen < 10_000) {
        LocatedFileStatus f = it.next();
        String name = f.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        InputFormat fmt = ofExtension(name);
        if (fmt != null) {
          counts.merge(fmt, 1, Integer::sum);
        }
        seen++;
      }
      return counts.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElseThrow(
              () ->
                  new InputException(
                      "found no .txt, .jsonl, .csv or .parquet files in "
                          + path
                          + "; give --format"));
    } catch (IOException e) {
      throw new InputException("cannot read input path " + path + ": " + e.getMessage());
    }
  }

  /** Files under a folder whose names have one of the given extensions (for a file: itself). */
  public static List<String> filesWithExtension(String path, Configuration hadoop, InputFormat fmt)
      throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(hadoop);
    List<String> out = new ArrayList<>();
    if (fs.getFileStatus(p).isFile()) {
      out.add(fs.makeQualified(p).toString());
      return out;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String name = f.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_") && ofExtension(name) == fmt) {
        out.add(f.getPath().toString());
      }
    }
    return out;
  }

  /** Input that cannot be read at all: the job stops with exit status 1 and this message. */
  public static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
      super(message);
    }
  }
}
