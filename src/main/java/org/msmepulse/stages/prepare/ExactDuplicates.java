package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Marks exact duplicates (never drops them silently). A record is a duplicate when
 *
 * <ul>
 *   <li>another record of the batch has the same {@code article_id} (the same article read twice):
 *       the record that comes first by {@code record_source} is kept;
 *   <li>its text equals an article already in the warehouse under another id: it is a duplicate of
 *       that article (the smallest id, should several hold the text);
 *   <li>or another record of the batch has the same {@code content_hash} (the same text re-posted
 *       under another id): the record that comes first is kept.
 * </ul>
 *
 * So a duplicate always names an article that is kept. A record with the id of a warehouse article
 * is no duplicate: it is that article's new version. Output: the input with {@code duplicate_of}
 * (null for articles kept) and {@code duplicate_kind}.
 */
public final class ExactDuplicates {
  private ExactDuplicates() {}

  /**
   * @param existing the warehouse's articles ({@code article_id}, {@code content_hash}), or null
   */
  public static Dataset<Row> mark(Dataset<Row> batch, Dataset<Row> existing) {
    // The decisions need only the keys: the windows and joins shuffle (record_source, article_id,
    // content_hash), not the texts, which meet the decisions in one join at the end.
    Dataset<Row> keys = batch.select("record_source", "article_id", "content_hash");
    WindowSpec byId = Window.partitionBy("article_id").orderBy("record_source");
    Dataset<Row> d =
        keys.withColumn("_id_rank", row_number().over(byId))
            .withColumn("duplicate_of", when(col("_id_rank").gt(1), col("article_id")))
            .withColumn("duplicate_kind", when(col("_id_rank").gt(1), lit("same id")))
            .drop("_id_rank");
    if (existing != null) {
      Dataset<Row> stored =
          existing.select(col("article_id").as("_ex_id"), col("content_hash").as("_ex_hash"));
      Dataset<Row> copies =
          d.join(
                  stored,
                  d.col("content_hash")
                      .equalTo(stored.col("_ex_hash"))
                      .and(d.col("article_id").notEqual(stored.col("_ex_id"))))
              .groupBy(col("record_source").as("_rs"))
              .agg(min("_ex_id").as("_ex_id"));
      d =
          d.join(copies, d.col("record_source").equalTo(copies.col("_rs")), "left")
              .withColumn(
                  "duplicate_kind",
                  mark(col("_ex_id"), lit("exact text (warehouse)"), "duplicate_kind"))
              .withColumn("duplicate_of", mark(col("_ex_id"), col("_ex_id"), "duplicate_of"))
              .drop("_rs", "_ex_id");
    }
    WindowSpec byText = Window.partitionBy("content_hash").orderBy("record_source");
    Dataset<Row> firsts =
        d.filter(col("duplicate_of").isNull())
            .withColumn("_text_rank", row_number().over(byText))
            .withColumn("_text_first", first("article_id").over(byText))
            .filter(col("_text_rank").gt(1))
            .select(col("record_source").as("_rs"), col("_text_first"));
    d =
        d.join(firsts, d.col("record_source").equalTo(firsts.col("_rs")), "left")
            .withColumn(
                "duplicate_kind", mark(col("_text_first"), lit("exact text"), "duplicate_kind"))
            .withColumn(
                "duplicate_of", mark(col("_text_first"), col("_text_first"), "duplicate_of"))
            .drop("_rs", "_text_first");
    Dataset<Row> decisions =
        d.select(col("record_source").as("_rs"), col("duplicate_of"), col("duplicate_kind"));
    return batch
        .join(decisions, batch.col("record_source").equalTo(decisions.col("_rs")), "left")
        .drop("_rs");
  }

  /**
   * {@code value} where a record not yet marked has a {@code partner}, else the column as it is.
   */
  private static Column mark(Column partner, Column value, String column) {
    return when(col("duplicate_of").isNull().and(partner.isNotNull()), value)
        .otherwise(col(column));
  }
}
