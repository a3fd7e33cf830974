package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * scheme_regions_by_month: for each month, scheme and state, the articles that name both the scheme
 * and the state (or a place in it), and the scheme's mentions in them. Articles without a month are
 * left out of all monthly tables.
 */
public final class SchemeRegionsByMonth {
  private SchemeRegionsByMonth() {}

  public static Dataset<Row> of(Dataset<Row> articleSchemes, Dataset<Row> articleRegions) {
    Dataset<Row> states =
        articleRegions
            .filter(col("district_code").isNull().and(col("month").isNotNull()))
            .select(col("article_id").as("_aid"), col("state_code"));
    return articleSchemes
        .filter(col("month").isNotNull())
        .join(states, articleSchemes.col("article_id").equalTo(states.col("_aid")))
        .groupBy("month", "scheme_code", "state_code")
        .agg(
            countDistinct("article_id").as("articles"),
            sum("mentions").cast("long").as("mentions"));
  }
}
