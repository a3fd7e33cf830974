package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.CONTENT_HASH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The stored articles' keys ({@code article_id}, {@code content_hash}) that a small batch shares an
 * id or a text with, found in one scan of two columns and kept in the driver. Whether the batch is
 * only unchanged articles and which of its records repeat a stored text are decided on these keys
 * alone (every other stored article has neither an id nor a text of the batch), so the run reads
 * the stored keys once for both instead of once for each (a join, then a scan), and not at all for
 * the batches above {@link #DRIVER_LIMIT} records, which keep the joins.
 */
public final class StoredKeys {
  /** Batches of up to this many records (as the other driver paths of this package). */
  static final int DRIVER_LIMIT = 50_000;

  /** {@link #DRIVER_LIMIT}, lowered by tests. */
  static volatile int driverLimit = DRIVER_LIMIT;

  static final StructType SCHEMA =
      new StructType()
          .add(ARTICLE_ID, DataTypes.StringType)
          .add(CONTENT_HASH, DataTypes.StringType);

  private final List<Row> batch;
  private final List<Row> stored;
  private final SparkSession spark;

  private StoredKeys(SparkSession spark, List<Row> batch, List<Row> stored) {
    this.spark = spark;
    this.batch = batch;
    this.stored = stored;
  }

  /**
   * The stored keys {@code batch} shares, or null when the batch has more than {@link
   * #DRIVER_LIMIT} records (or nothing is stored).
   */
  public static StoredKeys of(Dataset<Row> batch, Dataset<Row> stored) {
    if (stored == null) {
      return null;
    }
    int limit = driverLimit;
    List<Row> keys = batch.select(ARTICLE_ID, CONTENT_HASH).limit(limit + 1).collectAsList();
    if (keys.size() > limit) {
      return null;
    }
    Set<String> ids = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (Row r : keys) {
      if (r.get(0) != null) {
        ids.add(r.getString(0));
      }
      if (r.get(1) != null) {
        hashes.add(r.getString(1));
      }
    }
    Column sharing = null;
    if (!ids.isEmpty()) {
      sharing = col(ARTICLE_ID).isin(ids.toArray());
    }
    if (!hashes.isEmpty()) {
      Column h = col(CONTENT_HASH).isin(hashes.toArray());
      sharing = sharing == null ? h : sharing.or(h);
    }
    List<Row> shared =
        sharing == null
            ? List.of()
            : stored.filter(sharing).select(ARTICLE_ID, CONTENT_HASH).collectAsList();
    return new StoredKeys(batch.sparkSession(), keys, shared);
  }

  /** The shared stored keys as a small local Dataset (article_id, content_hash). */
  public Dataset<Row> asDataset() {
    return spark.createDataFrame(new ArrayList<>(stored), SCHEMA);
  }

  /**
   * {@link ArticleChanges#onlyUnchanged} on the collected keys, counted as its join counts: each
   * record with the stored articles of its text (or alone), every one of those pairs the record's
   * own article, no id or text twice in the batch.
   */
  public boolean onlyUnchanged() {
    Map<String, List<String>> idsByHash = new HashMap<>();
    for (Row s : stored) {
      if (s.get(1) != null) {
        idsByHash.computeIfAbsent(s.getString(1), x -> new ArrayList<>()).add(s.getString(0));
      }
    }
    long rows = 0;
    long self = 0;
    Set<String> ids = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (Row r : batch) {
      String id = r.getString(0);
      String hash = r.getString(1);
      if (id != null) {
        ids.add(id);
      }
      if (hash != null) {
        hashes.add(hash);
      }
      List<String> same = hash == null ? List.of() : idsByHash.getOrDefault(hash, List.of());
      rows += Math.max(1, same.size());
      for (String sid : same) {
        if (id != null && Objects.equals(id, sid)) {
          self++;
        }
      }
    }
    return rows > 0 && ids.size() == rows && hashes.size() == rows && self == rows;
  }
}
