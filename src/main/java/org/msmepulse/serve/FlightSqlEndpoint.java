package org.msmepulse.serve;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.auth2.BasicCallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.GeneratedBearerTokenAuthenticator;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.ConfigException;
import org.msmepulse.config.JobConfig;
import org.msmepulse.warehouse.ReadOnlyGuard;
import org.msmepulse.warehouse.Warehouse;

/**
 * The Arrow Flight SQL endpoint over a warehouse: a read-only Spark session of its own, the tables
 * registered by name, and a Flight server on the configured address. Loopback by default; any other
 * address needs a login (Flight's basic authentication, answered with a bearer token) and TLS, or
 * the endpoint refuses to start.
 */
public final class FlightSqlEndpoint implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(FlightSqlEndpoint.class);

  private final BufferAllocator allocator;
  private final SparkFlightSqlProducer producer;
  private final FlightServer server;
  private final String host;
  private final boolean tls;

  private FlightSqlEndpoint(
      BufferAllocator allocator,
      SparkFlightSqlProducer producer,
      FlightServer server,
      String host,
      boolean tls) {
    this.allocator = allocator;
    this.producer = producer;
    this.server = server;
    this.host = host;
    this.tls = tls;
  }

  /**
   * Starts serving {@code cfg.warehouse}. {@code password} is the login's password (from the
   * environment), or null for none.
   */
  public static FlightSqlEndpoint start(SparkSession base, JobConfig cfg, String password)
      throws IOException {
    boolean login = !cfg.serveUser.isEmpty();
    boolean tls = !cfg.serveTlsCert.isEmpty();
    checkExposure(cfg.serveHost, login, password, tls);
    SparkSession spark = base.newSession();
    Warehouse wh = new Warehouse(spark, cfg.warehouse);
    WarehouseCatalog catalog = new WarehouseCatalog(spark, wh);
    catalog.refresh();
    ReadOnlyGuard.enable(spark, wh.location());
    BufferAllocator allocator = new RootAllocator();
    SparkFlightSqlProducer producer = new SparkFlightSqlProducer(spark, catalog, allocator);
    Location where =
        tls
            ? Location.forGrpcTls(cfg.serveHost, cfg.servePort)
            : Location.forGrpcInsecure(cfg.serveHost, cfg.servePort);
    FlightServer.Builder b = FlightServer.builder(allocator, where, producer);
    if (tls) {
      b.useTls(new File(cfg.serveTlsCert), new File(cfg.serveTlsKey));
    }
    if (login) {
      b.headerAuthenticator(
          new GeneratedBearerTokenAuthenticator(
              new BasicCallHeaderAuthenticator(validator(cfg.serveUser, password))));
    }
    FlightServer server = b.build();
    try {
      server.start();
    } catch (IOException e) {
      producer.close();
      allocator.close();
      throw new IOException(
          "cannot listen on " + cfg.serveHost + ":" + cfg.servePort + ": " + e.getMessage(), e);
    }
    LOG.info("serving warehouse {} on {}:{}", wh.location(), cfg.serveHost, server.getPort());
    return new FlightSqlEndpoint(allocator, producer, server, cfg.serveHost, tls);
  }

  /** Refuses an address beyond loopback without a login and TLS, and a login without both parts. */
  static void checkExposure(String host, boolean login, String password, boolean tls) {
    boolean hasPassword = password != null && !password.isEmpty();
    if (login && !hasPassword) {
      throw new ConfigException(
          "serve.user is set but MSME_PULSE_SERVE_PASSWORD is empty: set the password in the"
              + " environment");
    }
    if (!login && hasPassword) {
      throw new ConfigException("MSME_PULSE_SERVE_PASSWORD is set but serve.user (--user) is not");
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("serve.host '" + host + "' does not resolve");
    }
    if (!loopback && !(login && tls)) {
      throw new ConfigException(
          "serve.host "
              + host
              + " is reachable beyond this machine: it needs a login (serve.user and"
              + " MSME_PULSE_SERVE_PASSWORD) and TLS (serve.tls_cert, serve.tls_key)");
    }
  }

  private static BasicCallHeaderAuthenticator.CredentialValidator validator(
      String user, String password) {
    byte[] want = (user + "\u0000" + password).getBytes(StandardCharsets.UTF_8);
    return (u, p) -> {
      byte[] got = (u + "\u0000" + p).getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(want, got)) {
        throw CallStatus.UNAUTHENTICATED
            .withDescription("wrong user or password")
            .toRuntimeException();
      }
      return () -> u;
    };
  }

  public int port() {
    return server.getPort();
  }

  /** The Flight SQL JDBC driver's URL for this endpoint. */
  public String jdbcUrl() {
    return "jdbc:arrow-flight-sql://" + host + ":" + port() + "?useEncryption=" + tls;
  }

  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /** Stops taking calls, lets running ones finish (up to 10 s), then frees the Arrow memory. */
  @Override
  public void close() throws InterruptedException {
    server.shutdown();
    if (!server.awaitTermination(10, TimeUnit.SECONDS)) {
      LOG.warn("calls still running after 10 s; stopping them");
    }
    try {
      server.close();
    } catch (Exception e) {
      LOG.warn("closing the Flight server: {}", e.toString());
    }
    producer.close();
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      LOG.warn("Arrow memory still held at stop: {}", e.getMessage());
    }
  }
}
