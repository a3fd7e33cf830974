package org.msmepulse.warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Run as its own JVM by {@code HiveMetastoreCatalogTest}: a Spark session with Hive support whose
 * metastore is an embedded Derby database in a folder, so whatever one process registers a later
 * process (nothing in memory) can only know through that database. Prints tab-separated facts on
 * stdout, one per line, each starting with {@code probe}; Spark's log goes to stderr.
 *
 * <pre>
 * HiveCatalogProbe &lt;metastore folder&gt; &lt;warehouse&gt; register   registers the tables twice, then counts them by name
 * HiveCatalogProbe &lt;metastore folder&gt; &lt;warehouse&gt; query      lists, describes and counts the registered tables, then registers again
 * </pre>
 */
public final class HiveCatalogProbe {
  /** Registered by {@link Warehouse#registerInCatalog}. */
  static final String DB = "pulse";

  /** Registered with the README's {@code CREATE TABLE ... USING DELTA LOCATION} statements. */
  static final String SQL_DB = "pulse_sql";

  private HiveCatalogProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: HiveCatalogProbe <metastore folder> <warehouse> register|query");
    }
    String metastore = args[0];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .appName("hive-catalog-probe")
            .master("local[1]")
            .enableHiveSupport()
            // the two Delta settings, as SparkSessions sets them for the job
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
            .config(
                "spark.sql.catalog.spark_catalog",
                "org.apache.spark.sql.delta.catalog.DeltaCatalog")
            // managed tables would go here; external ones (ours) must leave it empty
            .config("spark.sql.warehouse.dir", metastore + "/managed")
            .config(
                "spark.hadoop.javax.jdo.option.ConnectionURL",
                "jdbc:derby:;databaseName=" + metastore + "/metastore_db;create=true")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.databricks.delta.snapshotPartitions", "1")
            .getOrCreate();
    try {
      Warehouse wh = new Warehouse(spark, args[1]);
      out.println("probe\tcatalog\t" + spark.conf().get("spark.sql.catalogImplementation"));
      spark.sql("SHOW DATABASES").collectAsList(); // opens (or creates) the Derby metastore
      long ready = System.nanoTime();
      switch (args[2]) {
        case "register" -> register(spark, wh, out);
        case "query" -> query(spark, wh, out);
        default -> throw new IllegalArgumentException("unknown command " + args[2]);
      }
      // where a probe's time goes: the session with its metastore, then the statements
      out.printf(
          "probe\tseconds\t%.1f\t%.1f%n", (ready - start) / 1e9, (System.nanoTime() - ready) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static void register(SparkSession spark, Warehouse wh, PrintStream out) {
    List<String> first = wh.registerInCatalog(DB);
    List<String> second = wh.registerInCatalog(DB);
    out.println("probe\tregistered\t" + String.join(",", first));
    out.println("probe\tregistered-again\t" + String.join(",", second));
    // the README's statements, verbatim but for the names and locations
    spark.sql("CREATE DATABASE IF NOT EXISTS " + SQL_DB);
    for (String t : Tables.ALL) {
      if (wh.exists(t)) {
        for (int i = 0; i < 2; i++) { // IF NOT EXISTS: the second time changes nothing
          spark.sql(
              "CREATE TABLE IF NOT EXISTS "
                  + SQL_DB
                  + "."
                  + t
                  + " USING DELTA LOCATION '"
                  + wh.path(t).replace("'", "\\'")
                  + "'");
        }
      }
    }
    // Counted by name here for the registered names only; the other JVM counts both databases.
    // (Each
    // count replays a Delta log: the statements, not the metastore, are what makes a probe slow.)
    counts(spark, out, DB);
  }

  private static void query(SparkSession spark, Warehouse wh, PrintStream out) {
    for (String db : List.of(DB, SQL_DB)) {
      for (String t : tables(spark, db)) {
        out.println("probe\ttable\t" + db + "\t" + t);
        Map<String, String> extended =
            spark.sql("DESCRIBE TABLE EXTENDED " + db + "." + t).collectAsList().stream()
                .collect(
                    Collectors.toMap(
                        r -> r.getString(0), r -> String.valueOf(r.get(1)), (x, y) -> x));
        out.println(
            "probe\tdescribe\t"
                + db
                + "."
                + t
                + "\t"
                + extended.get("Provider")
                + "\t"
                + extended.get("Type")
                + "\t"
                + extended.get("Location"));
      }
    }
    // Every table counted by its registered name; the README-statement names were shown above to
    // point
    // at the same folders, and two of them are counted to show they read the same data.
    counts(spark, out, DB);
    for (String t : List.of(Tables.ARTICLES, Tables.QUARANTINE)) {
      out.println(
          "probe\tcount\t"
              + SQL_DB
              + "."
              + t
              + "\t"
              + spark.sql("SELECT count(*) FROM " + SQL_DB + "." + t).first().getLong(0));
    }
    // Delta's own view of one table reached through the metastore name
    Row detail = spark.sql("DESCRIBE DETAIL " + SQL_DB + ".articles").first();
    out.println(
        "probe\tdetail\t"
            + SQL_DB
            + ".articles\t"
            + detail.getAs("format")
            + "\t"
            + detail.getAs("location"));
    long joined =
        spark
            .sql(
                "SELECT count(*) FROM "
                    + DB
                    + ".article_schemes s JOIN "
                    + DB
                    + ".articles a "
                    + "ON s.article_id = a.article_id")
            .first()
            .getLong(0);
    out.println("probe\tjoined\t" + joined);
    // registering again over names the metastore already holds
    out.println("probe\tregistered-again\t" + String.join(",", wh.registerInCatalog(DB)));
    out.println("probe\ttables-after\t" + String.join(",", tables(spark, DB)));
  }

  private static List<String> tables(SparkSession spark, String db) {
    return spark.sql("SHOW TABLES IN " + db).collectAsList().stream()
        .map(r -> r.<String>getAs("tableName"))
        .sorted()
        .toList();
  }

  /** Every table of the database counted by its name. */
  private static void counts(SparkSession spark, PrintStream out, String db) {
    for (String t : tables(spark, db)) {
      out.println(
          "probe\tcount\t"
              + db
              + "."
              + t
              + "\t"
              + spark.sql("SELECT count(*) FROM " + db + "." + t).first().getLong(0));
    }
  }
}
