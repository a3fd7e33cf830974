package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.PulseJob;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.ingest.Ingest;

/**
 * The warehouse's tables registered in a real Hive metastore (Spark's Hive support over an embedded
 * Derby database) and used by name from a JVM that has nothing in memory. The shared test session
 * has no Hive support and a JVM holds one SparkContext, so {@link HiveCatalogProbe} runs in JVMs of
 * its own: the first registers the tables (twice), new commits are appended, and a second JVM
 * lists, describes and counts the tables by name, sees the new commits without registering again,
 * and registers once more without change.
 */
class HiveMetastoreCatalogTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void tablesRegisteredInAHiveMetastoreResolveByNameInANewJvmAndFollowNewRuns() throws Exception {
    List<String> sample = sampleLines();
    Path first = write("first.jsonl", sample.subList(0, 4));
    String warehouse = dir.resolve("warehouse").toString();
    Path metastore = dir.resolve("metastore");
    job(warehouse).run(List.of(first.toString()), null, false);
    Warehouse wh = new Warehouse(spark, warehouse);
    Map<String, Long> before = wh.counts();
    assertThat(before)
        .containsKeys(
            Tables.ARTICLES, Tables.ARTICLE_SCHEMES, Tables.SCHEMES_BY_MONTH, Tables.RUNS);
    List<String> expectedNames =
        before.keySet().stream().map(t -> HiveCatalogProbe.DB + "." + t).toList();

    // process 1: registers in the Derby metastore and counts by name
    Probe registered = probe(metastore, warehouse, "register");
    assertThat(registered.one("catalog")).isEqualTo("hive");
    assertThat(registered.one("registered")).isEqualTo(String.join(",", expectedNames));
    assertThat(registered.one("registered-again")).isEqualTo(registered.one("registered"));
    assertThat(registered.counts(HiveCatalogProbe.DB)).isEqualTo(new TreeMap<>(before));
    // the names live in the Derby database on disk; the tables are external, so nothing was copied
    assertThat(metastore.resolve("metastore_db").resolve("service.properties")).exists();
    assertThat(filesUnder(metastore.resolve("managed"))).isEmpty();

    // New commits written through the paths (a quarantine row and a runs row appended, as a run
    // appends them; a whole second run costs minutes here and proves nothing more); no one
    // registers anything.
    wh.append(
        Tables.QUARANTINE,
        spark.createDataFrame(
            List.of(RowFactory.create("second.jsonl@0", "empty record", "", "r2")),
            wh.read(Tables.QUARANTINE).schema()));
    wh.append(Tables.RUNS, wh.read(Tables.RUNS).limit(1));
    Map<String, Long> after = wh.counts();
    assertThat(after.get(Tables.QUARANTINE)).isEqualTo(before.get(Tables.QUARANTINE) + 1);
    assertThat(after.get(Tables.RUNS)).isEqualTo(2);

    // process 2: a new JVM knows the tables only through the metastore
    Probe query = probe(metastore, warehouse, "query");
    assertThat(query.one("catalog")).isEqualTo("hive");
    for (String db : List.of(HiveCatalogProbe.DB, HiveCatalogProbe.SQL_DB)) {
      assertThat(
              query.all("table").stream()
                  .filter(l -> l.get(0).equals(db))
                  .map(l -> l.get(1))
                  .toList())
          .as("SHOW TABLES IN %s", db)
          .isEqualTo(before.keySet().stream().sorted().toList());
    }
    // counted by name: the new commits are there, and every table matches its Delta folder
    assertThat(query.counts(HiveCatalogProbe.DB))
        .as("counts by name")
        .isEqualTo(new TreeMap<>(after));
    assertThat(query.counts(HiveCatalogProbe.SQL_DB))
        .as("counts through the README's names")
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    Tables.ARTICLES,
                    after.get(Tables.ARTICLES),
                    Tables.QUARANTINE,
                    after.get(Tables.QUARANTINE))));
    for (List<String> d : query.all("describe")) {
      String table = d.get(0).substring(d.get(0).indexOf('.') + 1);
      assertThat(d.subList(1, 4))
          .as("DESCRIBE EXTENDED %s", d.get(0))
          .containsExactly("delta", "EXTERNAL", wh.path(table));
    }
    for (List<String> d : query.all("detail")) {
      String table = d.get(0).substring(d.get(0).indexOf('.') + 1);
      assertThat(d.subList(1, 3))
          .as("DESCRIBE DETAIL %s", d.get(0))
          .containsExactly("delta", wh.path(table));
    }
    assertThat(query.all("describe")).hasSize(2 * before.size());
    assertThat(query.all("detail")).hasSize(1);
    assertThat(Long.parseLong(query.one("joined")))
        .isEqualTo(after.get(Tables.ARTICLE_SCHEMES))
        .isPositive();
    // registering again over the stored names: the same names, nothing added
    assertThat(query.one("registered-again")).isEqualTo(String.join(",", expectedNames));
    assertThat(query.one("tables-after"))
        .isEqualTo(String.join(",", before.keySet().stream().sorted().toList()));
    assertThat(filesUnder(metastore.resolve("managed"))).isEmpty();
  }

  /** The facts one probe run printed: its {@code probe} lines split on tabs, by key. */
  record Probe(Map<String, List<List<String>>> facts) {
    String one(String key) {
      List<List<String>> lines = all(key);
      assertThat(lines).as("probe lines '%s'", key).hasSize(1);
      return String.join("\t", lines.get(0));
    }

    List<List<String>> all(String key) {
      return facts.getOrDefault(key, List.of());
    }

    /** {@code count} lines of one database: table name to rows. */
    Map<String, Long> counts(String db) {
      return all("count").stream()
          .filter(l -> l.get(0).startsWith(db + "."))
          .collect(
              Collectors.toMap(
                  l -> l.get(0).substring(db.length() + 1),
                  l -> Long.parseLong(l.get(1)),
                  (x, y) -> x,
                  TreeMap::new));
    }
  }

  /**
   * Runs {@link HiveCatalogProbe} in its own JVM: this JVM's java, test classpath and Java 17 flags
   * (conf/jvm.args, as the launcher passes them), the temporary folder as working directory.
   */
  private Probe probe(Path metastore, String warehouse, String command) throws Exception {
    Path project = Path.of(System.getProperty("msme.project.dir", "."));
    Path log = dir.resolve("probe-" + command + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + project.resolve("conf/jvm.args"),
                "-Xmx1g",
                "-Dlog4j2.configurationFile=" + project.resolve("conf/log4j2.properties"),
                "-Dderby.system.home=" + metastore,
                "-cp",
                System.getProperty("java.class.path"),
                HiveCatalogProbe.class.getName(),
                metastore.toString(),
                warehouse,
                command));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(log.toFile()).start();
    Map<String, List<List<String>>> facts = new LinkedHashMap<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("probe\t")) {
          String[] f = line.split("\t", -1);
          facts.computeIfAbsent(f[1], k -> new ArrayList<>()).add(List.of(f).subList(2, f.length));
        }
      }
    } finally {
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
    List<String> seconds = facts.getOrDefault("seconds", List.of(List.of("?", "?"))).get(0);
    System.out.printf(
        "HiveCatalogProbe %s: %.1f s (session and metastore %s s, statements %s s)%n",
        command, (System.nanoTime() - start) / 1e9, seconds.get(0), seconds.get(1));
    assertThat(p.exitValue())
        .as("probe %s exit; its log:%n%s", command, Files.readString(log))
        .isZero();
    return new Probe(facts);
  }

  private static List<String> filesUnder(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).map(Path::toString).toList();
    }
  }

  private static PulseJob job(String warehouse) {
    return new PulseJob(
        spark,
        JobConfig.defaults()
            .with(
                Map.of(
                    "warehouse",
                    warehouse,
                    "topics.k",
                    "2",
                    "topics.max_iter",
                    "3",
                    "warehouse.optimize_min_files",
                    "0")));
  }

  private static List<String> sampleLines() throws Exception {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Ingest.class.getClassLoader().getResourceAsStream(Ingest.SAMPLE_RESOURCE),
                StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private Path write(String name, List<String> lines) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }
}
