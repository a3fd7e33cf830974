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
 * (auto) is 1 up to 2,000 articles, then 2,000/n, at least 5%. With {@code topics.deterministic}
 * (the default) LDA is fitted on two partitions (see {@link #vectorize}), so the same articles always
 * give the same topics.
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

    /** The whole model, cleaned text to topic weights: what is saved beside the warehouse. */
    public PipelineModel fromText() {
      return new PipelineModel(model.uid(), java.util.List.of(new HindiTermsTransformer().setInputCol("text"),
          model.stages()[0], model.stages()[1], model.stages()[2]));
    }
  }

  /** A model saved by {@link Fitted#fromText()}, to score articles without refitting. */
  public static Fitted load(String path) {
    PipelineModel saved = PipelineModel.load(path);
    org.apache.spark.ml.Transformer[] st = saved.stages();
    if (st.length != 4 || !(st[0] instanceof HindiTermsTransformer)) {
      throw new IllegalStateException("the model at " + path + " is not an msme-pulse topic pipeline");
    }
    PipelineModel model = new PipelineModel(saved.uid(), java.util.List.of(st[1], st[2], st[3]));
    String[] vocab = ((CountVectorizerModel) st[1]).vocabulary();
    return new Fitted(model, vocab, ((LDAModel) st[3]).getK(), Double.NaN, -1);
  }

  /**
   * Term counts and TF-IDF, fitted once: the CountVectorizer (its vocabulary in canonical order) and
   * IDF, and each article's counts ({@code article_id}, {@code tf}) laid out for LDA.
   */
  public record Vectorized(PipelineModel tfidf, Dataset<Row> ldaInput, int minDf) {
    public String[] vocabulary() {
      return ((CountVectorizerModel) tfidf.stages()[0]).vocabulary();
    }
  }

  public static Vectorized vectorize(Dataset<Row> analyzed, long documents, JobConfig cfg) {
    int minDf = documents < 20 ? 1 : cfg.minDf;
    double maxDf = cfg.maxDf >= 1.0 ? Math.max(documents, 1) : Math.max(cfg.maxDf * documents, minDf);
    CountVectorizer cv = new CountVectorizer()
        .setInputCol("terms").setOutputCol("tf")
        .setVocabSize(cfg.vocabSize).setMinDF(minDf).setMaxDF(documents < 5 ? Math.max(documents, 1) : maxDf);
    IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf");
    // The vocabulary's order among terms of equal count depends on task timing; LDA's seeded
    // initialisation is by index, so the order is made canonical (alphabetical) before anything uses it.
    String[] fittedVocab = cv.fit(analyzed).vocabulary().clone();
    java.util.Arrays.sort(fittedVocab);
    CountVectorizerModel cvModel = new CountVectorizerModel(fittedVocab).setInputCol("terms").setOutputCol("tf");
    PipelineModel tfidf = new PipelineModel(java.util.UUID.randomUUID().toString(),
        java.util.List.of((org.apache.spark.ml.Transformer) cvModel, idf.fit(cvModel.transform(analyzed))));
    Dataset<Row> counted = cvModel.transform(analyzed).select("article_id", "tf");
    // LDA sums per-partition statistics on the driver in task-completion order, and its mini-batches
    // follow row order. Two partitions are the most whose sum cannot depend on that order: x + y and
    // y + x are the same double, while (x + y) + z and (x + z) + y need not be (treeAggregate folds
    // its zero, all zeros, with the first result to arrive, then the second). So two partitions,
    // hashed and ordered by article_id, keep the seeded fit reproducible bit for bit, whatever the
    // cluster's layout, and fit on two cores instead of one.
    Dataset<Row> ldaInput = cfg.deterministicTopics
        ? counted.repartition(2, org.apache.spark.sql.functions.col("article_id")).sortWithinPartitions("article_id")
        : counted;
    return new Vectorized(tfidf, ldaInput, minDf);
  }

  /** LDA with {@code requested} topics (capped at the number of articles) on vectorized articles. */
  public static Fitted fitTopics(Vectorized v, long documents, JobConfig cfg, int requested) {
    int k = (int) Math.max(2, Math.min(requested, Math.max(documents, 2)));
    double rate = cfg.subsamplingRate > 0 ? cfg.subsamplingRate
        : documents <= 2000 ? 1.0 : Math.max(0.05, 2000.0 / documents);
    LDA lda = new LDA()
        .setFeaturesCol("tf").setTopicDistributionCol("topic_distribution")
        .setK(k).setMaxIter(cfg.maxIter).setSeed(cfg.seed).setOptimizer(cfg.optimizer);
    if (cfg.optimizer.equals("online")) {
      lda.setSubsamplingRate(rate).setOptimizeDocConcentration(true).setLearningOffset(cfg.learningOffset);
    }
    LDAModel ldaModel = lda.fit(v.ldaInput());
    PipelineModel model = new PipelineModel(java.util.UUID.randomUUID().toString(),
        java.util.List.of((org.apache.spark.ml.Transformer) v.tfidf().stages()[0], v.tfidf().stages()[1], ldaModel));
    return new Fitted(model, v.vocabulary(), k, rate, v.minDf());
  }

  /** The variational bound of the articles' log likelihood and the log perplexity it gives. */
  public record GoodnessOfFit(double logLikelihood, double logPerplexity) {}

  /**
   * MLlib's {@code logLikelihood} and {@code logPerplexity} of articles with term counts ({@code tf}),
   * from one inference pass over them: {@code logPerplexity} is {@code -logLikelihood / tokens}, and
   * MLlib's own runs the whole inference again to get the likelihood (about 3 s per 20,000 articles).
   */
  public static GoodnessOfFit goodnessOfFit(LDAModel lda, Dataset<Row> withTf) {
    // MLlib adds the documents' bounds with RDD.sum, whose per-partition results the driver adds in
    // the order the tasks finish: over 8 partitions the likelihood differed in its last bits from run
    // to run (CrashRecoveryTest saw 6.235821652079009 and ...008). Two partitions, each summed in its
    // own fixed order, give two partial sums whose sum is the same in either order.
    double logLikelihood = lda.logLikelihood(withTf.coalesce(2));
    // counts are whole numbers: their sum is exact, whatever order the partitions add up in
    double tokens = withTf.select("tf").javaRDD().map(r -> {
      double s = 0;
      for (double x : ((org.apache.spark.ml.linalg.Vector) r.get(0)).toSparse().values()) {
        s += x;
      }
      return s;
    }).fold(0.0, Double::sum);
    return new GoodnessOfFit(logLikelihood, -logLikelihood / tokens);
  }

  public static Fitted fit(Dataset<Row> analyzed, long documents, JobConfig cfg, Integer topicsOverride) {
    return fitTopics(vectorize(analyzed, documents, cfg), documents, cfg, topicsOverride != null ? topicsOverride : cfg.topics);
  }
}
