package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.CONTENT_HASH;
import static org.msmepulse.warehouse.ArticleColumns.GAZETTEER_HASH;
import static org.msmepulse.warehouse.ArticleColumns.STORED;
import static org.msmepulse.warehouse.ArticleColumns.cols;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
    // Stale articles are found on two narrow columns; their full rows are read only when there are
    // any.
    Dataset<Row> staleIds =
        (analyzeAll
                ? stored.select(ARTICLE_ID)
                : stored
                    .filter(
                        col(GAZETTEER_HASH)
                            .isNull()
                            .or(col(GAZETTEER_HASH).notEqual(gazetteerHash)))
                    .select(ARTICLE_ID))
            .join(fromBatch.select(ARTICLE_ID), new String[] {ARTICLE_ID}, "left_anti")
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rematched = staleIds.count();
    Dataset<Row> toAnalyze =
        rematched == 0
            ? fromBatch
            : fromBatch.unionByName(stored.join(staleIds, ARTICLE_ID).select(cols(STORED)));
    Dataset<Row> replaced = corrected.select(ARTICLE_ID).unionByName(staleIds);
    return new ArticleChanges(
        toAnalyze, replaced, added, changed, unchanged, rematched, joined, staleIds);
  }

  /** Whether the batch changes nothing and no stored article is stale. */
  public boolean none() {
    return added + changed + rematched == 0;
  }

  /** Releases what {@link #of} cached, once {@code toAnalyze} is materialized. */
  public void release() {
    if (cachedJoin != null) {
      cachedJoin.unpersist();
      cachedStale.unpersist();
    }
  }
}
