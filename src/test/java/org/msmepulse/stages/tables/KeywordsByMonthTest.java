package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * keywords_by_month: a term's score is its TF-IDF summed over the month's articles and divided by
 * all of them (an article without the term adds 0); the best perMonth kept, ties by vocabulary
 * index.
 */
class KeywordsByMonthTest extends SparkTestBase {
  static final StructType SCORED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("tfidf", SQLDataTypes.VectorType())
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false));
  static final String[] VOCABULARY = {"उदयोग", "निरयात", "ऋण"};

  static Row article(
      String id, String month, int[] idx, double[] tfidf, String[] terms, String[] surfaces) {
    return RowFactory.create(id, month, Vectors.sparse(3, idx, tfidf), terms, surfaces);
  }

  @Test
  void meanTfIdfRanksEachMonthsTermsWithTheirDisplayForms() {
    Dataset<Row> scored =
        spark.createDataFrame(
            List.of(
                article(
                    "a1",
                    "2025-01",
                    new int[] {0, 1},
                    new double[] {0.25, 1.5},
                    new String[] {"उदयोग", "निरयात"},
                    new String[] {"उद्योगों", "निर्यात"}),
                article(
                    "a2",
                    "2025-01",
                    new int[] {0, 2},
                    new double[] {0.5, 0.75},
                    new String[] {"उदयोग", "ऋण"},
                    new String[] {"उद्योग", "ऋण"}),
                article(
                    "a3",
                    "2025-02",
                    new int[] {2},
                    new double[] {0.9},
                    new String[] {"ऋण"},
                    new String[] {"ऋण"}),
                article(
                    "a4",
                    null,
                    new int[] {1},
                    new double[] {5.0},
                    new String[] {"निरयात"},
                    new String[] {"निर्यात"})),
            SCORED);
    Dataset<Row> out = KeywordsByMonth.of(spark, scored, VOCABULARY, 2);
    assertThat(out.columns()).containsExactly("month", "term", "display", "tfidf", "rank");
    // 2025-01 over 2 articles: निरयात 1.5 / 2 = 0.75; उदयोग (0.25 + 0.5) / 2 = 0.375; ऋण 0.75 / 2 =
    // 0.375,
    // tied with उदयोग and after it by index, so cut by perMonth = 2. उदयोग's two forms occur once
    // each:
    // the shorter, उद्योग, is shown.
    assertThat(out.collectAsList())
        .extracting(
            r ->
                r.getAs("month")
                    + "|"
                    + r.getAs("rank")
                    + "|"
                    + r.getAs("term")
                    + "|"
                    + r.getAs("display")
                    + "|"
                    + r.getAs("tfidf"))
        .containsExactlyInAnyOrder(
            "2025-01|1|निरयात|निर्यात|0.75", "2025-01|2|उदयोग|उद्योग|0.375", "2025-02|1|ऋण|ऋण|0.9");
  }

  @Test
  void noMonthlyArticlesNoKeywords() {
    Dataset<Row> scored =
        spark.createDataFrame(
            List.of(
                article(
                    "a4",
                    null,
                    new int[] {1},
                    new double[] {5.0},
                    new String[] {"निरयात"},
                    new String[] {"निर्यात"})),
            SCORED);
    assertThat(KeywordsByMonth.of(spark, scored, VOCABULARY, 2).count()).isZero();
  }
}
