package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * article_regions: one row per article and region it names. A row with a null district is the whole
 * state: the article names the state or a place in it.
 */
public final class ArticleRegions {
  private ArticleRegions() {}

  public static Dataset<Row> of(Dataset<Row> articles) {
    return articles
        .select(col("article_id"), col("month"), explode(col("regions")).as("r"))
        .select(
            col("article_id"),
            col("month"),
            col("r.state_code"),
            col("r.district_code"),
            col("r.district_name_en"),
            col("r.mentions"),
            col("r.surface_forms"),
            col("r.evidence"));
  }
}
