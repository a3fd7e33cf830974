package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.cli.Main;
import org.msmepulse.spark.ProjectJvm;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.warehouse.Tables;

/**
 * The driver killed with SIGKILL in the middle of its Delta writes. The job runs as its own JVM (as
 * the launcher starts it) on a warehouse that already holds a first batch; once a second table has
 * committed this run's version it is killed with no chance to clean up. Every table must then be
 * readable and hold exactly either its rows before the run or its rows after an uninterrupted run,
 * and running the job again must give the same tables as the uninterrupted run.
 */
@Tag("crash")
class CrashRecoveryTest extends SparkTestBase {
  @TempDir Path dir;

  /**
   * Columns that name a run or a moment (they differ between any two runs), left out of
   * comparisons. The topic model is named by the run that fitted it; a run's metrics say what that
   * run did (a rerun finds the articles the killed run merged: 0 new, none refitted), while the
   * runs row's accounting and model figures are compared.
   */
  private static final List<String> RUN_COLUMNS =
      List.of(
          "run_id",
          "topic_model",
          "metrics",
          "ingested_at",
          "started_at",
          "finished_at",
          "duration_ms",
          "table_versions",
          "inputs");

  @Test
  void aDriverKilledDuringTheWritesLeavesCommittedTablesAndARerunCompletesThem() throws Exception {
    // Two batches from the built-in sample: the warehouse holds the first when the second is run.
    List<String> lines = new ArrayList<>();
    try (InputStream in =
        Ingest.class.getClassLoader().getResourceAsStream(Ingest.SAMPLE_RESOURCE)) {
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .forEach(lines::add);
    }
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Files.write(first, lines.subList(0, 20));
    Files.write(second, lines.subList(20, lines.size()));
    Path conf = dir.resolve("crash.properties");
    Files.writeString(
        conf,
        "topics.k=3\ntopics.max_iter=10\nspark.sql.shuffle.partitions=4\nspark.ui.enabled=false\n"
            + "spark.ui.showConsoleProgress=false\nspark.databricks.delta.snapshotPartitions=2\n");

    // The uninterrupted reference: first batch, then second.
    Path reference = dir.resolve("reference");
    assertThat(run(reference, first)).isEqualTo(0);
    Path crashed = dir.resolve("crashed");
    copy(reference, crashed);
    Map<String, List<String>> before = snapshot(crashed);
    assertThat(run(reference, second)).isEqualTo(0);
    Map<String, List<String>> completed = snapshot(reference);
    assertThat(before.keySet()).isEqualTo(completed.keySet());

    // The second batch in its own JVM, killed once two tables have committed a new version.
    Map<String, Long> versionsBefore = logVersions(crashed);
    Process job = startJob(crashed, second, conf);
    // The job's log is read on its own thread to the end, so the job never blocks on a full pipe.
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(job.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                  log.add(line);
                  if (line.contains("writing the tables to")) {
                    writing.countDown();
                  }
                }
              } catch (IOException e) {
                log.add("(log read failed: " + e + ")");
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      boolean reached = false;
      while (!reached && job.isAlive()) {
        reached = writing.await(1, TimeUnit.SECONDS);
      }
      assertThat(reached)
          .as("the job reached its write phase; its log:\n%s", String.join("\n", log))
          .isTrue();
      // Generous: on a loaded 2-core machine the first commits of the write phase took over 5
      // minutes.
      long deadline = System.currentTimeMillis() + 1_200_000;
      while (changedTables(crashed, versionsBefore) < 2
          && job.isAlive()
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertThat(job.isAlive())
          .as("still writing when killed; its log:\n%s", String.join("\n", log))
          .isTrue();
      assertThat(changedTables(crashed, versionsBefore)).isGreaterThanOrEqualTo(2);
    } finally {
      job.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(job.exitValue()).isEqualTo(137); // 128 + SIGKILL

    // Every table readable, each either as before the run or as after an uninterrupted one.
    Map<String, List<String>> afterCrash = snapshot(crashed);
    assertThat(afterCrash.keySet()).isEqualTo(before.keySet());
    List<String> asBefore = new ArrayList<>();
    List<String> asCompleted = new ArrayList<>();
    for (String t : afterCrash.keySet()) {
      List<String> rows = afterCrash.get(t);
      if (rows.equals(completed.get(t)) && !rows.equals(before.get(t))) {
        asCompleted.add(t);
      } else {
        assertThat(rows).as("table %s after the crash", t).isEqualTo(before.get(t));
        asBefore.add(t);
      }
    }
    // The kill fell inside the write phase: the articles were written, the run's own row was not.
    assertThat(asCompleted).contains(Tables.ARTICLES);
    assertThat(asBefore).contains(Tables.RUNS);

    // Run again: the same tables as the uninterrupted run.
    assertThat(run(crashed, second)).isEqualTo(0);
    Map<String, List<String>> rerun = snapshot(crashed);
    for (String t : completed.keySet()) {
      assertThat(rerun.get(t)).as("table %s after the rerun", t).isEqualTo(completed.get(t));
    }
  }

  private int run(Path warehouse, Path input) {
    return Main.execute(
        "run",
        "--conf",
        dir.resolve("crash.properties").toString(),
        "--warehouse",
        warehouse.toString(),
        "--input",
        input.toString());
  }

  private Process startJob(Path warehouse, Path input, Path conf) throws IOException {
    List<String> cmd =
        ProjectJvm.command(
            "run",
            "--conf",
            conf.toString(),
            "--warehouse",
            warehouse.toString(),
            "--input",
            input.toString());
    // The temporary folder as working directory: anything Spark leaves behind is removed with it.
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Each table's latest committed version number, from its _delta_log (-1 when it has none). */
  private static Map<String, Long> logVersions(Path warehouse) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (String t : Tables.ALL) {
      Path log = warehouse.resolve(t).resolve("_delta_log");
      long v = -1;
      if (Files.isDirectory(log)) {
        try (Stream<Path> files = Files.list(log)) {
          v =
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.matches("\\d{20}\\.json"))
                  .mapToLong(n -> Long.parseLong(n.substring(0, 20)))
                  .max()
                  .orElse(-1);
        }
      }
      out.put(t, v);
    }
    return out;
  }

  private static long changedTables(Path warehouse, Map<String, Long> before) throws IOException {
    Map<String, Long> now = logVersions(warehouse);
    return now.entrySet().stream().filter(e -> e.getValue() > before.get(e.getKey())).count();
  }

  /**
   * Every table's rows, run ids and times left out, as sorted strings (a table is a set of rows).
   */
  private static Map<String, List<String>> snapshot(Path warehouse) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String t : Tables.ALL) {
      Path p = warehouse.resolve(t);
      if (!Files.isDirectory(p)) {
        continue;
      }
      Dataset<Row> d = spark.read().format("delta").load(p.toString());
      String[] keep =
          Arrays.stream(d.columns()).filter(c -> !RUN_COLUMNS.contains(c)).toArray(String[]::new);
      out.put(
          t,
          d
              .selectExpr(Arrays.stream(keep).map(c -> "`" + c + "`").toArray(String[]::new))
              .collectAsList()
              .stream()
              .map(Row::toString)
              .sorted()
              .collect(Collectors.toList()));
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
