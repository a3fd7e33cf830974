package org.msmepulse.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.msmepulse.job.SparkSessions;

/**
 * One local SparkSession per test JVM, shared by every Spark test (as Apache Iceberg's TestBase),
 * with Delta configured exactly as the job configures it, and small helpers that return plain rows.
 */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    if (spark == null) {
      spark =
          SparkSessions.getOrCreate(
              Map.of(
                  "spark.master", "local[2]",
                  "spark.ui.enabled", "false",
                  "spark.ui.showConsoleProgress", "false",
                  "spark.sql.shuffle.partitions", "4",
                  "spark.default.parallelism", "2",
                  "spark.databricks.delta.snapshotPartitions", "2",
                  "spark.sql.session.timeZone", "UTC"));
    }
  }

  protected static List<Row> sql(String query) {
    return spark.sql(query).collectAsList();
  }

  protected static List<Row> table(String warehouse, String name) {
    return spark.read().format("delta").load(warehouse + "/" + name).collectAsList();
  }

  protected static long count(String warehouse, String name) {
    return spark.read().format("delta").load(warehouse + "/" + name).count();
  }
}
