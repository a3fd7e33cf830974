package org.msmepulse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.cli.Main;
import org.msmepulse.spark.ProjectJvm;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Tables;

/**
 * {@code serve} as analysts meet it: the command started in a JVM of its own on a free loopback
 * port, reached from this JVM through Arrow's Flight SQL JDBC driver (the one DBeaver loads).
 */
class FlightSqlServeTest extends SparkTestBase {
  private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");
  @TempDir static Path dir;
  static String wh;
  static Server server;

  @BeforeAll
  static void warehouseAndServer() throws Exception {
    wh = dir.resolve("warehouse").toString();
    assertThat(Main.execute("run", "--warehouse", wh)).isZero();
    server = Server.start(dir, Map.of(), "serve", "--warehouse", wh, "--port", "0");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void queriesByNameAnswerAsTheSqlCommandDoes() throws Exception {
    String[] queries = {
      "SELECT month, scheme_code, articles FROM schemes_by_month ORDER BY month, scheme_code",
      "SELECT month, state_code, articles FROM regions_by_month ORDER BY month, state_code, articles",
      "SELECT article_id, month, title FROM articles ORDER BY article_id",
      "SELECT topic_id, label FROM topics ORDER BY topic_id",
      "SELECT count(*) AS n FROM article_schemes"
    };
    try (Connection c = connect(server.port, null, null)) {
      for (String q : queries) {
        List<String> viaFlight = csv(c, q);
        List<String> viaSql = sqlCommand(q);
        assertThat(viaFlight).as(q).hasSizeGreaterThan(1).isEqualTo(viaSql);
      }
      assertThat(single(c, "SELECT count(*) FROM spark_catalog.msme_pulse.article_schemes"))
          .isEqualTo(count(wh, Tables.ARTICLE_SCHEMES));
      // a prepared statement, executed twice
      try (PreparedStatement ps =
          c.prepareStatement("SELECT count(DISTINCT month) AS months FROM articles")) {
        long first = single(ps.executeQuery());
        assertThat(first).isPositive().isEqualTo(single(ps.executeQuery()));
      }
    }
  }

  @Test
  void theCatalogListsTablesAndColumns() throws Exception {
    try (Connection c = connect(server.port, null, null)) {
      DatabaseMetaData md = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, null, "%", null)) {
        while (rs.next()) {
          assertThat(rs.getString("TABLE_SCHEM")).isEqualTo("msme_pulse");
          assertThat(rs.getString("TABLE_TYPE")).isEqualTo("TABLE");
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(tables)
          .contains(Tables.ARTICLES, Tables.SCHEMES_BY_MONTH, Tables.REGIONS_BY_MONTH, Tables.RUNS);
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = md.getColumns(null, "msme_pulse", Tables.SCHEMES_BY_MONTH, "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME"));
        }
      }
      List<String> expected =
          List.of(
              spark
                  .read()
                  .format("delta")
                  .load(wh + "/" + Tables.SCHEMES_BY_MONTH)
                  .schema()
                  .fieldNames());
      assertThat(columns).isEqualTo(expected);
      List<String> schemas = new ArrayList<>();
      try (ResultSet rs = md.getSchemas()) {
        while (rs.next()) {
          schemas.add(rs.getString("TABLE_SCHEM"));
        }
      }
      assertThat(schemas).containsExactly("msme_pulse");
    }
  }

  @Test
  void writesReflectionAndPathReadsAreRefusedAndTheServerKeepsServing() throws Exception {
    long articles = count(wh, Tables.ARTICLES);
    long version = versionOf(Tables.ARTICLES);
    String[] refused = {
      "DROP TABLE articles",
      "DELETE FROM articles",
      "INSERT INTO articles SELECT * FROM articles",
      "CREATE TABLE stolen USING delta AS SELECT * FROM articles",
      "SET spark.sql.warehouse.dir=/tmp",
      "SELECT reflect('java.lang.System', 'getProperty', 'user.home')",
      "SELECT * FROM text.`/etc/passwd`",
      "SELECT * FROM json.`" + dir + "`"
    };
    try (Connection c = connect(server.port, null, null)) {
      for (String q : refused) {
        try (Statement s = c.createStatement()) {
          assertThatThrownBy(() -> s.executeQuery(q).next())
              .as(() -> q + "\nserver said:\n" + server.output())
              .isInstanceOf(SQLException.class)
              .hasStackTraceContaining("read-only");
        }
      }
      // the same connection still answers, and time travel by path inside the warehouse is allowed
      assertThat(single(c, "SELECT count(*) FROM articles")).isEqualTo(articles);
      assertThat(
              single(
                  c, "SELECT count(*) FROM delta.`" + wh + "/articles` VERSION AS OF " + version))
          .isEqualTo(articles);
    }
    assertThat(count(wh, Tables.ARTICLES)).isEqualTo(articles);
    assertThat(versionOf(Tables.ARTICLES)).isEqualTo(version);
  }

  @Test
  void aNewRunIsSeenWithoutARestart() throws Exception {
    try (Connection c = connect(server.port, null, null)) {
      long before = single(c, "SELECT count(*) FROM articles");
      Path batch = dir.resolve("batch");
      assertThat(
              Main.execute(
                  "generate",
                  "--articles",
                  "12",
                  "--seed",
                  "5",
                  "--first-id",
                  "900000",
                  "--out",
                  batch.toString()))
          .isZero();
      assertThat(Main.execute("run", "--warehouse", wh, "--input", batch.toString())).isZero();
      long after = count(wh, Tables.ARTICLES);
      assertThat(after).isGreaterThan(before);
      assertThat(single(c, "SELECT count(*) FROM articles")).isEqualTo(after);
      assertThat(single(c, "SELECT count(*) FROM runs")).isEqualTo(count(wh, Tables.RUNS));
    }
  }

  @Test
  void aLoginIsCheckedWhenConfigured() throws Exception {
    try (Server guarded =
        Server.start(
            dir.resolve("login"),
            Map.of("MSME_PULSE_SERVE_PASSWORD", "s3cret-pw"),
            "serve",
            "--warehouse",
            wh,
            "--port",
            "0",
            "--user",
            "analyst")) {
      assertThatThrownBy(() -> single(connect(guarded.port, null, null), "SELECT 1"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> single(connect(guarded.port, "analyst", "wrong"), "SELECT 1"))
          .isInstanceOf(SQLException.class);
      try (Connection c = connect(guarded.port, "analyst", "s3cret-pw")) {
        assertThat(single(c, "SELECT count(*) FROM articles"))
            .isEqualTo(count(wh, Tables.ARTICLES));
      }
    }
  }

  @Test
  void tlsIsOfferedWithACertificate() throws Exception {
    Path tls = dir.resolve("tls");
    Path[] certAndKey = selfSignedCertificate(tls);
    try (Server secure =
        Server.start(
            tls,
            Map.of(),
            "serve",
            "--warehouse",
            wh,
            "--port",
            "0",
            "--tls-cert",
            certAndKey[0].toString(),
            "--tls-key",
            certAndKey[1].toString())) {
      String url =
          "jdbc:arrow-flight-sql://localhost:"
              + secure.port
              + "?useEncryption=true&tlsRootCerts="
              + certAndKey[0];
      try (Connection c = DriverManager.getConnection(url)) {
        assertThat(single(c, "SELECT count(*) FROM articles"))
            .isEqualTo(count(wh, Tables.ARTICLES));
      }
      // a client that does not speak TLS gets no answer
      assertThatThrownBy(() -> single(connect(secure.port, null, null), "SELECT 1"))
          .isInstanceOf(SQLException.class);
    }
  }

  /** A self-signed certificate for localhost and 127.0.0.1 (PEM) and its PKCS#8 key (PEM). */
  private static Path[] selfSignedCertificate(Path out) throws Exception {
    Files.createDirectories(out);
    Path store = out.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "serve",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(said).isZero();
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    java.util.Base64.Encoder b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes());
    Path cert = out.resolve("server.pem");
    Path key = out.resolve("server.key");
    Files.writeString(
        cert,
        "-----BEGIN CERTIFICATE-----\n"
            + b64.encodeToString(ks.getCertificate("serve").getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    Files.writeString(
        key,
        "-----BEGIN PRIVATE KEY-----\n"
            + b64.encodeToString(ks.getKey("serve", "changeit".toCharArray()).getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    return new Path[] {cert, key};
  }

  @Test
  void anAddressBeyondLoopbackNeedsALoginAndTls() {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute("serve", "--warehouse", wh, "--host", "0.0.0.0", "--port", "0"))
          .isEqualTo(2);
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a login").contains("TLS");
    assertThatThrownBy(() -> FlightSqlEndpoint.checkExposure("0.0.0.0", true, "pw", false))
        .hasMessageContaining("TLS");
    assertThatThrownBy(() -> FlightSqlEndpoint.checkExposure("127.0.0.1", true, "", false))
        .hasMessageContaining("MSME_PULSE_SERVE_PASSWORD");
    FlightSqlEndpoint.checkExposure("0.0.0.0", true, "pw", true);
    FlightSqlEndpoint.checkExposure("127.0.0.1", false, null, false);
  }

  @Test
  void likePatternsFollowSql() {
    assertThat(SparkFlightSqlProducer.like("%_month").matcher("schemes_by_month").matches())
        .isTrue();
    assertThat(SparkFlightSqlProducer.like("schemes\\_by%").matcher("schemesXby_month").matches())
        .isFalse();
    assertThat(SparkFlightSqlProducer.like("art_cles").matcher("articles").matches()).isTrue();
    assertThat(SparkFlightSqlProducer.like(null).matcher("anything").matches()).isTrue();
  }

  // ---- helpers

  private static long versionOf(String table) {
    return spark
        .sql("DESCRIBE HISTORY delta.`" + wh + "/" + table + "`")
        .selectExpr("max(version)")
        .first()
        .getLong(0);
  }

  static Connection connect(int port, String user, String password) throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(
        "jdbc:arrow-flight-sql://127.0.0.1:" + port + "?useEncryption=false", p);
  }

  private static long single(Connection c, String q) throws SQLException {
    try (Statement s = c.createStatement()) {
      return single(s.executeQuery(q));
    }
  }

  private static long single(ResultSet rs) throws SQLException {
    try (rs) {
      assertThat(rs.next()).isTrue();
      long v = rs.getLong(1);
      assertThat(rs.next()).isFalse();
      return v;
    }
  }

  /** The result as the sql command's CSV prints it: a header, then one line per row. */
  private static List<String> csv(Connection c, String q) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(q)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> head = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        head.add(md.getColumnLabel(i));
      }
      out.add(String.join(",", head));
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          cells.add(v == null ? "" : csvCell(v.toString()));
        }
        out.add(String.join(",", cells));
      }
    }
    return out;
  }

  private static String csvCell(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\\\"") + "\""
        : v;
  }

  private static List<String> sqlCommand(String q) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute("sql", q, "--warehouse", wh, "--format", "csv")).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The serve command in a JVM of its own, as the launcher starts it. */
  static final class Server implements AutoCloseable {
    final Process process;
    final int port;
    final BlockingQueue<String> lines;

    private Server(Process process, int port, BlockingQueue<String> lines) {
      this.process = process;
      this.port = port;
      this.lines = lines;
    }

    /** What the server printed since it started listening. */
    String output() {
      List<String> out = new ArrayList<>();
      lines.drainTo(out);
      return String.join("\n", out);
    }

    static Server start(Path workDir, Map<String, String> env, String... args) throws Exception {
      Files.createDirectories(workDir);
      List<String> cmd = ProjectJvm.command(args);
      ProcessBuilder pb =
          new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                  }
                } catch (IOException ignored) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      List<String> seen = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        String l = lines.poll(1, TimeUnit.SECONDS);
        if (l == null) {
          if (!p.isAlive()) {
            break;
          }
          continue;
        }
        seen.add(l);
        Matcher m = LISTENING.matcher(l);
        if (m.find()) {
          return new Server(p, Integer.parseInt(m.group(1)), lines);
        }
      }
      p.destroyForcibly();
      throw new AssertionError("serve did not start:\n" + String.join("\n", seen));
    }

    /** Stops it as Ctrl-C does (SIGTERM runs the same shutdown path) and checks it stopped. */
    @Override
    public void close() throws Exception {
      process.destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
  }
}
