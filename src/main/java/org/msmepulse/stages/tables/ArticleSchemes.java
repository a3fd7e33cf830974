package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * article_schemes: one row per article and scheme it names, from the articles' nested {@code
 * schemes}.
 */
public final class ArticleSchemes {
  private ArticleSchemes() {}

  public static Dataset<Row> of(Dataset<Row> articles) {
    return articles
        .select(col("article_id"), col("month"), explode(col("schemes")).as("s"))
        .select(
            col("article_id"),
            col("month"),
            col("s.scheme_code"),
            col("s.mentions"),
            col("s.surface_forms"),
            col("s.evidence"),
            col("s.fuzzy"));
  }
}
