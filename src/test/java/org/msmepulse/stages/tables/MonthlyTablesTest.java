package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.monthly.MonthTables;
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

  static final StructType FACTS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add(
              "schemes",
              DataTypes.createArrayType(
                  new StructType()
                      .add("scheme_code", DataTypes.StringType)
                      .add("mentions", DataTypes.IntegerType)))
          .add(
              "regions",
              DataTypes.createArrayType(
                  new StructType()
                      .add("state_code", DataTypes.StringType)
                      .add("district_code", DataTypes.StringType)
                      .add("district_name_en", DataTypes.StringType)
                      .add("mentions", DataTypes.IntegerType)))
          .add("dominant_topic", DataTypes.IntegerType)
          .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType));

  @Test
  void eachPartitionsFactsMergedGiveTheRowsOfEachMonthsArticlesTogether() {
    String[] schemes = {"PMEGP", "MUDRA", "ODOP"};
    String[] states = {"IN-UP", "IN-BR", "IN-AS"};
    List<Row> rows = new ArrayList<>();
    Map<String, List<MonthTables.Article>> byMonth = new TreeMap<>();
    for (int i = 0; i < 90; i++) {
      String month = i % 10 == 9 ? null : "2025-0" + (1 + i % 3);
      String scheme = schemes[(i / 3) % 3];
      String state = states[(i / 2) % 3];
      String district = i % 4 == 0 ? "157" : null;
      double w = (i * 0.037) % 1.0;
      Integer dominant = i % 7 == 3 ? null : (w >= 0.5 ? 0 : 1);
      List<Double> weights = dominant == null ? null : List.of(w, 1 - w);
      List<Row> regions = new ArrayList<>();
      regions.add(RowFactory.create(state, null, null, 1 + i % 2));
      if (district != null) {
        regions.add(RowFactory.create("IN-UP", district, "Kanpur Nagar", 1));
      }
      rows.add(
          RowFactory.create(
              String.format("a%03d", i),
              month,
              List.of(RowFactory.create(scheme, 1 + i % 4)),
              regions,
              dominant,
              weights));
      if (month != null) {
        List<MonthTables.Region> r = new ArrayList<>();
        r.add(new MonthTables.Region(state, null, 1 + i % 2));
        if (district != null) {
          r.add(new MonthTables.Region("IN-UP", district, 1));
        }
        byMonth
            .computeIfAbsent(month, m -> new ArrayList<>())
            .add(
                new MonthTables.Article(
                    String.format("a%03d", i),
                    List.of(new MonthTables.Scheme(scheme, 1 + i % 4)),
                    r,
                    dominant,
                    weights == null ? null : new double[] {w, 1 - w},
                    List.of()));
      }
    }
    // four partitions, each holding articles of every month
    Dataset<Row> articles = spark.createDataFrame(rows, FACTS).repartition(4);
    assertThat(articles.rdd().getNumPartitions()).isEqualTo(4);
    Map<String, Dataset<Row>> t =
        MonthlyTables.of(spark, articles, stats(), VOCABULARY, 90, gazetteers(), 2);
    MonthTables.Context ctx =
        new MonthTables.Context(
            MonthlyTables.schemeNames(gazetteers()),
            MonthlyTables.stateNames(gazetteers()),
            MonthlyTables.districtNames(gazetteers()),
            Map.of(),
            2);
    List<String> schemeRows = new ArrayList<>();
    List<String> regionRows = new ArrayList<>();
    List<String> pairRows = new ArrayList<>();
    List<String> topicRows = new ArrayList<>();
    byMonth.forEach(
        (month, in) -> {
          MonthTables.Rows m = MonthTables.of(month, in, ctx);
          m.schemes()
              .forEach(
                  r ->
                      schemeRows.add(
                          r.month()
                              + "|"
                              + r.scheme()
                              + "|"
                              + r.articles()
                              + "|"
                              + r.mentions()
                              + "|"
                              + r.topStates()));
          m.regions()
              .forEach(
                  r ->
                      regionRows.add(
                          r.month()
                              + "|"
                              + r.state()
                              + "|"
                              + r.district()
                              + "|"
                              + r.articles()
                              + "|"
                              + r.mentions()
                              + "|"
                              + r.topSchemes()));
          m.schemeRegions()
              .forEach(
                  r ->
                      pairRows.add(
                          r.month()
                              + "|"
                              + r.scheme()
                              + "|"
                              + r.state()
                              + "|"
                              + r.articles()
                              + "|"
                              + r.mentions()));
          m.topics()
              .forEach(
                  r ->
                      topicRows.add(
                          r.month() + "|" + r.topic() + "|" + r.articles() + "|" + r.share()));
        });
    assertThat(schemeRows).hasSize(9);
    assertThat(topicRows).hasSize(6);
    assertThat(
            t.get("schemes_by_month")
                .selectExpr(
                    "concat_ws('|', month, scheme_code, articles, mentions,"
                        + " concat('[', array_join(top_states, ', '), ']'))")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrderElementsOf(schemeRows);
    assertThat(
            t.get("regions_by_month")
                .selectExpr(
                    "concat_ws('|', month, state_code, coalesce(district_code, 'null'), articles,"
                        + " mentions, coalesce(concat('[', array_join(top_schemes, ', '), ']'),"
                        + " 'null'))")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrderElementsOf(regionRows);
    assertThat(
            t.get("scheme_regions_by_month")
                .selectExpr("concat_ws('|', month, scheme_code, state_code, articles, mentions)")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrderElementsOf(pairRows);
    // the shares too, bit for bit: the sums are the same however the partitions split a month
    assertThat(
            t.get("topics_by_month").collectAsList().stream()
                .map(
                    r ->
                        r.getString(0)
                            + "|"
                            + r.getInt(1)
                            + "|"
                            + r.getLong(2)
                            + "|"
                            + r.getDouble(3))
                .toList())
        .containsExactlyInAnyOrderElementsOf(topicRows);
  }
}
