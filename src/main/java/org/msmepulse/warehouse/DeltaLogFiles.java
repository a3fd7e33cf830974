package org.msmepulse.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One Delta table's commit files read as files: which versions its {@code _delta_log} holds, a
 * commit's {@code commitInfo}, and whether any commit after a version changed the table's rows. No
 * Spark job and no snapshot: a listing and a few small JSON files, for the questions a run asks
 * before it reads any table. By the Delta protocol, a commit changes rows when it adds or removes a
 * file with {@code dataChange} true (an OPTIMIZE rewrites files with {@code dataChange} false).
 */
final class DeltaLogFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");

  private final FileSystem fs;
  private final Path log;

  DeltaLogFiles(Configuration hadoop, String tablePath) {
    this.log = new Path(tablePath, "_delta_log");
    try {
      this.fs = log.getFileSystem(hadoop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + log + ": " + e.getMessage(), e);
    }
  }

  /** The versions whose commit files the log holds, in order (empty when there is no table). */
  TreeSet<Long> versions() {
    TreeSet<Long> out = new TreeSet<>();
    try {
      for (FileStatus f : fs.listStatus(log)) {
        Matcher m = COMMIT.matcher(f.getPath().getName());
        if (m.matches()) {
          out.add(Long.parseLong(m.group(1)));
        }
      }
    } catch (FileNotFoundException e) {
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + log + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The latest version, or -1 when there is no table. */
  long latest() {
    TreeSet<Long> v = versions();
    return v.isEmpty() ? -1 : v.last();
  }

  /** A commit's {@code commitInfo} action, or null when the commit has none or is gone. */
  JsonNode commitInfo(long version) {
    Commit c = read(version);
    return c == null ? null : c.commitInfo;
  }

  /**
   * Whether some commit after {@code version} changed the rows, or null when that cannot be told
   * (the table's log no longer holds every commit since, or {@code version} is past its end).
   */
  Boolean rowsChangedAfter(long version) {
    TreeSet<Long> v = versions();
    if (v.isEmpty() || v.last() < version) {
      return null;
    }
    for (long n = version + 1; n <= v.last(); n++) {
      if (!v.contains(n)) {
        return null;
      }
      Commit c = read(n);
      if (c == null) {
        return null;
      }
      if (c.changesRows) {
        return true;
      }
    }
    return false;
  }

  /**
   * The newest version whose commit changed the rows, or null when the log does not hold every
   * commit back to it (or there is no table). At most {@code limit} commits are read.
   */
  Long lastRowsChange(int limit) {
    TreeSet<Long> v = versions();
    if (v.isEmpty()) {
      return null;
    }
    for (long n = v.last(); n >= 0 && n > v.last() - limit; n--) {
      Commit c = v.contains(n) ? read(n) : null;
      if (c == null) {
        return null;
      }
      if (c.changesRows || n == 0) {
        return n;
      }
    }
    return null;
  }

  private record Commit(JsonNode commitInfo, boolean changesRows) {}

  private Commit read(long version) {
    Path p = new Path(log, String.format("%020d.json", version));
    JsonNode info = null;
    boolean changes = false;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode action = JSON.readTree(line);
        if (action.has("commitInfo")) {
          info = action.get("commitInfo");
        }
        for (String kind : new String[] {"add", "remove"}) {
          JsonNode file = action.get(kind);
          if (file != null && file.path("dataChange").asBoolean(true)) {
            changes = true;
          }
        }
      }
    } catch (FileNotFoundException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
    return new Commit(info, changes);
  }
}
