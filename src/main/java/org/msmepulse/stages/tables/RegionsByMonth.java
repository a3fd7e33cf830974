package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * regions_by_month: per month, state and district (district null = the whole state), the articles
 * naming it, its mentions, the names, and the schemes most often named with it ({@code
 * top_schemes}).
 */
public final class RegionsByMonth {
  private RegionsByMonth() {}

  public static Dataset<Row> of(
      Dataset<Row> articleRegions,
      Dataset<Row> articleSchemes,
      Dataset<Row> stateNames,
      Dataset<Row> districtNames) {
    // Group and join keys must not be null: a state-level row gets the district key "".
    Dataset<Row> regions =
        articleRegions
            .filter(col("month").isNotNull())
            .withColumn("_dk", coalesce(col("district_code"), lit("")));
    Dataset<Row> counts =
        regions
            .groupBy("month", "state_code", "_dk")
            .agg(
                countDistinct("article_id").as("articles"),
                sum("mentions").cast("long").as("mentions"));
    Dataset<Row> pairs =
        regions
            .select("article_id", "month", "state_code", "_dk")
            .join(articleSchemes.select(col("article_id"), col("scheme_code")), "article_id")
            .groupBy("month", "state_code", "_dk", "scheme_code")
            .agg(countDistinct("article_id").as("articles"));
    Dataset<Row> top =
        TopItems.of(
            pairs, new String[] {"month", "state_code", "_dk"}, "scheme_code", "top_schemes");
    Dataset<Row> districts = districtNames.withColumnRenamed("district_code", "_dk");
    return counts
        .join(top, new String[] {"month", "state_code", "_dk"}, "left")
        .join(stateNames, new String[] {"state_code"}, "left")
        .join(districts, new String[] {"_dk"}, "left")
        .select(
            col("month"),
            col("state_code"),
            col("state_name_en"),
            col("state_name_hi"),
            org.apache
                .spark
                .sql
                .functions
                .when(col("_dk").equalTo(""), lit(null).cast("string"))
                .otherwise(col("_dk"))
                .as("district_code"),
            col("district_name_en"),
            col("district_name_hi"),
            col("articles"),
            col("mentions"),
            col("top_schemes"));
  }
}
