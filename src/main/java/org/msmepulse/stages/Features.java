package org.msmepulse.stages;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;

/**
 * Stages 6 and 7, stated as one MLlib pipeline (as in Spark's JavaLDAExample): term counts
 * ({@link CountVectorizer} on the analyzed {@code terms}) feed both {@link IDF} (TF-IDF, for
 * keywords) and {@link LDA} (topics, which model counts, not TF-IDF weights).
 *
 * <p>Corpus-size rules, recorded in the run: the minimum document frequency drops to 1 below 20
 * articles; K is capped at the number of articles; the online optimizer's mini-batch fraction
 * (auto) is 1 up to 2,000 articles, then 2,000/n, at least 5%.
 */
public final class Features {
  private Features() {}

  /** The fitted pipeline and what the run records of it. */
  public record Fitted(PipelineModel model, String[] vocabulary, int k, double subsamplingRate, int minDf) {
    public CountVectorizerModel countVectorizer() {
      return (CountVectorizerModel) model.stages()[0];
    }

    public LDAModel lda() {
      return (LDAModel) model.stages()[2];
    }
  }

  public static Fitted fit(Dataset<Row> analyzed, long documents, JobConfig cfg, Integer topicsOverride) {
    int minDf = documents < 20 ? 1 : cfg.minDf;
    double maxDf = cfg.maxDf >= 1.0 ? Math.max(documents, 1) : Math.max(cfg.maxDf * documents, minDf);
    CountVectorizer cv = new CountVectorizer()
        .setInputCol("terms").setOutputCol("tf")
        .setVocabSize(cfg.vocabSize).setMinDF(minDf).setMaxDF(documents < 5 ? Math.max(documents, 1) : maxDf);
    IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf");
    int requested = topicsOverride != null ? topicsOverride : cfg.topics;
    int k = (int) Math.max(2, Math.min(requested, Math.max(documents, 2)));
    double rate = cfg.subsamplingRate > 0 ? cfg.subsamplingRate
        : documents <= 2000 ? 1.0 : Math.max(0.05, 2000.0 / documents);
    LDA lda = new LDA()
        .setFeaturesCol("tf").setTopicDistributionCol("topic_distribution")
        .setK(k).setMaxIter(cfg.maxIter).setSeed(cfg.seed).setOptimizer(cfg.optimizer);
    if (cfg.optimizer.equals("online")) {
      lda.setSubsamplingRate(rate).setOptimizeDocConcentration(true);
    }
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {cv, idf, lda}).fit(analyzed);
    String[] vocab = ((CountVectorizerModel) model.stages()[0]).vocabulary();
    return new Fitted(model, vocab, k, rate, minDf);
  }
}
