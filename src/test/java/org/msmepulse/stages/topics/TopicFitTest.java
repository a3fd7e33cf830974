package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.HindiTermsTransformer;
import org.msmepulse.stages.tables.TermStats;
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.Warehouse;

/**
 * When a run fits a new model and when it scores with the saved one, and what it records. One
 * warehouse goes through the runs below in order (fits are the slow part, so the tests share them):
 * its model folder first holds a pipeline of another kind; run 1 (K 2) fits; run 2 (the same
 * articles, K 2) keeps the model and scores only the articles it is given; run 3 asks K 3 and fits.
 */
class TopicFitTest extends SparkTestBase {
  static final JobConfig AUTO = JobConfig.defaults().with(Map.of("topics.max_iter", "5"));
  static final TopicFit.Request NONE = new TopicFit.Request(null, false);

  @TempDir static Path dir;
  static Dataset<Row> articles;
  static Dataset<Row> stats;
  static ModelStore store;
  static boolean existedBefore;
  static TopicFit run1;
  static TopicFit run2;
  static TopicFit run3;

  static ModelStore store(String name) {
    return new ModelStore(spark, new Warehouse(spark, dir.resolve(name).toString()));
  }

  static TopicFit fit(ModelStore store, Dataset<Row> stale, int k, JobConfig cfg, String runId) {
    return TopicFit.of(
        articles, stale, stats, 4, new TopicFit.Request(k, false), cfg, store, runId);
  }

  @BeforeAll
  static void runs() throws Exception {
    articles = Themes.loansAndExports(spark).cache();
    stats = TermStats.of(articles).cache();
    store = store("wh");
    existedBefore = store.exists();
    new PipelineModel("other", List.<Transformer>of(new HindiTermsTransformer()))
        .write()
        .overwrite()
        .save(store.path());
    run1 = fit(store, articles.limit(0), 2, AUTO, "run1");
    run2 = fit(store, articles.filter("article_id = 'a3'"), 2, AUTO, "run2");
    run3 = fit(store, articles.limit(0), 3, AUTO, "run3");
  }

  @Test
  void aModelFolderWithoutTheModelsInfoIsReplacedByANewFitThatScoresEveryArticle() {
    assertThat(existedBefore).isFalse();
    assertThat(run1.refit()).isTrue();
    assertThat(run1.reason()).isEqualTo("no saved model");
    assertThat(run1.metrics()).containsEntry("model_refit", 1.0);
    assertThat(run1.model().k()).isEqualTo(2);
    assertThat(run1.model().version()).isEqualTo("run1");
    assertThat(run1.model().minDf()).as("below 20 articles every term counts").isEqualTo(1);
    assertThat(run1.everyArticle()).isTrue();
    assertThat(run1.scores().count()).isEqualTo(4);
  }

  @Test
  void theSavedModelScoresTheArticlesItIsGivenWhenNothingCallsForARefit() {
    assertThat(run2.refit()).isFalse();
    assertThat(run2.metrics()).containsEntry("model_refit", 0.0);
    assertThat(run2.model().version()).isEqualTo("run1");
    assertThat(run2.model().vocabulary()).containsExactly(run1.model().vocabulary());
    assertThat(run2.model().lda().topicsMatrix().toArray())
        .containsExactly(run1.model().lda().topicsMatrix().toArray());
    assertThat(run2.everyArticle()).isFalse();
    List<Row> scored = run2.scores().collectAsList();
    assertThat(scored).extracting(r -> r.<String>getAs("article_id")).containsExactly("a3");
    assertThat(scored.get(0).<String>getAs("topic_model")).isEqualTo("run1");
    // the same weights as the fit gave a3: an article's weights depend on the model and itself only
    Row a3 = run1.scores().filter("article_id = 'a3'").first();
    assertThat(scored.get(0).<Double>getList(1)).isEqualTo(a3.<Double>getList(1));
    // the kept model's figures, as recorded when it was fitted
    assertThat(run2.metrics().get("log_perplexity"))
        .isEqualTo(run1.metrics().get("log_perplexity"));
  }

  @Test
  void anotherKIsARefit() {
    assertThat(run3.refit()).isTrue();
    assertThat(run3.reason()).isEqualTo("K 3 asked for, the model has 2");
    assertThat(run3.model().k()).isEqualTo(3);
    assertThat(store.info().k()).isEqualTo(3);
    assertThat(store.info().version()).isEqualTo("run3");
  }

  @Test
  void metricsRecordTheModelsFigures() {
    assertThat(run1.metrics())
        .containsOnlyKeys(
            "model_refit",
            "log_perplexity",
            "log_likelihood",
            "topic_diversity",
            "coherence_npmi_mean",
            "vocabulary_size",
            "subsampling_rate",
            "min_df");
    assertThat(run1.metrics())
        .containsEntry("vocabulary_size", 8.0)
        .containsEntry("min_df", 1.0)
        .containsEntry("subsampling_rate", 1.0)
        .containsEntry("topic_diversity", run1.quality().diversity())
        .containsEntry("coherence_npmi_mean", run1.quality().meanCoherence());
    assertThat(run1.metrics().get("log_likelihood")).isNegative();
    assertThat(run1.metrics().get("log_perplexity")).isPositive();
    assertThat(run1.quality().coherence()).hasSize(2);
  }

  @Test
  void theRefitPolicy() {
    ModelStore.Info fittedOn100 = new ModelStore.Info("v", 8, 100, Map.of());
    JobConfig always = AUTO.with(Map.of("topics.refit", "always"));
    JobConfig never = AUTO.with(Map.of("topics.refit", "never"));
    assertThat(TopicFit.refitReason(fittedOn100, 8, 120, NONE, AUTO)).isNull();
    assertThat(TopicFit.refitReason(fittedOn100, 8, 121, NONE, AUTO))
        .isEqualTo("121 articles, the model was fitted on 100");
    assertThat(TopicFit.refitReason(fittedOn100, 8, 500, NONE, never)).isNull();
    assertThat(TopicFit.refitReason(fittedOn100, 8, 100, NONE, always))
        .isEqualTo("topics.refit=always");
    assertThat(TopicFit.refitReason(fittedOn100, 8, 100, new TopicFit.Request(null, true), AUTO))
        .isEqualTo("--refit");
    assertThat(TopicFit.refitReason(fittedOn100, 6, 100, NONE, never))
        .isEqualTo("K 6 asked for, the model has 8");
    // K is capped at the articles: a model of 5 topics on 5 articles still fits K 8 asked for
    assertThat(TopicFit.refitReason(new ModelStore.Info("v", 5, 5, Map.of()), 8, 5, NONE, never))
        .isNull();
    assertThat(TopicFit.refitReason(null, 8, 5, NONE, never)).isEqualTo("no saved model");
    // a sweep chooses K: no K asked for, so no refit for K
    assertThat(TopicFit.refitReason(fittedOn100, null, 100, NONE, AUTO)).isNull();
  }

  @Test
  void aSweepChoosesKWhenNoneIsGivenAndItsFiguresAreRecorded() {
    JobConfig sweep = AUTO.with(Map.of("topics.sweep", "3", "topics.refit", "always"));
    TopicFit f =
        TopicFit.of(articles, articles.limit(0), stats, 4, NONE, sweep, store("sweep"), "run9");
    assertThat(f.model().k()).isEqualTo(3);
    assertThat(f.metrics())
        .containsKeys(
            "sweep.k3.coherence_npmi_mean",
            "sweep.k3.topic_diversity",
            "sweep.k3.log_perplexity",
            "sweep.k3.seconds");
    assertThat(f.metrics().get("sweep.k3.coherence_npmi_mean"))
        .isEqualTo(f.metrics().get("coherence_npmi_mean"));
  }

  @Test
  void aSavedModelThatCannotBeReadStopsTheRun() throws Exception {
    ModelStore broken = store("broken");
    broken.save(run1.model().fromText(), new ModelStore.Info("run1", 2, 4, Map.of()));
    Path metadata = Path.of(java.net.URI.create(broken.path())).resolve("metadata");
    try (var files = Files.list(metadata)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "this is not JSON");
      }
    }
    assertThatThrownBy(() -> fit(broken, articles.limit(0), 2, AUTO, "run2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot read the saved topic model at " + broken.path());
  }
}
