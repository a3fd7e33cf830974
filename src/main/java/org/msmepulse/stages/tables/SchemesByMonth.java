package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * schemes_by_month: per month and scheme, the articles naming it, its mentions, its names, and the
 * states most often named with it ({@code top_states}, up to five, most articles first).
 */
public final class SchemesByMonth {
  private SchemesByMonth() {}

  public static Dataset<Row> of(
      Dataset<Row> articleSchemes, Dataset<Row> schemeRegionsByMonth, Dataset<Row> schemeNames) {
    Dataset<Row> counts =
        articleSchemes
            .filter(col("month").isNotNull())
            .groupBy("month", "scheme_code")
            .agg(
                countDistinct("article_id").as("articles"),
                sum("mentions").cast("long").as("mentions"));
    Dataset<Row> top =
        TopItems.of(
            schemeRegionsByMonth.select("month", "scheme_code", "state_code", "articles"),
            new String[] {"month", "scheme_code"},
            "state_code",
            "top_states");
    return counts
        .join(schemeNames.select("scheme_code", "scheme_name_en", "scheme_name_hi"), "scheme_code")
        .join(top, new String[] {"month", "scheme_code"}, "left")
        .select(
            "month",
            "scheme_code",
            "scheme_name_en",
            "scheme_name_hi",
            "articles",
            "mentions",
            "top_states");
  }
}
