package org.msmepulse.job;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.warehouse.ReadOnlyExtension;

/**
 * The one place a SparkSession is made. Under spark-submit the master and resources come from
 * spark-submit; run directly (the launcher, tests) the master defaults to {@code local[*]}. Delta
 * needs both of its settings (with only one, writes or MERGE fail). The read-only guard of {@code
 * sql} and {@code serve} is installed in every session, and off until a session turns it on.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession getOrCreate(Map<String, String> sparkSettings) {
    SparkConf probe = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName("msme-pulse");
    if (!probe.contains("spark.master")) {
      b.master("local[*]");
    }
    b.config("spark.sql.extensions", extensions(probe.get("spark.sql.extensions", "")));
    b.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    for (Map.Entry<String, String> e : sparkSettings.entrySet()) {
      if (!probe.contains(e.getKey())) {
        b.config(e.getKey(), e.getValue());
      }
    }
    return b.getOrCreate();
  }

  /** The extensions already set (spark-submit, spark-defaults), with Delta's and ours added. */
  static String extensions(String given) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (String n : given.split(",")) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    names.add("io.delta.sql.DeltaSparkSessionExtension");
    names.add(ReadOnlyExtension.class.getName());
    return String.join(",", names);
  }
}
