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

/** article_schemes: one row per article and scheme it names, articles without a month included. */
class ArticleSchemesTest extends SparkTestBase {
  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("schemes", DataTypes.createArrayType(ArticleMentions.SCHEME));

  static Row scheme(String code, int mentions, boolean fuzzy, String... surfaces) {
    return RowFactory.create(code, mentions, surfaces, "… " + surfaces[0] + " …", fuzzy);
  }

  @Test
  void eachSchemeOfAnArticleBecomesARow() {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "a1",
                    "2025-01",
                    "पाठ",
                    new Row[] {
                      scheme("PMEGP", 2, false, "पीएमईजीपी", "PMEGP"),
                      scheme("MUDRA", 1, true, "मुद्रा")
                    }),
                RowFactory.create(
                    "a2", null, "पाठ", new Row[] {scheme("PMEGP", 1, false, "पीएमईजीपी")}),
                RowFactory.create("a3", "2025-01", "पाठ", new Row[0])),
            ARTICLES);
    Dataset<Row> out = ArticleSchemes.of(articles);
    assertThat(out.columns())
        .containsExactly(
            "article_id", "month", "scheme_code", "mentions", "surface_forms", "evidence", "fuzzy");
    assertThat(out.collectAsList())
        .extracting(
            r ->
                r.getAs("article_id")
                    + "|"
                    + r.getAs("month")
                    + "|"
                    + r.getAs("scheme_code")
                    + "|"
                    + r.getAs("mentions")
                    + "|"
                    + r.getList(4)
                    + "|"
                    + r.getAs("evidence")
                    + "|"
                    + r.getAs("fuzzy"))
        .containsExactlyInAnyOrder(
            "a1|2025-01|PMEGP|2|[पीएमईजीपी, PMEGP]|… पीएमईजीपी …|false",
            "a1|2025-01|MUDRA|1|[मुद्रा]|… मुद्रा …|true",
            "a2|null|PMEGP|1|[पीएमईजीपी]|… पीएमईजीपी …|false");
  }

  @Test
  void noArticlesNoRows() {
    assertThat(ArticleSchemes.of(spark.createDataFrame(List.of(), ARTICLES)).count()).isZero();
  }
}
