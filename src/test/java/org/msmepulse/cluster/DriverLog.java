package org.msmepulse.cluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the spark-submit driver's log (see {@code cluster/log4j2-cluster.properties}) as it
 * grows: which tasks run on which executor right now, how many Spark jobs finished, whether the job
 * reached the middle of the run (its "records read" progress line: the corpus is read, cleaned,
 * deduplicated, analyzed and cached on the executors; TF-IDF, LDA and every table write are still
 * to come).
 */
final class DriverLog {
  // TaskSetManager: "Starting task 3.0 in stage 5.0 (TID 17) (127.0.0.1,executor 1, partition 3,
  // ...)"
  private static final Pattern START =
      Pattern.compile(
          "Starting task \\S+ in stage \\S+ \\(TID (\\d+)\\) \\([^,]*,\\s*executor (\\w+),");
  // "Finished task ... (TID 17) in 12 ms on ...", "Lost task ... (TID 44) ...", "Killed task ...
  // (TID 9) ...",
  // "task 0.0 in stage 63.0 (TID 74) failed because while it was being computed, its executor
  // exited ..."
  private static final Pattern END =
      Pattern.compile(
          "(?:Finished|Lost|Killed) task \\S+ in stage \\S+ \\(TID (\\d+)\\)|task \\S+ in stage \\S+ \\(TID (\\d+)\\) failed because");
  private static final Pattern JOB_DONE = Pattern.compile("Job \\d+ finished:");
  private static final Pattern MIDPOINT = Pattern.compile("records read: \\d+ articles");

  private final Path file;
  private long offset;
  private final StringBuilder partial = new StringBuilder();
  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> runningTaskExecutor = new HashMap<>();
  private final Map<String, Long> runningTaskSince = new HashMap<>();
  private final Set<String> ended = new HashSet<>();
  private final Map<String, Integer> firstTaskLine = new HashMap<>();
  private int jobsFinished;
  private Long firstTaskAt;
  private Long midpointAt;

  DriverLog(Path file) {
    this.file = file;
  }

  /** Reads what was appended since the last call. */
  void poll() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long len = raf.length();
      if (len <= offset) {
        return;
      }
      raf.seek(offset);
      byte[] buf = new byte[(int) Math.min(len - offset, 64L << 20)];
      raf.readFully(buf);
      offset += buf.length;
      partial.append(new String(buf, StandardCharsets.UTF_8));
    }
    int nl;
    while ((nl = partial.indexOf("\n")) >= 0) {
      String line = partial.substring(0, nl);
      partial.delete(0, nl + 1);
      accept(line);
    }
  }

  private void accept(String line) {
    lines.add(line);
    long now = System.nanoTime();
    Matcher s = START.matcher(line);
    if (s.find()) {
      if (!ended.contains(s.group(1))) {
        runningTaskExecutor.put(s.group(1), s.group(2));
        runningTaskSince.put(s.group(1), now);
      }
      if (firstTaskAt == null) {
        firstTaskAt = now;
      }
      firstTaskLine.putIfAbsent(s.group(2), lines.size() - 1);
      return;
    }
    Matcher e = END.matcher(line);
    if (e.find()) {
      String tid = e.group(1) != null ? e.group(1) : e.group(2);
      ended.add(tid);
      runningTaskExecutor.remove(tid);
      runningTaskSince.remove(tid);
      return;
    }
    if (JOB_DONE.matcher(line).find()) {
      jobsFinished++;
    }
    if (midpointAt == null && MIDPOINT.matcher(line).find()) {
      midpointAt = now;
    }
  }

  /** The executor whose running task started longest ago (empty when no task is running). */
  Optional<String> executorWithLongestRunningTask() {
    return runningTaskSince.entrySet().stream()
        .min(Map.Entry.comparingByValue())
        .map(en -> runningTaskExecutor.get(en.getKey()));
  }

  Set<String> runningTasksOn(String executorId) {
    Set<String> out = new HashSet<>();
    runningTaskExecutor.forEach(
        (tid, ex) -> {
          if (ex.equals(executorId)) {
            out.add(tid);
          }
        });
    return out;
  }

  /**
   * Executors whose first task started at or after log line {@code from}: the ones launched since.
   */
  Set<String> executorsFirstBusySince(int from) {
    Set<String> out = new HashSet<>();
    firstTaskLine.forEach(
        (ex, line) -> {
          if (line >= from) {
            out.add(ex);
          }
        });
    return out;
  }

  int jobsFinished() {
    return jobsFinished;
  }

  Optional<Long> firstTaskAt() {
    return Optional.ofNullable(firstTaskAt);
  }

  Optional<Long> midpointAt() {
    return Optional.ofNullable(midpointAt);
  }

  int lineCount() {
    return lines.size();
  }

  /** Lines from index {@code from} on. */
  List<String> linesFrom(int from) {
    return List.copyOf(lines.subList(Math.min(from, lines.size()), lines.size()));
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
