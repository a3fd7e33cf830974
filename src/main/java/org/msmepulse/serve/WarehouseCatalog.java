package org.msmepulse.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.warehouse.ReadOnlyGuard;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;

/**
 * The warehouse's tables as the server's catalog shows them: external tables over the Delta folders
 * in the session's catalog, in one schema made current, so a query names them plainly ({@code
 * schemes_by_month}) or fully ({@code spark_catalog.msme_pulse.schemes_by_month}). Tables are
 * registered by location, so each query reads the table's latest version; a table that appears
 * after the server started (the first run) is registered at the next call.
 */
final class WarehouseCatalog {
  static final String CATALOG = "spark_catalog";
  static final String SCHEMA = "msme_pulse";
  private static final long RECHECK_MS = 2_000;

  private final SparkSession spark;
  private final Warehouse warehouse;
  private volatile List<String> registered = List.of();
  private volatile long checkedAt;

  WarehouseCatalog(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /**
   * Registers the tables that exist now (looked for at most every two seconds, until all are
   * there); returns their names.
   */
  synchronized List<String> refresh() {
    long now = System.currentTimeMillis();
    if (now - checkedAt < RECHECK_MS || registered.size() == Tables.ALL.size()) {
      return registered;
    }
    registered =
        ReadOnlyGuard.trusted(
            () -> {
              List<String> names = warehouse.registerInCatalog(SCHEMA);
              spark.catalog().setCurrentDatabase(SCHEMA);
              return names;
            });
    checkedAt = now;
    return registered;
  }

  /** Each registered table's plain name and columns, in the warehouse's table order. */
  Map<String, StructType> tables() {
    Map<String, StructType> out = new LinkedHashMap<>();
    for (String qualified : refresh()) {
      out.put(qualified.substring(SCHEMA.length() + 1), spark.table(qualified).schema());
    }
    return out;
  }
}
