package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Marks exact duplicates (never drops them silently). A record is a duplicate when
 *
 * <ul>
 *   <li>another record of the batch has the same {@code article_id} (the same article read twice),
 *       or the same {@code content_hash} (the same text re-posted under another id): the record
 *       that comes first by {@code record_source} is kept;
 *   <li>or its text equals an article already in the warehouse under another id.
 * </ul>
 *
 * A record with the id of a warehouse article is no duplicate: it is that article's new version.
 * Output: the input with {@code duplicate_of} (null for articles kept) and {@code duplicate_kind}.
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
            .withColumn("duplicate_kind", when(col("_id_rank").gt(1), lit("same id")));
    WindowSpec byText = Window.partitionBy("content_hash").orderBy("record_source");
    Dataset<Row> firsts =
        d.filter(col("duplicate_of").isNull())
            .withColumn("_text_rank", row_number().over(byText))
            .withColumn("_text_first", first("article_id").over(byText))
            .select(col("record_source").as("_rs"), col("_text_rank"), col("_text_first"));
    d =
        d.join(firsts, d.col("record_source").equalTo(firsts.col("_rs")), "left")
            .withColumn(
                "duplicate_kind",
                when(col("duplicate_of").isNull().and(col("_text_rank").gt(1)), lit("exact text"))
                    .otherwise(col("duplicate_kind")))
            .withColumn(
                "duplicate_of",
                when(col("duplicate_of").isNull().and(col("_text_rank").gt(1)), col("_text_first"))
                    .otherwise(col("duplicate_of")))
            .drop("_rs", "_text_rank", "_text_first", "_id_rank");
    if (existing != null) {
      Dataset<Row> ex =
          existing.select(col("article_id").as("_ex_id"), col("content_hash").as("_ex_hash"));
      d =
          d.join(
                  ex,
                  d.col("content_hash")
                      .equalTo(ex.col("_ex_hash"))
                      .and(d.col("article_id").notEqual(ex.col("_ex_id"))),
                  "left")
              .withColumn(
                  "duplicate_kind",
                  when(
                          col("duplicate_of").isNull().and(col("_ex_id").isNotNull()),
                          lit("exact text (warehouse)"))
                      .otherwise(col("duplicate_kind")))
              .withColumn(
                  "duplicate_of",
                  when(col("duplicate_of").isNull(), col("_ex_id")).otherwise(col("duplicate_of")))
              .drop("_ex_id", "_ex_hash")
              .dropDuplicates("record_source");
    }
    Dataset<Row> decisions =
        d.select(col("record_source").as("_rs"), col("duplicate_of"), col("duplicate_kind"));
    return batch
        .join(decisions, batch.col("record_source").equalTo(decisions.col("_rs")), "left")
        .drop("_rs");
  }
}
