package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_KIND;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_OF;
import static org.msmepulse.warehouse.ArticleColumns.RAW_EXCERPT;
import static org.msmepulse.warehouse.ArticleColumns.RECORD_SOURCE;
import static org.msmepulse.warehouse.ArticleColumns.REJECT_REASON;
import static org.msmepulse.warehouse.ArticleColumns.RUN_ID;
import static org.msmepulse.warehouse.ArticleColumns.STORED;
import static org.msmepulse.warehouse.ArticleColumns.cols;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A batch after cleaning and deduplication, and its accounting: every record read is an article, a
 * duplicate or quarantined ({@code records_read = articles + duplicates + quarantined}), checked
 * before anything is written.
 *
 * @param marked the batch's records with their duplicate marks (cached by the caller)
 * @param articles the records kept as articles, in the stored columns
 */
public record BatchAccounting(
    Dataset<Row> marked,
    Dataset<Row> articles,
    Dataset<Row> quarantine,
    Dataset<Row> duplicates,
    long recordsRead,
    long articleCount,
    long duplicateCount,
    long quarantined) {

  /** The quarantine table's rows of the rejected records. */
  public static Dataset<Row> quarantine(Dataset<Row> cleaned, String runId) {
    return cleaned
        .filter(col(REJECT_REASON).isNotNull())
        .select(
            col(RECORD_SOURCE).as("source"),
            col(REJECT_REASON).as("reason"),
            col(RAW_EXCERPT),
            lit(runId).as(RUN_ID));
  }

  /** The duplicates table's rows of the records marked duplicates. */
  public static Dataset<Row> duplicates(Dataset<Row> marked, String runId) {
    return marked
        .filter(col(DUPLICATE_OF).isNotNull())
        .select(
            col(RECORD_SOURCE).as("source"),
            col(ARTICLE_ID),
            col(DUPLICATE_OF),
            col(DUPLICATE_KIND).as("kind"),
            lit(runId).as(RUN_ID));
  }

  /** Counts the parts of a batch; fails when they do not add up to the records read. */
  public static BatchAccounting of(
      long recordsRead, Dataset<Row> quarantine, Dataset<Row> marked, Dataset<Row> duplicates) {
    long quarantined = quarantine.count();
    long duplicateCount = duplicates.count();
    Dataset<Row> articles = marked.filter(col(DUPLICATE_OF).isNull()).select(cols(STORED));
    long articleCount = articles.count();
    if (recordsRead != articleCount + duplicateCount + quarantined) {
      throw new IllegalStateException(
          "record accounting failed: read "
              + recordsRead
              + " but "
              + articleCount
              + " articles + "
              + duplicateCount
              + " duplicates + "
              + quarantined
              + " quarantined");
    }
    return new BatchAccounting(
        marked,
        articles,
        quarantine,
        duplicates,
        recordsRead,
        articleCount,
        duplicateCount,
        quarantined);
  }
}
