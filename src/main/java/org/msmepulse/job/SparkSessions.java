package org.msmepulse.job;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place a SparkSession is made. Under spark-submit the master and resources come from
 * spark-submit; run directly (the launcher, tests) the master defaults to {@code local[*]}. Delta
 * needs both of its settings (with only one, writes or MERGE fail).
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession getOrCreate(Map<String, String> sparkSettings) {
    SparkConf probe = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName("msme-pulse");
    if (!probe.contains("spark.master")) {
      b.master("local[*]");
    }
    b.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    b.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    for (Map.Entry<String, String> e : sparkSettings.entrySet()) {
      if (!probe.contains(e.getKey())) {
        b.config(e.getKey(), e.getValue());
      }
    }
    return b.getOrCreate();
  }
}
