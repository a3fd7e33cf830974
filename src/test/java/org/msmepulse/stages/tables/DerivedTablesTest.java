package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.mllib.linalg.Matrices;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.stages.analyze.ArticleMentions;
import org.msmepulse.stages.analyze.ArticleMonths;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.ingest.RawRecords;
import org.msmepulse.stages.prepare.CleanedRecords;
import org.msmepulse.stages.topics.TopicModel;
import org.msmepulse.stages.topics.TopicWeights;
import org.msmepulse.warehouse.ArticleColumns;
import org.msmepulse.warehouse.Tables;

/**
 * Every derived table from three articles taken through the real stages (clean, month, mentions,
 * terms) and scored by a hand-made two-topic model over four stems (उदयम, ऋण, योज, निरयात), so no
 * LDA fit is needed.
 */
class DerivedTablesTest extends SparkTestBase {
  static final JobConfig CFG = JobConfig.defaults();
  static final String[] VOCABULARY = {"उदयम", "ऋण", "योज", "निरयात"};
  static Broadcast<SharedCore.Gazetteers> gazetteers;
  static Map<String, Dataset<Row>> tables;
  static Dataset<Row> scored;

  @BeforeAll
  static void derive() {
    gazetteers =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(SharedCore.Gazetteers.load(CFG.gazetteerDir));
    Dataset<Row> raw =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "f@1",
                    "k1",
                    "k1",
                    null,
                    null,
                    null,
                    "2025-01-10",
                    "कानपुर में पीएमईजीपी योजना के तहत उद्यमियों को ऋण मिला।",
                    null,
                    null),
                RowFactory.create(
                    "f@2",
                    "b1",
                    "b1",
                    null,
                    null,
                    null,
                    "2025-02-05",
                    "बिहार में निर्यात बढ़ा और उद्यमियों को योजना का लाभ मिला।",
                    null,
                    null),
                RowFactory.create(
                    "f@3",
                    "n1",
                    "n1",
                    null,
                    null,
                    null,
                    null,
                    "उद्यमियों ने ऋण योजना पर चर्चा की।",
                    null,
                    null)),
            RawRecords.SCHEMA);
    Dataset<Row> articles =
        CleanedRecords.of(raw, CFG)
            .filter("reject_reason IS NULL")
            .withColumn("run_id", lit("run1"))
            .withColumn("ingested_at", lit(Timestamp.valueOf("2025-03-01 00:00:00")));
    Dataset<Row> analyzed =
        ArticleTerms.of(
                ArticleMentions.of(
                    ArticleMonths.of(
                        org.msmepulse.stages.prepare.NearDuplicates.withBandKeys(articles)),
                    gazetteers))
            .cache();
    org.apache.spark.mllib.clustering.LocalLDAModel old =
        new org.apache.spark.mllib.clustering.LocalLDAModel(
            Matrices.dense(4, 2, new double[] {5, 5, 1, 1, 1, 1, 5, 5}),
            org.apache.spark.mllib.linalg.Vectors.dense(0.5, 0.5),
            0.5,
            100);
    LocalLDAModel lda = new LocalLDAModel("lda_test", 4, old, spark);
    lda.setFeaturesCol(TopicModel.TF).setTopicDistributionCol(TopicModel.TOPIC_DISTRIBUTION);
    TopicModel.Fitted model = new TopicModel.Fitted(VOCABULARY, lda, 2, 1.0, 1, "run1");
    scored = analyzed.join(TopicWeights.of(model, analyzed), "article_id").cache();
    Dataset<Row> stats = TermStats.of(analyzed);
    tables = new java.util.LinkedHashMap<>(DerivedTables.mentions(scored));
    tables.putAll(
        DerivedTables.monthly(spark, scored, stats, VOCABULARY, 3, gazetteers.value(), CFG));
  }

  @AfterAll
  static void release() {
    gazetteers.destroy();
  }

  static List<Row> rows(String table) {
    return tables.get(table).collectAsList();
  }

  @Test
  void theMentionTablesAndEveryMonthlyTableAreThere() {
    assertThat(tables.keySet())
        .containsExactly(
            Tables.ARTICLE_SCHEMES,
            Tables.ARTICLE_REGIONS,
            Tables.SCHEMES_BY_MONTH,
            Tables.REGIONS_BY_MONTH,
            Tables.SCHEME_REGIONS_BY_MONTH,
            Tables.TOPICS_BY_MONTH,
            Tables.KEYWORDS_BY_MONTH);
  }

  @Test
  void theAnalyzedAndScoredArticlesHoldEveryColumnOfTheArticlesTable() {
    Dataset<Row> articles = scored.select(ArticleColumns.cols(ArticleColumns.TABLE));
    assertThat(articles.columns()).containsExactlyElementsOf(ArticleColumns.TABLE);
    assertThat(articles.collectAsList())
        .extracting(
            r ->
                r.getAs("article_id")
                    + "|"
                    + r.getAs("month")
                    + "|"
                    + r.getAs("month_source")
                    + "|"
                    + r.getAs("run_id")
                    + "|"
                    + r.getAs("topic_model"))
        .containsExactlyInAnyOrder(
            "k1|2025-01|metadata|run1|run1",
            "b1|2025-02|metadata|run1|run1",
            "n1|null|none|run1|run1");
  }

  @Test
  void theMonthlyTablesGetTheGazetteersNamesAndLeaveOutTheArticleWithoutAMonth() {
    // the contents of each monthly table are tested in its own class; here: what DerivedTables
    // feeds them
    assertThat(rows(Tables.SCHEMES_BY_MONTH))
        .extracting(
            r ->
                r.getAs("month")
                    + "|"
                    + r.getAs("scheme_code")
                    + "|"
                    + r.getAs("scheme_name_hi")
                    + "|"
                    + r.getAs("articles")
                    + "|"
                    + r.getList(r.fieldIndex("top_states")))
        .containsExactly("2025-01|PMEGP|प्रधानमंत्री रोजगार सृजन कार्यक्रम|1|[IN-UP]");
    assertThat(rows(Tables.REGIONS_BY_MONTH))
        .extracting(
            r ->
                r.getAs("month")
                    + "|"
                    + r.getAs("state_name_en")
                    + "|"
                    + r.getAs("district_name_hi")
                    + "|"
                    + r.getList(r.fieldIndex("top_schemes")))
        .containsExactlyInAnyOrder(
            "2025-01|Uttar Pradesh|null|[PMEGP]",
            "2025-01|Uttar Pradesh|कानपुर नगर|[PMEGP]",
            "2025-02|Bihar|null|null");
    assertThat(rows(Tables.KEYWORDS_BY_MONTH))
        .extracting(r -> r.<String>getAs("month"))
        .containsOnly("2025-01", "2025-02");
  }

  @Test
  void theMentionTablesCoverTheArticlesThatNameSomething() {
    assertThat(rows(Tables.ARTICLE_SCHEMES))
        .extracting(r -> r.getAs("article_id") + "|" + r.getAs("scheme_code"))
        .containsExactly("k1|PMEGP");
    assertThat(rows(Tables.ARTICLE_REGIONS))
        .extracting(r -> r.<String>getAs("article_id"))
        .containsOnly("k1", "b1");
    assertThat(rows(Tables.TOPICS_BY_MONTH))
        .extracting(r -> r.<String>getAs("month"))
        .containsOnly("2025-01", "2025-02");
  }
}
