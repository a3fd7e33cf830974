package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_WEIGHTS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** article_topics: one row per article and topic with a weight of at least {@value #MIN_WEIGHT}. */
public final class ArticleTopics {
  static final double MIN_WEIGHT = 0.01;

  private ArticleTopics() {}

  public static Dataset<Row> of(Dataset<Row> scored) {
    return scored
        .select(
            col(ARTICLE_ID), posexplode(col(TOPIC_WEIGHTS)).as(new String[] {"topic_id", "weight"}))
        .filter(col("weight").geq(MIN_WEIGHT))
        .withColumn("topic_id", col("topic_id").cast("int"));
  }
}
