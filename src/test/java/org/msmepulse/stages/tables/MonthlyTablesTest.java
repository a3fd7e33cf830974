package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleTerms;

/**
 * The monthly tables from articles in a Dataset: the keyword weights use MLlib's IDF, ln((N + 1) /
 * (df + 1)) over the N articles of the warehouse, each candidate's occurrences in the month as the
 * term statistics count them, and the corpus's display forms; the rows of each table come out in
 * its schema. (MonthTablesTest checks each table's counts.)
 */
class MonthlyTablesTest extends SparkTestBase {
  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("term_counts", DataTypes.createArrayType(ArticleTerms.TERM_COUNT, false));
  static final StructType STATS =
      new StructType()
          .add("term", DataTypes.StringType)
          .add("df", DataTypes.LongType)
          .add("cf", DataTypes.LongType)
          .add("surfaces", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
          .add("month_counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
  static final String[] VOCABULARY = {"उदयोग", "निरयात", "ऋण"};

  static Row article(String id, String month, Row... counts) {
    return RowFactory.create(id, month, counts);
  }

  static Row c(String term, String surface, int n) {
    return RowFactory.create(term, surface, n);
  }

  static Dataset<Row> keywords(Dataset<Row> articles) {
    Dataset<Row> full =
        articles
            .withColumn(
                "schemes",
                org.apache
                    .spark
                    .sql
                    .functions
                    .lit(null)
                    .cast("array<struct<scheme_code:string,mentions:int>>"))
            .withColumn(
                "regions",
                org.apache
                    .spark
                    .sql
                    .functions
                    .lit(null)
                    .cast(
                        "array<struct<state_code:string,district_code:string,district_name_en:string,mentions:int>>"))
            .withColumn("dominant_topic", org.apache.spark.sql.functions.lit(null).cast("int"))
            .withColumn(
                "topic_weights", org.apache.spark.sql.functions.lit(null).cast("array<double>"));
    Map<String, Dataset<Row>> t =
        MonthlyTables.of(spark, full, TermStats.of(articles), VOCABULARY, 4, gazetteers(), 2);
    assertThat(t.keySet())
        .containsExactly(
            "schemes_by_month",
            "regions_by_month",
            "scheme_regions_by_month",
            "topics_by_month",
            "keywords_by_month");
    assertThat(t.get("schemes_by_month").count()).isZero();
    return t.get("keywords_by_month");
  }

  static org.msmepulse.stages.SharedCore.Gazetteers gazetteers() {
    return org.msmepulse.stages.SharedCore.Gazetteers.load(
        org.msmepulse.config.JobConfig.defaults().gazetteerDir);
  }

  /** The statistics the articles of the first test give, written out. */
  static Dataset<Row> stats() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create(
                "उदयोग", 2L, 2L, Map.of("उद्योगों", 1L, "उद्योग", 1L), Map.of("2025-01", 2L)),
            RowFactory.create("निरयात", 2L, 4L, Map.of("निर्यात", 4L), Map.of("2025-01", 3L)),
            RowFactory.create("ऋण", 2L, 3L, Map.of("ऋण", 3L), Map.of("2025-01", 2L, "2025-02", 1L)),
            RowFactory.create("अनदेखा", 1L, 9L, Map.of("अनदेखा", 9L), Map.of("2025-01", 9L))),
        STATS);
  }

  static Map<String, String> byTerm(Dataset<Row> stats) {
    return stats.collectAsList().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                r -> r.getString(0),
                r ->
                    r.getLong(1)
                        + " "
                        + r.getLong(2)
                        + " "
                        + new java.util.TreeMap<>(r.getJavaMap(3))
                        + " "
                        + new java.util.TreeMap<>(r.getJavaMap(4))));
  }

  @Test
  void meanTfIdfRanksEachMonthsTermsWithTheirDisplayForms() {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                article("a1", "2025-01", c("उदयोग", "उद्योगों", 1), c("निरयात", "निर्यात", 3)),
                article(
                    "a2",
                    "2025-01",
                    c("अनदेखा", "अनदेखा", 9),
                    c("उदयोग", "उद्योग", 1),
                    c("ऋण", "ऋण", 2)),
                article("a3", "2025-02", c("ऋण", "ऋण", 1)),
                article("a4", null, c("निरयात", "निर्यात", 1))),
            ARTICLES);
    // the keywords are read from the term statistics' month counts (the undated a4 counts in none)
    assertThat(byTerm(TermStats.of(articles))).isEqualTo(byTerm(stats()));
    Dataset<Row> out = keywords(articles);
    assertThat(out.columns()).containsExactly("month", "term", "display", "tfidf", "rank");
    double idf = Math.log(5.0 / 3.0); // every candidate is in 2 of the 4 articles
    // 2025-01 over 2 articles: निरयात 3 idf / 2; उदयोग 2 idf / 2 ties with ऋण 2 idf / 2 and comes
    // first alphabetically; perMonth = 2 cuts ऋण. अनदेखा is no candidate (not in the vocabulary).
    // उदयोग's two forms occur once each: the shorter, उद्योग, is shown.
    assertThat(out.collectAsList())
        .extracting(
            r ->
                r.getAs("month")
                    + "|"
                    + r.getAs("rank")
                    + "|"
                    + r.getAs("term")
                    + "|"
                    + r.getAs("display"))
        .containsExactlyInAnyOrder(
            "2025-01|1|निरयात|निर्यात", "2025-01|2|उदयोग|उद्योग", "2025-02|1|ऋण|ऋण");
    Map<String, Double> scores =
        out.collectAsList().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.<String>getAs("month") + r.<String>getAs("term"),
                    r -> r.<Double>getAs("tfidf")));
    assertThat(scores.get("2025-01निरयात")).isCloseTo(3 * idf / 2, within(1e-12));
    assertThat(scores.get("2025-01उदयोग")).isCloseTo(idf, within(1e-12));
    assertThat(scores.get("2025-02ऋण")).isCloseTo(idf, within(1e-12));
  }

  @Test
  void noMonthlyArticlesNoKeywords() {
    Dataset<Row> articles =
        spark.createDataFrame(List.of(article("a4", null, c("निरयात", "निर्यात", 1))), ARTICLES);
    assertThat(keywords(articles).count()).isZero();
  }
}
