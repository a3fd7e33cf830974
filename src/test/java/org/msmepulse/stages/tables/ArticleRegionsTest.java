package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleMentions;

/** article_regions: one row per article and region; a state-level row has a null district. */
class ArticleRegionsTest extends SparkTestBase {
  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("regions", DataTypes.createArrayType(ArticleMentions.REGION));

  static Row region(
      String state, String district, String nameEn, int mentions, String... surfaces) {
    return RowFactory.create(
        state, district, nameEn, mentions, surfaces, "… " + surfaces[0] + " …");
  }

  @Test
  void eachRegionOfAnArticleBecomesARowWithTheStateAsANullDistrict() {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "a1",
                    "2025-01",
                    new Row[] {
                      region("IN-UP", "157", "Kanpur Nagar", 1, "कानपुर"),
                      region("IN-UP", null, null, 2, "कानपुर", "उत्तर प्रदेश")
                    }),
                RowFactory.create("a2", null, new Row[] {region("IN-BR", null, null, 1, "बिहार")}),
                RowFactory.create("a3", "2025-02", new Row[0])),
            ARTICLES);
    Dataset<Row> out = ArticleRegions.of(articles);
    assertThat(out.columns())
        .containsExactly(
            "article_id",
            "month",
            "state_code",
            "district_code",
            "district_name_en",
            "mentions",
            "surface_forms",
            "evidence");
    assertThat(out.collectAsList())
        .extracting(
            r ->
                r.getAs("article_id")
                    + "|"
                    + r.getAs("month")
                    + "|"
                    + r.getAs("state_code")
                    + "|"
                    + r.getAs("district_code")
                    + "|"
                    + r.getAs("district_name_en")
                    + "|"
                    + r.getAs("mentions")
                    + "|"
                    + r.getList(6))
        .containsExactlyInAnyOrder(
            "a1|2025-01|IN-UP|157|Kanpur Nagar|1|[कानपुर]",
            "a1|2025-01|IN-UP|null|null|2|[कानपुर, उत्तर प्रदेश]",
            "a2|null|IN-BR|null|null|1|[बिहार]");
  }
}
