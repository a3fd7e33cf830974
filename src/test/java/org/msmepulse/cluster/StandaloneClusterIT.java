package org.msmepulse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.msmepulse.cli.Main;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.PulseJob;
import org.msmepulse.job.RunSummary;
import org.msmepulse.job.SparkSessions;

/**
 * The job jar on a real Spark standalone cluster: a master and two one-core workers on 127.0.0.1,
 * each its own JVM started from the Maven jars ({@link LocalSparkCluster}), and the job submitted
 * to it with {@code SparkSubmit} in client mode, exactly as {@code spark-submit} would, with the
 * example {@code conf/spark/spark-defaults.standalone.conf}. While the job runs, the executor JVM
 * that is running a task is killed (SIGKILL) once the job is half-way (the corpus read, cleaned,
 * deduplicated, analyzed and cached; TF-IDF, LDA and every table write still to come); once the
 * executor its worker launches in its place is running tasks, the other worker's executor is killed
 * too, so that nothing computed before half-way survives on any executor (cached blocks, shuffle
 * files, local checkpoints: whichever executor held them, the job must recompute them from their
 * lineage, which makes the test deterministic). The job must still succeed, and every table must
 * equal the one a local run ({@link PulseJob} in this JVM on Spark local mode, with the job's
 * default configuration, computed while the cluster runs) wrote from the same input: same tables,
 * same row counts, same rows, topics included. Two columns are sums of doubles whose order depends
 * on the partitioning, and are compared within 1e-9 (see {@link WarehouseDiff}): {@code
 * topics_by_month.share}, and {@code keywords_by_month}, whose tied terms may swap ranks.
 *
 * <p>Needs {@code target/msme-pulse-job.jar} and {@code target/classpath.txt} from {@code mvn
 * -DskipTests package}, built from the same sources as {@code target/classes}. Tagged {@code
 * cluster}: excluded from {@code mvn verify}; run it with {@code mvn test
 * -Dtest=StandaloneClusterIT -DexcludedTestGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * System properties: {@code cluster.articles} (generated articles, default 400), {@code
 * cluster.timeoutMinutes} (the submitted job's limit, default 20).
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  static final Path PROJECT =
      Path.of(System.getProperty("msme.project.dir", ".")).toAbsolutePath().normalize();
  static final Path JOB_JAR = PROJECT.resolve("target/msme-pulse-job.jar");
  static final Path CLASSES = PROJECT.resolve("target/classes");
  static final Path STANDALONE_CONF = PROJECT.resolve("conf/spark/spark-defaults.standalone.conf");
  static final int ARTICLES = Integer.getInteger("cluster.articles", 400);
  static final Duration JOB_TIMEOUT =
      Duration.ofMinutes(Integer.getInteger("cluster.timeoutMinutes", 20));

  /**
   * When the job's half-way line never shows (its wording changed), the kill happens this long
   * after the first task.
   */
  static final Duration KILL_FALLBACK = Duration.ofMinutes(8);

  /** Tables whose every row must be equal (besides the row count of every table). */
  static final List<String> SAME_ROWS =
      List.of(
          "schemes_by_month",
          "regions_by_month",
          "article_schemes",
          "article_regions",
          "scheme_regions_by_month",
          "topics",
          "article_topics",
          "topics_by_month",
          "articles",
          "duplicates",
          "quarantine",
          "runs");

  Path base;
  LocalSparkCluster cluster;
  SparkSession spark;
  CompletableFuture<RunSummary> localRun;
  final long t0 = System.nanoTime();

  @BeforeAll
  void startCluster() throws IOException {
    assertThat(JOB_JAR).as("the job jar; build it first: mvn -DskipTests package").isRegularFile();
    base = PROJECT.resolve("target/cluster-it");
    LocalSparkCluster.deleteTree(base);
    Files.createDirectories(base);
    cluster = new LocalSparkCluster(PROJECT, base, resource("/cluster/log4j2-cluster.properties"));
    cluster.buildSparkHome(JOB_JAR);
    log(
        "SPARK_HOME %s: %d jars; left out (bundled in the job jar or not in a Spark distribution): %s",
        cluster.sparkHome(),
        countJars(cluster.sparkHome().resolve("jars")),
        cluster.excludedJars());
    // The master and workers start while the local reference run computes (they are idle
    // meanwhile).
    cluster.start(2, 1, "1200m");
  }

  @AfterAll
  void stopCluster() {
    if (localRun != null && !localRun.isDone() && spark != null) {
      spark.sparkContext().cancelAllJobs();
    }
    if (cluster != null) {
      cluster.close();
      log("stopped the master, the workers and every process they started");
    }
  }

  @Test
  @Order(1)
  void jobJarBundlesDeltaAndTheProjectAndLeavesSparkOut() throws IOException {
    try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.msmepulse.cli.Main");
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      assertThat(names)
          .as("signature files of shaded jars (they would fail verification)")
          .noneMatch(
              n -> n.startsWith("META-INF/") && n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
      assertThat(names)
          .as("Spark, Scala, Hadoop and Parquet come from the cluster")
          .doesNotContain(
              "org/apache/spark/SparkContext.class",
              "org/apache/spark/sql/SparkSession.class",
              "scala/Predef.class",
              "org/apache/hadoop/fs/FileSystem.class",
              "org/apache/parquet/hadoop/ParquetWriter.class")
          .noneMatch(n -> n.startsWith("scala/") || n.startsWith("org/apache/hadoop/"));
      assertThat(names)
          .as("Delta, Lucene, picocli, the job and its conf/ travel in the jar")
          .contains(
              "io/delta/tables/DeltaTable.class",
              "org/apache/spark/sql/delta/catalog/DeltaCatalog.class",
              "io/delta/sql/DeltaSparkSessionExtension.class",
              "io/delta/storage/LogStore.class",
              "org/apache/lucene/analysis/hi/HindiStemmer.class",
              "picocli/CommandLine.class",
              "org/msmepulse/cli/Main.class",
              "conf/msme-pulse.properties",
              "conf/gazetteer/schemes.csv");
      String services =
          read(jar, "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister");
      assertThat(services)
          .as("merged service files keep Delta's data source")
          .contains("org.apache.spark.sql.delta.sources.DeltaDataSource");
      // The cluster runs the jar, the local reference run target/classes: they must be one build.
      List<String> stale = new ArrayList<>();
      try (Stream<Path> files = Files.walk(CLASSES)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = CLASSES.relativize(f).toString().replace('\\', '/');
          if (!name.startsWith("org/msmepulse/") && !name.startsWith("conf/")) {
            continue;
          }
          JarEntry e = jar.getJarEntry(name);
          if (e == null) {
            stale.add(name);
          } else if (e.getCrc() != crc(f) && !relocated(jar, e, f)) {
            stale.add(name);
          }
        }
      }
      assertThat(stale)
          .as("target/msme-pulse-job.jar is older than target/classes: run mvn -DskipTests package")
          .isEmpty();
    }
  }

  @Test
  @Order(2)
  @Timeout(value = 40, unit = TimeUnit.MINUTES)
  void jobSurvivesAnExecutorKilledMidRunAndWritesTheTablesOfALocalRun() throws Exception {
    // 1. Input: a generated corpus plus records that exercise duplicates and quarantine.
    Path corpus = base.resolve("corpus");
    assertThat(
            Main.execute(
                "generate",
                "--articles",
                String.valueOf(ARTICLES),
                "--out",
                corpus.toString(),
                "--seed",
                "7"))
        .as("generate")
        .isZero();
    writeExtras(corpus);
    log("corpus: %d generated articles + 7 extra records in %s", ARTICLES, corpus);

    // 2. The reference: the job on Spark local mode in this JVM (as the launcher's run command runs
    // it),
    //    computed while the cluster runs the same input (two cores: the two overlap their idle
    // gaps).
    String localWh = base.resolve("warehouse-local").toString();
    String clusterWh = base.resolve("warehouse-cluster").toString();
    Map<String, String> local = new HashMap<>(JobConfig.defaults().spark);
    local.put("spark.master", "local[2]");
    local.put("spark.ui.enabled", "false");
    local.put("spark.ui.showConsoleProgress", "false");
    spark = SparkSessions.getOrCreate(local);
    JobConfig localCfg =
        JobConfig.defaults().with(Map.of("warehouse", localWh, "input.format", "jsonl"));
    localRun =
        CompletableFuture.supplyAsync(
            () -> {
              long start = System.nanoTime();
              RunSummary s =
                  new PulseJob(spark, localCfg).run(List.of(corpus.toString()), null, false);
              log(
                  "local run done (%s, %s shuffle partitions) in %.0f s: %d records read = %d articles + %d duplicates + %d quarantined",
                  spark.sparkContext().master(),
                  spark.conf().get("spark.sql.shuffle.partitions"),
                  secs(start),
                  s.recordsRead(),
                  s.articles(),
                  s.duplicates(),
                  s.quarantined());
              return s;
            });

    // 3. The cluster: both workers registered with the master.
    long t = System.nanoTime();
    cluster.awaitWorkers(Duration.ofMinutes(3));
    log("cluster up at %s (waited %.0f s)", cluster.masterUrl(), secs(t));

    // 4. spark-submit, client mode, the example standalone defaults sized down to the two small
    // workers.
    assertThat(STANDALONE_CONF).isRegularFile();
    Path driverLogFile = cluster.logs().resolve("driver.log");
    List<String> submit =
        List.of(
            "--properties-file",
            STANDALONE_CONF.toString(),
            "--conf",
            "spark.executor.memory=1g",
            "--conf",
            "spark.executor.cores=1",
            "--conf",
            "spark.cores.max=2",
            "--conf",
            "spark.sql.shuffle.partitions=4",
            "--conf",
            "spark.default.parallelism=4",
            "--conf",
            "spark.databricks.delta.snapshotPartitions=2",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.ui.showConsoleProgress=false",
            "--class",
            "org.msmepulse.cli.Main",
            JOB_JAR.toString(),
            "run",
            "--input",
            corpus.toString(),
            "--format",
            "jsonl",
            "--warehouse",
            clusterWh);
    t = System.nanoTime();
    Process driver = cluster.submit("1g", submit, driverLogFile);
    DriverLog driverLog = new DriverLog(driverLogFile);
    List<Kill> kills = new ArrayList<>();
    Long triggeredAt = null;
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    try {
      while (driver.isAlive()) {
        driverLog.poll();
        long now = System.nanoTime();
        if (kills.isEmpty()) {
          // First kill: half-way, the executor that is running a task.
          boolean halfway = driverLog.midpointAt().isPresent();
          // Fallback in case the job's progress line changes: a while after the first task.
          boolean late =
              driverLog.firstTaskAt().map(f -> now - f > KILL_FALLBACK.toNanos()).orElse(false);
          if (halfway || late) {
            triggeredAt = triggeredAt == null ? now : triggeredAt;
            Optional<String> busy = driverLog.executorWithLongestRunningTask();
            // Wait (up to 30 s) for a task to be running, so the kill lands mid-task.
            if (busy.isPresent() || now - triggeredAt > Duration.ofSeconds(30).toNanos()) {
              int worker = busy.map(this::workerOf).orElse(0);
              kills.add(
                  killExecutor(
                      worker,
                      driverLog,
                      halfway
                          ? "half-way (the job's 'records read' line)"
                          : KILL_FALLBACK.toMinutes() + " min after the first task"));
              triggeredAt = null;
            }
          }
        } else if (kills.size() == 1) {
          // Second kill: once the replacement executor runs tasks, the other worker's original
          // executor,
          // so that no block computed before half-way (cached or checkpointed) survives.
          Kill first = kills.get(0);
          Set<String> replacements = driverLog.executorsFirstBusySince(first.logLine());
          replacements.remove(first.executorId());
          if (!replacements.isEmpty()) {
            int other = (first.worker() + 1) % cluster.workerCount();
            String victim = newestExecutorId(other);
            triggeredAt = triggeredAt == null ? now : triggeredAt;
            if (!driverLog.runningTasksOn(victim).isEmpty()
                || now - triggeredAt > Duration.ofSeconds(30).toNanos()) {
              kills.add(
                  killExecutor(
                      other, driverLog, "after executor(s) " + replacements + " took over"));
            }
          }
        }
        if (System.nanoTime() > deadline) {
          LocalSparkCluster.stop(List.of(driver.toHandle()), Duration.ofSeconds(5));
          throw new AssertionError(
              "the submitted job did not finish within "
                  + JOB_TIMEOUT.toMinutes()
                  + " min (-Dcluster.timeoutMinutes raises the limit)\n"
                  + cluster.tails());
        }
        driver.waitFor(250, TimeUnit.MILLISECONDS);
      }
    } finally {
      if (driver.isAlive()) {
        LocalSparkCluster.stop(List.of(driver.toHandle()), Duration.ofSeconds(5));
      }
    }
    driverLog.poll();
    double clusterSecs = secs(t);
    int exit = driver.exitValue();
    List<String> lines = driverLog.lines();
    String runLine =
        lines.stream()
            .filter(l -> l.startsWith("run ") || l.startsWith("msme-pulse:"))
            .reduce((a, b) -> b)
            .orElse("(none)");
    log("cluster run: exit %d in %.0f s: %s", exit, clusterSecs, runLine);
    assertThat(exit)
        .as(
            "exit status of the job on the cluster after %d executor(s) were killed; %s\n%s",
            kills.size(), runLine, errors(lines) + "\n" + cluster.tails())
        .isZero();

    // 5. Both kills happened mid-run; Spark noticed each and retried; each worker launched a new
    // executor.
    assertThat(kills)
        .as(
            "executors killed: the job ended before both could be (half-way, then after a replacement"
                + " took over); use a bigger corpus (-Dcluster.articles)")
        .hasSize(2);
    for (Kill kill : kills) {
      List<String> after = driverLog.linesFrom(kill.logLine());
      String exec = kill.executorId();
      assertThat(after)
          .as("the driver noticed the loss of executor %s", exec)
          .anyMatch(
              l ->
                  l.contains("Lost executor " + exec + " ")
                      || l.contains("Executor app-") && l.contains("/" + exec + " removed"));
      if (!kill.runningTasks().isEmpty()) {
        // Spark words it two ways: "Lost task ... ExecutorLostFailure" when the exit may be the
        // task's
        // fault, "task ... (TID n) failed because while it was being computed, its executor exited
        // for
        // a reason unrelated to the task" when it is not (then the failure is not counted).
        assertThat(after)
            .as(
                "the tasks running on executor %s (TIDs %s) were failed and retried",
                exec, kill.runningTasks())
            .anyMatch(
                l ->
                    l.contains("Lost task") && l.contains("executor " + exec)
                        || l.contains("ExecutorLostFailure")
                        || kill.runningTasks().stream()
                            .anyMatch(
                                tid ->
                                    l.contains(
                                        "(TID "
                                            + tid
                                            + ") failed because while it was being"
                                            + " computed, its executor exited")));
      }
      Set<String> launched = cluster.executorIdsLaunched(kill.worker());
      assertThat(launched)
          .as(
              "worker %d launched a new executor after executor %s was killed",
              kill.worker() + 1, exec)
          .anyMatch(id -> !id.equals(exec) && Integer.parseInt(id) > Integer.parseInt(exec));
      long lost =
          after.stream()
              .filter(l -> l.contains("Lost task") && l.contains("executor " + exec))
              .count();
      log(
          "executor %s (pid %d, worker %d) was killed %s, %.0f s after the first task, with %d running task(s) %s;"
              + " %d lost-task line(s) followed; executors launched by that worker: %s",
          exec,
          kill.pid(),
          kill.worker() + 1,
          kill.when(),
          kill.secondsIntoJob(),
          kill.runningTasks().size(),
          kill.runningTasks(),
          lost,
          launched);
    }

    // 6. The tables equal the local run's.
    RunSummary reference;
    try {
      reference = localRun.get(JOB_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new AssertionError("the local reference run failed: " + e.getCause(), e.getCause());
    }
    assertThat(reference.recordsRead()).isEqualTo(ARTICLES + 7L);
    t = System.nanoTime();
    WarehouseDiff diff = new WarehouseDiff(spark, localWh, clusterWh);
    Map<String, long[]> counts = diff.counts();
    for (String table : SAME_ROWS) {
      if (counts.containsKey(table)) {
        diff.sameRows(table);
      }
    }
    if (counts.containsKey("keywords_by_month")) {
      diff.sameRankingUpToTies("keywords_by_month", "month", "term", "display", "tfidf", "rank");
    }
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(String.format("%n    %-24s %7d %7d", k, v[0], v[1])));
    log("compared in %.0f s; rows (local, cluster):%s", secs(t), sb);
    diff.notes().forEach(n -> log("note: %s", n));
    assertThat(counts.keySet())
        .as("tables written")
        .containsAll(
            List.of(
                "articles",
                "schemes_by_month",
                "regions_by_month",
                "article_schemes",
                "article_regions",
                "topics",
                "runs"));
    assertThat(counts.get("duplicates")[0])
        .as("the extras' duplicates were found")
        .isGreaterThanOrEqualTo(2);
    assertThat(counts.get("quarantine")[0])
        .as("the extras' bad records were quarantined")
        .isGreaterThanOrEqualTo(2);
    assertThat(diff.problems())
        .as("differences between the local run and the cluster run")
        .isEmpty();
    log("total %.0f s", secs(t0));
  }

  /** What the test killed, and when. */
  record Kill(
      String executorId,
      int worker,
      long pid,
      Set<String> runningTasks,
      int logLine,
      String when,
      double secondsIntoJob) {}

  /** The worker whose work dir holds this executor id (0 when none does). */
  private int workerOf(String executorId) {
    for (int i = 0; i < cluster.workerCount(); i++) {
      if (cluster.executorIdsLaunched(i).contains(executorId)) {
        return i;
      }
    }
    return 0;
  }

  private String newestExecutorId(int worker) {
    return cluster.executorIdsLaunched(worker).stream()
        .max(java.util.Comparator.comparingInt(Integer::parseInt))
        .orElse("?");
  }

  /**
   * SIGKILL to the executor JVM under this worker (its newest executor): a crash, no shutdown
   * hooks.
   */
  private Kill killExecutor(int worker, DriverLog driverLog, String when) {
    List<ProcessHandle> executors = cluster.executors(worker);
    assertThat(executors)
        .as(
            "executor JVMs (%s) under worker %d (pid %d)",
            LocalSparkCluster.EXECUTOR_MAIN, worker + 1, cluster.worker(worker).pid())
        .hasSize(1);
    String id = newestExecutorId(worker);
    Set<String> running = driverLog.runningTasksOn(id);
    ProcessHandle victim = executors.get(0);
    double into = driverLog.firstTaskAt().map(f -> (System.nanoTime() - f) / 1e9).orElse(0.0);
    int line = driverLog.lineCount();
    log(
        "killing executor %s (pid %d, a child of worker %d, pid %d) %s; running TIDs %s",
        id, victim.pid(), worker + 1, cluster.worker(worker).pid(), when, running);
    victim.destroyForcibly();
    try {
      victim.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("executor pid " + victim.pid() + " did not exit after SIGKILL", e);
    }
    return new Kill(id, worker, victim.pid(), running, line, when, into);
  }

  /** Exact duplicates under new ids, an id read twice, and records that must be quarantined. */
  private static void writeExtras(Path corpus) throws IOException {
    Path generated;
    try (Stream<Path> s = Files.list(corpus)) {
      generated = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().findFirst().orElseThrow();
    }
    List<String> firstLines;
    try (Stream<String> s = Files.lines(generated, StandardCharsets.UTF_8)) {
      firstLines = s.limit(3).toList();
    }
    List<String> extras = new ArrayList<>();
    for (int i = 0; i < firstLines.size(); i++) {
      // Same text under another id: an exact-text duplicate.
      extras.add(firstLines.get(i).replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-copy\""));
    }
    extras.add(firstLines.get(0)); // the same id again
    extras.add("{\"id\":\"broken\", \"text\": ");
    extras.add("{\"id\":\"no-text\",\"title\":\"शीर्षक\"}");
    extras.add("[1,2,3]");
    Files.write(corpus.resolve("zz-extras.jsonl"), extras, StandardCharsets.UTF_8);
  }

  private static String errors(List<String> lines) {
    List<String> hits =
        lines.stream()
            .filter(
                l -> l.contains("ERROR") || l.contains("Exception") || l.startsWith("msme-pulse:"))
            .limit(25)
            .toList();
    return "first error lines of the driver:\n" + String.join("\n", hits);
  }

  /**
   * Whether the jar's copy is the class with its protobuf and Guava references relocated by the
   * shade plugin (the serve classes): then it differs from target/classes by those names only.
   */
  private static boolean relocated(JarFile jar, JarEntry e, Path f) throws IOException {
    String shaded = new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
    if (!shaded.contains("org/msmepulse/shaded/")) {
      return false;
    }
    String original = Files.readString(f, StandardCharsets.ISO_8859_1);
    return original.contains("com/google/")
        && Files.getLastModifiedTime(f).toMillis() <= e.getTime() + 2000;
  }

  private static String read(JarFile jar, String name) throws IOException {
    JarEntry e = jar.getJarEntry(name);
    assertThat(e).as(name + " in the job jar").isNotNull();
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static long crc(Path f) throws IOException {
    CRC32 c = new CRC32();
    c.update(Files.readAllBytes(f));
    return c.getValue();
  }

  private static long countJars(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(StandaloneClusterIT.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name + " not found", e);
    }
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void log(String format, Object... args) {
    System.out.printf("[cluster-it %5.0fs] %s%n", secs(t0), String.format(format, args));
  }
}
