package org.msmepulse.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 built from the Maven jars: a master and N workers,
 * each its own JVM, and the drivers submitted to it. Nothing is downloaded: {@code SPARK_HOME} is a
 * folder under {@code target/} whose {@code jars/} holds symbolic links to the runtime classpath
 * ({@code target/classpath.txt}) minus what the job jar bundles itself, i.e. what a Spark
 * distribution ships. Every port is a free one picked at start (no 7077/8080/6066).
 *
 * <p>Every process this class starts is recorded by its {@link ProcessHandle} and stopped in {@link
 * #close()} by its id: first the processes' own descendants are noted (a worker's executor JVMs),
 * then each process gets SIGTERM ({@code destroy}), and whatever is still alive after a grace
 * period gets SIGKILL ({@code destroyForcibly}). A JVM shutdown hook does the same if the test JVM
 * is stopped before {@code close()} runs.
 */
final class LocalSparkCluster implements AutoCloseable {
  static final String EXECUTOR_MAIN = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

  /**
   * Jars on the project's runtime classpath that a Spark distribution does not ship and that the
   * job jar does not bundle either: they come only with Delta's Kernel modules. They are left out
   * of SPARK_HOME so the cluster's classpath is Spark's own; the test proves the job does not need
   * them.
   */
  static final List<String> NOT_IN_SPARK_DISTRIBUTION = List.of("jackson-datatype-jdk8-");

  private final Path projectDir;
  private final Path base;
  private final Path sparkHome;
  private final Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
  private final Path logConfig;
  private final List<Process> started = new ArrayList<>();
  private final List<Path> workerDirs = new ArrayList<>();
  private final List<Path> workerLogs = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-spark-cluster");
  private Process master;
  private int masterPort;
  private int masterUiPort;
  private List<String> excludedJars = List.of();

  /**
   * @param projectDir the checkout (for target/classpath.txt, target/msme-pulse-job.jar,
   *     conf/jvm.args)
   * @param base a folder for SPARK_HOME, logs and the workers' work dirs
   * @param logConfig log4j2 configuration for the cluster's JVMs
   */
  LocalSparkCluster(Path projectDir, Path base, Path logConfig) {
    this.projectDir = projectDir;
    this.base = base;
    this.sparkHome = base.resolve("spark-home");
    this.logConfig = logConfig;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  Path sparkHome() {
    return sparkHome;
  }

  Path logs() {
    return base.resolve("logs");
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  List<String> excludedJars() {
    return excludedJars;
  }

  Path workerDir(int i) {
    return workerDirs.get(i);
  }

  Path workerLog(int i) {
    return workerLogs.get(i);
  }

  Path masterLog() {
    return logs().resolve("master.log");
  }

  ProcessHandle worker(int i) {
    return workers.get(i).toHandle();
  }

  int workerCount() {
    return workers.size();
  }

  /**
   * SPARK_HOME/jars: a link to every jar of target/classpath.txt except the ones whose classes the
   * job jar already carries (Delta, Unity Catalog client, Lucene, picocli: what the shade plugin
   * bundles) and {@link #NOT_IN_SPARK_DISTRIBUTION}. Rebuilt on every run.
   */
  void buildSparkHome(Path jobJar) throws IOException {
    Path cpFile = projectDir.resolve("target/classpath.txt");
    if (!Files.isRegularFile(cpFile)) {
      throw new IllegalStateException(
          cpFile + " is missing: build first with mvn -DskipTests package");
    }
    Set<String> bundled = new HashSet<>();
    try (JarFile jar = new JarFile(jobJar.toFile())) {
      jar.stream().forEach(e -> bundled.add(e.getName()));
    }
    Path jars = sparkHome.resolve("jars");
    deleteTree(sparkHome);
    Files.createDirectories(jars);
    Files.createDirectories(sparkHome.resolve("conf"));
    List<String> excluded = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (String entry :
        Files.readString(cpFile, StandardCharsets.UTF_8)
            .strip()
            .split(java.io.File.pathSeparator)) {
      if (entry.isBlank() || !entry.endsWith(".jar")) {
        continue;
      }
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (NOT_IN_SPARK_DISTRIBUTION.stream().anyMatch(name::startsWith)
          || isBundled(jar, bundled)) {
        excluded.add(name);
        continue;
      }
      if (names.add(name)) {
        Files.createSymbolicLink(jars.resolve(name), jar);
      }
    }
    if (names.stream().noneMatch(n -> n.startsWith("spark-core_"))) {
      throw new IllegalStateException("target/classpath.txt holds no spark-core jar: " + cpFile);
    }
    excludedJars = List.copyOf(excluded);
  }

  /** True when the job jar holds the classes of this jar (sampled: up to 25 class files). */
  private static boolean isBundled(Path jar, Set<String> jobJarEntries) throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      List<String> classes =
          j.stream()
              .map(e -> e.getName())
              .filter(
                  n ->
                      n.endsWith(".class")
                          && !n.startsWith("META-INF/")
                          && !n.endsWith("module-info.class"))
              .limit(25)
              .toList();
      if (classes.isEmpty()) {
        return false;
      }
      long present = classes.stream().filter(jobJarEntries::contains).count();
      return present * 2 > classes.size();
    }
  }

  /** Starts the master and the workers (does not wait for them: see {@link #awaitWorkers}). */
  void start(int workerCount, int coresEach, String memoryEach) throws IOException {
    Files.createDirectories(logs());
    masterPort = freePort();
    masterUiPort = freePort();
    master =
        launch(
            "master",
            List.of("-Xmx384m", "-Dspark.master.rest.enabled=false"),
            "org.apache.spark.deploy.master.Master",
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(masterPort),
                "--webui-port",
                String.valueOf(masterUiPort)),
            masterLog());
    for (int i = 0; i < workerCount; i++) {
      Path dir = base.resolve("worker-" + (i + 1));
      Files.createDirectories(dir);
      Path log = logs().resolve("worker-" + (i + 1) + ".log");
      workerDirs.add(dir);
      workerLogs.add(log);
      workers.add(
          launch(
              "worker-" + (i + 1),
              List.of("-Xmx384m"),
              "org.apache.spark.deploy.worker.Worker",
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--port",
                  String.valueOf(freePort()),
                  "--webui-port",
                  String.valueOf(freePort()),
                  "--cores",
                  String.valueOf(coresEach),
                  "--memory",
                  memoryEach,
                  "--work-dir",
                  dir.toString(),
                  masterUrl()),
              log));
    }
  }

  /** Waits until the master reports every worker ALIVE; fails early when one of the JVMs died. */
  void awaitWorkers(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "(no answer)";
    while (System.nanoTime() < deadline) {
      checkAlive(master, "master", masterLog());
      for (int i = 0; i < workers.size(); i++) {
        checkAlive(workers.get(i), "worker " + (i + 1), workerLogs.get(i));
      }
      Optional<String> json = httpGet("http://127.0.0.1:" + masterUiPort + "/json/");
      if (json.isPresent()) {
        last = json.get();
        Matcher m = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)").matcher(last);
        if (m.find() && Integer.parseInt(m.group(1)) >= workers.size()) {
          return;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the Spark master did not report "
            + workers.size()
            + " alive workers within "
            + timeout.toSeconds()
            + " s; its last answer: "
            + abbreviate(last, 600)
            + "\n"
            + tails());
  }

  /** Starts {@code SparkSubmit} in client mode: the driver runs in that JVM. */
  Process submit(String driverMemory, List<String> submitArgs, Path log) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("--master", masterUrl(), "--deploy-mode", "client"));
    args.addAll(submitArgs);
    return launch(
        "driver", List.of("-Xmx" + driverMemory), "org.apache.spark.deploy.SparkSubmit", args, log);
  }

  /** The executor JVMs the worker started: its descendants running CoarseGrainedExecutorBackend. */
  List<ProcessHandle> executors(int worker) {
    return workers
        .get(worker)
        .toHandle()
        .descendants()
        .filter(
            p ->
                p.info().commandLine().map(c -> c.contains(EXECUTOR_MAIN)).orElse(false)
                    || p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(EXECUTOR_MAIN))
                        .orElse(false))
        .toList();
  }

  /** The executor ids a worker has launched for any application (its work dir: app-.../<id>/). */
  Set<String> executorIdsLaunched(int worker) {
    Set<String> ids = new HashSet<>();
    try (Stream<Path> apps = Files.list(workerDirs.get(worker))) {
      for (Path app : apps.filter(Files::isDirectory).toList()) {
        try (Stream<Path> ex = Files.list(app)) {
          ex.filter(Files::isDirectory).forEach(p -> ids.add(p.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private Process launch(
      String role, List<String> jvmOptions, String mainClass, List<String> args, Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin.toString());
    cmd.add("@" + projectDir.resolve("conf/jvm.args"));
    cmd.addAll(jvmOptions);
    cmd.add("-Dlog4j2.configurationFile=" + logConfig);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + "/*");
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(projectDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(
            k -> k.startsWith("SPARK_") || k.startsWith("HADOOP_") || k.equals("PYSPARK_PYTHON"));
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    Files.writeString(
        logs().resolve(role + ".cmd"), String.join(" ", cmd) + "\n", StandardCharsets.UTF_8);
    Process p = pb.start();
    synchronized (started) {
      started.add(p);
    }
    return p;
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already: the hook runs stopAll itself
    }
  }

  /** Stops every started process and its descendants by process id: SIGTERM, then SIGKILL. */
  private void stopAll() {
    List<ProcessHandle> handles = new ArrayList<>();
    synchronized (started) {
      // Drivers first, then workers, then the master (reverse start order).
      for (int i = started.size() - 1; i >= 0; i--) {
        ProcessHandle h = started.get(i).toHandle();
        h.descendants().forEach(handles::add);
        handles.add(h);
      }
    }
    stop(handles, Duration.ofSeconds(15));
  }

  /** destroy() each, wait up to {@code grace}, then destroyForcibly() what is still alive. */
  static void stop(List<ProcessHandle> handles, Duration grace) {
    for (ProcessHandle h : handles) {
      if (h.isAlive()) {
        h.destroy();
      }
    }
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle h : handles) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          h.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (Exception e) {
          // still alive: killed below
        }
      }
    }
    for (ProcessHandle h : handles) {
      if (h.isAlive()) {
        h.destroyForcibly();
      }
    }
    for (ProcessHandle h : handles) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // nothing more can be done by id
      }
    }
  }

  /** The last lines of every log, for failure messages. */
  String tails() {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(logs())) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".log"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        sb.append("---- ").append(f).append(" (last lines)\n").append(tail(f, 25)).append('\n');
      }
    } catch (IOException e) {
      sb.append("(cannot list ").append(logs()).append(": ").append(e.getMessage()).append(")\n");
    }
    return sb.toString();
  }

  static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }

  private static void checkAlive(Process p, String role, Path log) {
    if (!p.isAlive()) {
      throw new AssertionError(
          "the Spark "
              + role
              + " exited with status "
              + p.exitValue()
              + " during start-up; "
              + log
              + ":\n"
              + tail(log, 40));
    }
  }

  private static Optional<String> httpGet(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(5000);
      try (InputStream in = c.getInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + " ...";
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
