package org.msmepulse.stages.prepare;

import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.CONTENT_HASH;
import static org.msmepulse.warehouse.ArticleColumns.STORED;
import static org.msmepulse.warehouse.ArticleColumns.cols;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every article after this batch: the warehouse's articles with the batch's new and changed ones in
 * place. A batch article with the id and text of a stored one is the same article read again: it
 * keeps its stored row (and the run that first wrote it).
 */
public final class CurrentArticles {
  private CurrentArticles() {}

  /**
   * @param batch the batch's articles ({@link org.msmepulse.warehouse.ArticleColumns#STORED}
   *     columns)
   * @param stored the articles table, or null when there is none yet
   */
  public static Dataset<Row> of(Dataset<Row> batch, Dataset<Row> stored) {
    if (stored == null) {
      return batch;
    }
    Dataset<Row> kept = stored.select(cols(STORED));
    Dataset<Row> unchanged =
        batch.join(
            kept.select(ARTICLE_ID, CONTENT_HASH),
            new String[] {ARTICLE_ID, CONTENT_HASH},
            "left_semi");
    Dataset<Row> changed =
        batch.join(unchanged.select(ARTICLE_ID), new String[] {ARTICLE_ID}, "left_anti");
    return kept.join(changed.select(ARTICLE_ID), new String[] {ARTICLE_ID}, "left_anti")
        .unionByName(changed);
  }
}
