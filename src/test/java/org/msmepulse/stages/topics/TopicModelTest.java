package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.CleanedRecords;

/** The topic model's fit: reproducible whatever the input's partitioning, and its fit figures. */
class TopicModelTest extends SparkTestBase {
  static final JobConfig CFG = JobConfig.defaults().with(java.util.Map.of("topics.max_iter", "15"));
  static Dataset<Row> analyzed;
  static long documents;

  @BeforeAll
  static void analyze() {
    Dataset<Row> texts =
        CleanedRecords.of(Ingest.sample(spark), CFG)
            .filter("reject_reason IS NULL")
            .select("article_id", "text");
    analyzed = ArticleTerms.of(texts).cache();
    documents = analyzed.count();
  }

  /**
   * topics.deterministic: the same articles give the same model bit for bit, however they arrive
   * split into partitions (one, or seven in another order) and however tasks finish.
   */
  @Test
  void deterministicFitDoesNotDependOnPartitioning() {
    double[] one = fit(analyzed.coalesce(1)).topicsMatrix().toArray();
    double[] seven =
        fit(analyzed
                .repartition(7)
                .sortWithinPartitions(org.apache.spark.sql.functions.desc("article_id")))
            .topicsMatrix()
            .toArray();
    double[] again = fit(analyzed.repartition(3)).topicsMatrix().toArray();
    assertThat(one).hasSize(4 * fit(analyzed).vocabSize());
    assertThat(seven).containsExactly(one);
    assertThat(again).containsExactly(one);
  }

  @Test
  void goodnessOfFitEqualsMllibsOwnFigures() {
    LDAModel lda = fit(analyzed);
    Vocabulary vocabulary =
        Vocabulary.of(org.msmepulse.stages.tables.TermStats.of(analyzed), documents, CFG);
    Dataset<Row> withTf = TopicModel.ldaInput(analyzed, vocabulary.terms(), CFG);
    TopicModel.GoodnessOfFit g = TopicModel.goodnessOfFit(lda, withTf);
    double mllibPerplexity = lda.logPerplexity(withTf);
    double mllibLikelihood = lda.logLikelihood(withTf);
    assertThat(g.logLikelihood())
        .isNegative()
        .isCloseTo(mllibLikelihood, within(Math.abs(mllibLikelihood) * 1e-9));
    assertThat(g.logPerplexity())
        .isPositive()
        .isCloseTo(mllibPerplexity, within(mllibPerplexity * 1e-9));
  }

  private static LDAModel fit(Dataset<Row> input) {
    return TopicModel.fit(input, documents, CFG, 4, "test").lda();
  }

  /**
   * The driver's fit ({@code OnlineLda}, topics.local_fit_max_terms above the corpus) and MLlib's
   * distributed one run the same updates from different random draws: on the sample their models
   * explain the articles about equally well (log perplexity within 3%), and the driver's fit is as
   * reproducible across partitionings.
   */
  @Test
  void theDriversFitAndMllibsExplainTheArticlesAboutEquallyWell() {
    JobConfig mllib = CFG.with(java.util.Map.of("topics.local_fit_max_terms", "0"));
    JobConfig driver = CFG.with(java.util.Map.of("topics.local_fit_max_terms", "10000000"));
    Vocabulary vocabulary =
        Vocabulary.of(org.msmepulse.stages.tables.TermStats.of(analyzed), documents, CFG);
    Dataset<Row> withTf = TopicModel.ldaInput(analyzed, vocabulary.terms(), CFG);
    LDAModel local = TopicModel.fit(analyzed, documents, driver, 4, "test").lda();
    LDAModel distributed = TopicModel.fit(analyzed, documents, mllib, 4, "test").lda();
    assertThat(local).isInstanceOf(org.apache.spark.ml.clustering.LocalLDAModel.class);
    assertThat(local.topicsMatrix().toArray()).isNotEqualTo(distributed.topicsMatrix().toArray());
    double a = TopicModel.goodnessOfFit(local, withTf).logPerplexity();
    double b = TopicModel.goodnessOfFit(distributed, withTf).logPerplexity();
    assertThat(a).isCloseTo(b, within(b * 0.03));
    double[] again =
        TopicModel.fit(analyzed.repartition(5), documents, driver, 4, "test")
            .lda()
            .topicsMatrix()
            .toArray();
    assertThat(again).containsExactly(local.topicsMatrix().toArray());
    // the driver's model scores articles like any MLlib model: a distribution over the 4 topics
    Row first = local.transform(withTf).select(TopicModel.TOPIC_DISTRIBUTION).first();
    double[] theta = ((org.apache.spark.ml.linalg.Vector) first.get(0)).toArray();
    assertThat(theta).hasSize(4);
    assertThat(java.util.Arrays.stream(theta).sum()).isCloseTo(1.0, within(1e-9));
  }
}
