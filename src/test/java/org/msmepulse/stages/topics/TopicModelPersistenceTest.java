package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.analyze.HindiTermsTransformer;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.CleanedRecords;

/**
 * The saved topic pipeline goes from cleaned text to topic weights, and loads as a PipelineModel.
 */
class TopicModelPersistenceTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void savedPipelineScoresTextLikeTheFittedModel() throws Exception {
    JobConfig cfg = JobConfig.defaults().with(java.util.Map.of("topics.max_iter", "10"));
    Dataset<Row> texts =
        CleanedRecords.of(Ingest.sample(spark), cfg)
            .filter("reject_reason IS NULL")
            .select("article_id", "text")
            .cache();
    Dataset<Row> analyzed = ArticleTerms.of(texts).cache();
    TopicModel.Fitted fitted = TopicModel.fit(analyzed, analyzed.count(), cfg, 4, "v1");
    String path = dir.resolve("pipeline").toString();
    fitted.fromText().write().overwrite().save(path);

    PipelineModel loaded = PipelineModel.load(path);
    assertThat(loaded.stages()[0]).isInstanceOf(HindiTermsTransformer.class);
    List<Row> fromSaved =
        loaded.transform(texts).orderBy("article_id").select("topic_distribution").collectAsList();
    List<Row> fromFitted =
        fitted
            .transform(analyzed)
            .orderBy("article_id")
            .select("topic_distribution")
            .collectAsList();
    assertThat(fromSaved).hasSameSizeAs(fromFitted);
    for (int i = 0; i < fromSaved.size(); i++) {
      Vector a = (Vector) fromSaved.get(i).get(0);
      Vector b = (Vector) fromFitted.get(i).get(0);
      assertThat(a.toArray()).containsExactly(b.toArray());
    }
    TopicModel.Fitted reloaded = TopicModel.load(path, "v1");
    assertThat(reloaded.vocabulary()).containsExactly(fitted.vocabulary());
    assertThat(reloaded.k()).isEqualTo(4);
  }
}
