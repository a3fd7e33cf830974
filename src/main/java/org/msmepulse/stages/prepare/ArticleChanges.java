package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.CONTENT_HASH;
import static org.msmepulse.warehouse.ArticleColumns.GAZETTEER_HASH;
import static org.msmepulse.warehouse.ArticleColumns.STORED;
import static org.msmepulse.warehouse.ArticleColumns.cols;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * What a batch changes in the warehouse's articles. A batch article is new (no stored article has
 * its id), changed (a stored article has its id and another text: a correction) or unchanged (the
 * same id and text: it keeps its stored row, and the run that first wrote it). Stored articles
 * whose matches were made with another gazetteer are stale and are analyzed again too.
 *
 * @param toAnalyze the articles to analyze, in the stored columns: the new and changed batch
 *     articles and the stale stored ones
 * @param replacedIds {@code article_id} of the stored articles that {@code toAnalyze} replaces
 * @param cachedJoin what {@link #of} cached for these Datasets, released by {@link #release()}
 * @param cachedStale the same
 */
public record ArticleChanges(
    Dataset<Row> toAnalyze,
    Dataset<Row> replacedIds,
    long added,
    long changed,
    long unchanged,
    long rematched,
    Dataset<Row> cachedJoin,
    Dataset<Row> cachedStale) {

  /**
   * @param batch the batch's articles, in the stored columns
   * @param stored the articles table as the run read it, or null when there is none
   * @param gazetteerHash the hash of the gazetteers this run matches with
   * @param analyzeAll whether every stored article is analyzed again (a warehouse written by a
   *     version that did not keep the analysis)
   */
  public static ArticleChanges of(
      Dataset<Row> batch, Dataset<Row> stored, String gazetteerHash, boolean analyzeAll) {
    if (stored == null) {
      return new ArticleChanges(
          batch, batch.select(ARTICLE_ID).limit(0), batch.count(), 0, 0, 0, null, null);
    }
    int limit = driverLimit;
    List<Row> few = batch.select(ARTICLE_ID, CONTENT_HASH).limit(limit + 1).collectAsList();
    if (few.size() <= limit) {
      return onDriver(batch, few, stored, gazetteerHash, analyzeAll);
    }
    Dataset<Row> keys = stored.select(col(ARTICLE_ID), col(CONTENT_HASH).as("_stored_hash"));
    Dataset<Row> joined =
        batch.join(keys, new String[] {ARTICLE_ID}, "left").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> fresh = joined.filter(col("_stored_hash").isNull());
    Dataset<Row> corrected =
        joined.filter(
            col("_stored_hash").isNotNull().and(col("_stored_hash").notEqual(col(CONTENT_HASH))));
    Row counts =
        joined
            .agg(
                count(when(col("_stored_hash").isNull(), 1)),
                count(
                    when(
                        col("_stored_hash")
                            .isNotNull()
                            .and(col("_stored_hash").notEqual(col(CONTENT_HASH))),
                        1)),
                count(lit(1)))
            .first();
    long added = counts.getLong(0);
    long changed = counts.getLong(1);
    long unchanged = counts.getLong(2) - added - changed;
    Dataset<Row> fromBatch = fresh.unionByName(corrected).select(cols(STORED));
    WithStale w = withStale(fromBatch, stored, gazetteerHash, analyzeAll);
    Dataset<Row> replaced = corrected.select(ARTICLE_ID).unionByName(w.staleIds());
    return new ArticleChanges(
        w.toAnalyze(), replaced, added, changed, unchanged, w.rematched(), joined, w.staleIds());
  }

  /** The articles to analyze: the batch's, and the stored stale ones (cached ids, and how many). */
  private record WithStale(Dataset<Row> toAnalyze, Dataset<Row> staleIds, long rematched) {}

  /**
   * The stored articles matched with another gazetteer (every one with {@code analyzeAll}) that the
   * batch does not bring, added to {@code fromBatch}. They are found on two narrow columns; their
   * full rows are read only when there are any.
   */
  private static WithStale withStale(
      Dataset<Row> fromBatch, Dataset<Row> stored, String gazetteerHash, boolean analyzeAll) {
    Dataset<Row> staleIds =
        (analyzeAll
                ? stored.select(ARTICLE_ID)
                : stored.filter(stale(gazetteerHash)).select(ARTICLE_ID))
            .join(fromBatch.select(ARTICLE_ID), new String[] {ARTICLE_ID}, "left_anti")
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rematched = staleIds.count();
    Dataset<Row> toAnalyze =
        rematched == 0
            ? fromBatch
            : fromBatch.unionByName(stored.join(staleIds, ARTICLE_ID).select(cols(STORED)));
    return new WithStale(toAnalyze, staleIds, rematched);
  }

  /**
   * Batches of up to this many articles are compared with the stored ones in the driver: their (id,
   * hash) pairs collected, the stored hashes of those ids found in one scan of two columns, instead
   * of a join of the batch with every stored key, cached, and counted.
   */
  static final int DRIVER_LIMIT = 50_000;

  /** {@link #DRIVER_LIMIT}, lowered by tests to take the join on a few articles. */
  static volatile int driverLimit = DRIVER_LIMIT;

  private static ArticleChanges onDriver(
      Dataset<Row> batch,
      List<Row> keys,
      Dataset<Row> stored,
      String gazetteerHash,
      boolean analyzeAll) {
    Set<String> ids = new HashSet<>();
    for (Row r : keys) {
      ids.add(r.getString(0));
    }
    Map<String, String> storedHash = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Row r :
          stored
              .filter(col(ARTICLE_ID).isin(ids.toArray()))
              .select(ARTICLE_ID, CONTENT_HASH)
              .collectAsList()) {
        storedHash.put(r.getString(0), r.getString(1));
      }
    }
    long added = 0;
    List<String> kept = new ArrayList<>();
    List<Row> corrected = new ArrayList<>();
    for (Row r : keys) {
      String was = storedHash.get(r.getString(0));
      // as the join compares them: no stored hash is new; a null batch hash equals nothing
      if (was == null) {
        added++;
        kept.add(r.getString(0));
      } else if (r.get(1) != null && !was.equals(r.getString(1))) {
        corrected.add(RowFactory.create(r.getString(0)));
        kept.add(r.getString(0));
      }
    }
    long changed = corrected.size();
    long unchanged = keys.size() - added - changed;
    Dataset<Row> fromBatch =
        (unchanged == 0
                ? batch
                : kept.isEmpty()
                    ? batch.limit(0)
                    : batch.filter(col(ARTICLE_ID).isin(kept.toArray())))
            .select(cols(STORED));
    WithStale w = withStale(fromBatch, stored, gazetteerHash, analyzeAll);
    Dataset<Row> correctedIds =
        batch
            .sparkSession()
            .createDataFrame(corrected, new StructType().add(ARTICLE_ID, DataTypes.StringType));
    Dataset<Row> replaced = correctedIds.unionByName(w.staleIds());
    return new ArticleChanges(
        w.toAnalyze(), replaced, added, changed, unchanged, w.rematched(), null, w.staleIds());
  }

  /**
   * Whether every record of the batch is a stored article as stored: its id and text once in the
   * batch, an article of that id with that text in the warehouse, and no other stored article with
   * that text. Such a batch holds no duplicate (same id, exact or near text: a record with a stored
   * id is never marked) and nothing new or changed, so a run need not deduplicate it. One job over
   * the batch's keys and the stored (id, hash) pairs.
   */
  public static boolean onlyUnchanged(Dataset<Row> batch, Dataset<Row> stored) {
    if (stored == null) {
      return false;
    }
    Dataset<Row> keys = batch.select(ARTICLE_ID, CONTENT_HASH);
    Dataset<Row> s = stored.select(col(ARTICLE_ID).as("_sid"), col(CONTENT_HASH).as("_sh"));
    Row r =
        keys.join(s, keys.col(CONTENT_HASH).equalTo(s.col("_sh")), "left")
            .agg(
                count(lit(1)),
                countDistinct(col(ARTICLE_ID)),
                countDistinct(col(CONTENT_HASH)),
                count(when(col(ARTICLE_ID).equalTo(col("_sid")), 1)))
            .first();
    long rows = r.getLong(0);
    // each record joins at least one row; rows == self-matches leaves no unmatched record and no
    // other article with its text; distinct ids and hashes leave no record twice
    return rows > 0 && r.getLong(1) == rows && r.getLong(2) == rows && r.getLong(3) == rows;
  }

  /**
   * The changes of a batch that {@link #onlyUnchanged} holds only unchanged articles: none but the
   * stored articles matched with another gazetteer.
   */
  public static ArticleChanges ofUnchanged(
      Dataset<Row> batch,
      long articles,
      Dataset<Row> stored,
      String gazetteerHash,
      boolean analyzeAll) {
    Dataset<Row> staleIds =
        (analyzeAll ? stored : stored.filter(stale(gazetteerHash)))
            .select(ARTICLE_ID)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rematched = staleIds.count();
    Dataset<Row> none = batch.select(cols(STORED)).limit(0);
    Dataset<Row> toAnalyze =
        rematched == 0 ? none : stored.join(staleIds, ARTICLE_ID).select(cols(STORED));
    return new ArticleChanges(toAnalyze, staleIds, 0, 0, articles, rematched, staleIds, staleIds);
  }

  private static org.apache.spark.sql.Column stale(String gazetteerHash) {
    return col(GAZETTEER_HASH).isNull().or(col(GAZETTEER_HASH).notEqual(gazetteerHash));
  }

  /** Whether the batch changes nothing and no stored article is stale. */
  public boolean none() {
    return added + changed + rematched == 0;
  }

  /** Releases what {@link #of} cached, once {@code toAnalyze} is materialized. */
  public void release() {
    if (cachedJoin != null) {
      cachedJoin.unpersist();
    }
    if (cachedStale != null) {
      cachedStale.unpersist();
    }
  }
}
