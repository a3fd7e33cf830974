package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.Warehouse;

/**
 * Refit or reuse of the model saved beside the warehouse, and the figures the runs row records. One
 * warehouse goes through three runs (fits are the slow part, so the tests share them): its model
 * folder first holds a pipeline of another kind; run 1 (refit off, K 2) fits a model, run 2 (refit
 * off, K 3 asked) reuses it, run 3 (refit on, no K, a sweep over the one candidate 3) fits again.
 */
class TopicFitTest extends SparkTestBase {
  static final JobConfig REUSE =
      JobConfig.defaults()
          .with(Map.of("topics.max_iter", "5", "topics.refit", "false", "topics.sweep", "2,3"));
  static final JobConfig REFIT = REUSE.with(Map.of("topics.refit", "true", "topics.sweep", "3"));
  static final UnaryOperator<Dataset<Row>> NO_CACHE = d -> d;

  @TempDir static Path dir;
  static Dataset<Row> analyzed;
  static ModelStore store;
  static boolean existedBefore;
  static TopicFit run1;
  static TopicFit run2;
  static TopicFit run3;
  static int savedAfterRun3;

  static ModelStore store(String name) {
    return new ModelStore(spark, new Warehouse(spark, dir.resolve(name).toString()));
  }

  static TopicFit fit(ModelStore store, Integer k, JobConfig cfg, String runId) {
    return TopicFit.of(analyzed, 4, k, cfg, store, runId, NO_CACHE);
  }

  @BeforeAll
  static void threeRuns() throws Exception {
    analyzed = TopicSweepTest.themes().cache();
    store = store("wh");
    existedBefore = store.exists();
    new PipelineModel("other", List.<Transformer>of(new HindiTermsTransformer()))
        .write()
        .overwrite()
        .save(store.path());
    run1 = fit(store, 2, REUSE, "run1");
    run2 = fit(store, 3, REUSE, "run2");
    run3 = fit(store, null, REFIT, "run3");
    savedAfterRun3 = TopicModel.load(store.path()).k();
  }

  @Test
  void aModelFolderThatIsNotATopicPipelineIsReplacedByANewFit() {
    assertThat(existedBefore).isFalse();
    assertThat(run1.metrics()).containsEntry("model_refit", 1.0);
    assertThat(run1.model().k()).isEqualTo(2);
    assertThat(run1.model().minDf()).as("below 20 articles every term counts").isEqualTo(1);
  }

  @Test
  void theSavedModelIsReusedWhenRefitIsOffWhateverKIsAsked() {
    assertThat(run2.metrics()).containsEntry("model_refit", 0.0);
    assertThat(run2.model().k()).isEqualTo(2);
    assertThat(run2.model().vocabulary()).containsExactly(run1.model().vocabulary());
    assertThat(run2.model().lda().topicsMatrix().toArray())
        .containsExactly(run1.model().lda().topicsMatrix().toArray());
    assertThat(run2.model().minDf()).as("unknown for a loaded model").isEqualTo(-1);
    assertThat(run2.model().subsamplingRate()).isNaN();
    assertThat(run2.scored().columns()).contains("tf", "tfidf", "topic_weights", "dominant_topic");
    assertThat(run2.scored().count()).isEqualTo(4);
  }

  @Test
  void refitOnFitsAgainAndReplacesTheSavedModel() {
    assertThat(run3.metrics()).containsEntry("model_refit", 1.0);
    assertThat(run3.model().k()).isEqualTo(3);
    assertThat(savedAfterRun3).isEqualTo(3);
  }

  @Test
  void aGivenKSkipsTheSweep() {
    for (TopicFit f : List.of(run1, run2)) {
      assertThat(f.metrics().keySet()).noneMatch(key -> key.startsWith("sweep."));
    }
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
  void withoutAGivenKTheSweepChoosesAndItsFiguresAreRecorded() {
    assertThat(run3.metrics())
        .containsKeys(
            "sweep.k3.coherence_npmi_mean",
            "sweep.k3.topic_diversity",
            "sweep.k3.log_perplexity",
            "sweep.k3.seconds");
    assertThat(run3.metrics().keySet()).filteredOn(key -> key.startsWith("sweep.")).hasSize(4);
    assertThat(run3.metrics().get("sweep.k3.coherence_npmi_mean"))
        .isEqualTo(run3.metrics().get("coherence_npmi_mean"));
  }

  @Test
  void aSavedModelThatCannotBeReadStopsTheRun() throws Exception {
    ModelStore broken = store("broken");
    Path metadata = Path.of(java.net.URI.create(broken.path())).resolve("metadata");
    Files.createDirectories(metadata);
    Files.writeString(metadata.resolve("part-00000"), "this is not JSON");
    assertThatThrownBy(() -> fit(broken, 2, REUSE, "run1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot read the saved topic model at " + broken.path());
  }
}
