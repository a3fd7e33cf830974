package org.msmepulse.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.SparkSessions;
import org.msmepulse.serve.FlightSqlEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    description =
        "Serve the warehouse's tables, read-only, to SQL tools over Arrow Flight SQL (JDBC, ADBC)"
            + " until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
  static final String PASSWORD_ENV = "MSME_PULSE_SERVE_PASSWORD";

  @Option(names = "--warehouse", description = "Folder of the Delta tables (default: ./warehouse)")
  String warehouse;

  @Option(names = "--host", description = "Address to listen on (default: 127.0.0.1)")
  String host;

  @Option(names = "--port", description = "Port to listen on; 0 = any free port (default: 31337)")
  Integer port;

  @Option(
      names = "--user",
      description = "Login user; the password is read from $" + PASSWORD_ENV + " (default: none)")
  String user;

  @Option(names = "--tls-cert", description = "PEM certificate chain, for TLS")
  String tlsCert;

  @Option(names = "--tls-key", description = "PEM (PKCS#8) private key of the certificate")
  String tlsKey;

  @Option(names = "--conf", description = "A properties file of settings")
  Path conf;

  @Override
  public Integer call() throws Exception {
    Map<String, String> cli = new LinkedHashMap<>();
    cli.put("warehouse", warehouse);
    cli.put("serve.host", host);
    cli.put("serve.port", port == null ? null : String.valueOf(port));
    cli.put("serve.user", user);
    cli.put("serve.tls_cert", tlsCert);
    cli.put("serve.tls_key", tlsKey);
    cli.put("spark.ui.showConsoleProgress", "false");
    JobConfig cfg = JobConfig.load(conf, cli);
    SparkSession spark = SparkSessions.getOrCreate(cfg.spark);
    FlightSqlEndpoint endpoint = FlightSqlEndpoint.start(spark, cfg, System.getenv(PASSWORD_ENV));
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              System.out.println("msme-pulse serve: stopping");
              try {
                endpoint.close();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                stopped.countDown();
              }
            },
            "msme-pulse-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    System.out.println(
        "msme-pulse serve: listening on "
            + cfg.serveHost
            + ":"
            + endpoint.port()
            + " (JDBC URL "
            + endpoint.jdbcUrl()
            + ")");
    System.out.flush();
    endpoint.awaitTermination();
    stopped.await();
    return 0;
  }
}
