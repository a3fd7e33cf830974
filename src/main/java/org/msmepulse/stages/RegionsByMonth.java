package org.msmepulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * regions_by_month: per month, state and district (district null = the whole state), the articles
 * naming it, its mentions, the names, and the schemes most often named with it ({@code top_schemes}).
 */
public final class RegionsByMonth {
  private RegionsByMonth() {}

  public static Dataset<Row> of(Dataset<Row> articleRegions, Dataset<Row> articleSchemes,
                                Dataset<Row> stateNames, Dataset<Row> districtNames) {
    Dataset<Row> regions = articleRegions.filter(col("month").isNotNull());
    Dataset<Row> counts = regions.groupBy("month", "state_code", "district_code")
        .agg(countDistinct("article_id").as("articles"), sum("mentions").cast("long").as("mentions"));
    Dataset<Row> pairs = regions.select("article_id", "month", "state_code", "district_code")
        .join(articleSchemes.select(col("article_id"), col("scheme_code")), "article_id")
        .groupBy("month", "state_code", "district_code", "scheme_code")
        .agg(countDistinct("article_id").as("articles"));
    Dataset<Row> top = MonthlyRanking.topItems(pairs, new String[] {"month", "state_code", "district_code"},
        "scheme_code", "top_schemes");
    Column sameDistrict = counts.col("district_code").eqNullSafe(top.col("district_code"));
    Dataset<Row> joined = counts.join(top, counts.col("month").equalTo(top.col("month"))
            .and(counts.col("state_code").equalTo(top.col("state_code"))).and(sameDistrict), "left")
        .select(counts.col("month"), counts.col("state_code"), counts.col("district_code"),
            counts.col("articles"), counts.col("mentions"), top.col("top_schemes"));
    return joined
        .join(stateNames, "state_code")
        .join(districtNames, joined.col("district_code").eqNullSafe(districtNames.col("district_code")), "left")
        .select(joined.col("month"), joined.col("state_code"), col("state_name_en"), col("state_name_hi"),
            joined.col("district_code"), col("district_name_en"), col("district_name_hi"),
            joined.col("articles"), joined.col("mentions"), joined.col("top_schemes"));
  }
}
