package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.col;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.TERMS;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.analyze.HindiTermsTransformer;

/**
 * The topic model: term counts ({@link CountVectorizer} on the analyzed {@code terms}) feed both
 * {@link IDF} (TF-IDF, for keywords) and {@link LDA} (topics model counts, not TF-IDF weights). The
 * three models are fitted one after the other rather than as one MLlib {@code Pipeline}, for two
 * steps a Pipeline cannot take: the vocabulary is put in a canonical order before IDF and LDA see
 * it, and LDA's input gets a fixed layout (see {@link #vectorize}). Saved, they form one {@link
 * PipelineModel} from cleaned text to topic weights ({@link Fitted#fromText()}).
 *
 * <p>Corpus-size rules: the minimum document frequency drops to 1 below 20 articles; K is capped at
 * the number of articles; the online optimizer's mini-batch fraction (auto) is 1 up to 2,000
 * articles, then 2,000/n, at least 5%.
 */
public final class TopicModel {
  private TopicModel() {}

  /** Columns the model adds: term counts, TF-IDF weights and the LDA topic distribution. */
  public static final String TF = "tf";

  public static final String TFIDF = "tfidf";
  public static final String TOPIC_DISTRIBUTION = "topic_distribution";

  /**
   * A fitted model and what the run records of it ({@code subsamplingRate} NaN and {@code minDf} -1
   * when loaded).
   */
  public record Fitted(
      CountVectorizerModel counts,
      IDFModel idf,
      LDAModel lda,
      int k,
      double subsamplingRate,
      int minDf) {
    public String[] vocabulary() {
      return counts.vocabulary();
    }

    /** Adds {@code tf}, {@code tfidf} and {@code topic_distribution} to analyzed articles. */
    public Dataset<Row> transform(Dataset<Row> analyzed) {
      return lda.transform(idf.transform(counts.transform(analyzed)));
    }

    /** The whole model, cleaned text to topic weights: what is saved beside the warehouse. */
    public PipelineModel fromText() {
      return new PipelineModel(
          UUID.randomUUID().toString(),
          List.of(new HindiTermsTransformer().setInputCol(TEXT), counts, idf, lda));
    }
  }

  /** A model saved by {@link Fitted#fromText()}. */
  public static Fitted load(String path) {
    Transformer[] st = PipelineModel.load(path).stages();
    if (st.length != 4
        || !(st[0] instanceof HindiTermsTransformer)
        || !(st[1] instanceof CountVectorizerModel cv)
        || !(st[2] instanceof IDFModel idf)
        || !(st[3] instanceof LDAModel lda)) {
      throw new NotATopicPipeline("the model at " + path + " is not an msme-pulse topic pipeline");
    }
    return new Fitted(cv, idf, lda, lda.getK(), Double.NaN, -1);
  }

  /** A saved model whose stages are not the four of {@link Fitted#fromText()}. */
  public static final class NotATopicPipeline extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotATopicPipeline(String message) {
      super(message);
    }
  }

  /**
   * Term counts and TF-IDF, fitted once, and each article's counts ({@code article_id}, {@code tf})
   * laid out for LDA.
   */
  public record Vectorized(
      CountVectorizerModel counts, IDFModel idf, Dataset<Row> ldaInput, int minDf) {}

  public static Vectorized vectorize(Dataset<Row> analyzed, long documents, JobConfig cfg) {
    int minDf = documents < 20 ? 1 : cfg.minDf;
    double maxDf =
        cfg.maxDf >= 1.0 ? Math.max(documents, 1) : Math.max(cfg.maxDf * documents, minDf);
    CountVectorizer cv =
        new CountVectorizer()
            .setInputCol(TERMS)
            .setOutputCol(TF)
            .setVocabSize(cfg.vocabSize)
            .setMinDF(minDf)
            .setMaxDF(documents < 5 ? Math.max(documents, 1) : maxDf);
    // The order of terms of equal count depends on task timing, and LDA's seeded initialisation is
    // by index: the vocabulary is sorted before anything uses it.
    String[] vocabulary = cv.fit(analyzed).vocabulary().clone();
    Arrays.sort(vocabulary);
    CountVectorizerModel counts =
        new CountVectorizerModel(vocabulary).setInputCol(TERMS).setOutputCol(TF);
    IDFModel idf = new IDF().setInputCol(TF).setOutputCol(TFIDF).fit(counts.transform(analyzed));
    Dataset<Row> counted = counts.transform(analyzed).select(ARTICLE_ID, TF);
    // LDA adds per-partition statistics on the driver in task-completion order, and its
    // mini-batches
    // follow row order. With two partitions, hashed and sorted by article_id, neither depends on
    // timing (x + y equals y + x; a sum of three need not), so the seeded fit is the same bit for
    // bit
    // on any cluster layout.
    Dataset<Row> ldaInput =
        cfg.deterministicTopics
            ? counted.repartition(2, col(ARTICLE_ID)).sortWithinPartitions(ARTICLE_ID)
            : counted;
    return new Vectorized(counts, idf, ldaInput, minDf);
  }

  /**
   * LDA with {@code requested} topics (capped at the number of articles) on vectorized articles.
   */
  public static Fitted fitTopics(Vectorized v, long documents, JobConfig cfg, int requested) {
    int k = (int) Math.max(2, Math.min(requested, Math.max(documents, 2)));
    double rate =
        cfg.subsamplingRate > 0
            ? cfg.subsamplingRate
            : documents <= 2000 ? 1.0 : Math.max(0.05, 2000.0 / documents);
    LDA lda =
        new LDA()
            .setFeaturesCol(TF)
            .setTopicDistributionCol(TOPIC_DISTRIBUTION)
            .setK(k)
            .setMaxIter(cfg.maxIter)
            .setSeed(cfg.seed)
            .setOptimizer(cfg.optimizer);
    if (cfg.optimizer.equals("online")) {
      lda.setSubsamplingRate(rate)
          .setOptimizeDocConcentration(true)
          .setLearningOffset(cfg.learningOffset);
    }
    return new Fitted(v.counts(), v.idf(), lda.fit(v.ldaInput()), k, rate, v.minDf());
  }

  public static Fitted fit(Dataset<Row> analyzed, long documents, JobConfig cfg, int k) {
    return fitTopics(vectorize(analyzed, documents, cfg), documents, cfg, k);
  }

  /** The variational bound of the articles' log likelihood and the log perplexity it gives. */
  public record GoodnessOfFit(double logLikelihood, double logPerplexity) {}

  /**
   * MLlib's {@code logLikelihood} and {@code logPerplexity} of articles with term counts ({@code
   * tf}) from one inference pass ({@code logPerplexity} is {@code -logLikelihood / tokens}; MLlib's
   * own runs the inference again for it).
   */
  public static GoodnessOfFit goodnessOfFit(LDAModel lda, Dataset<Row> withTf) {
    // MLlib sums the documents' bounds with RDD.sum, which adds partition results in the order
    // tasks
    // finish; over two partitions that order cannot change the sum.
    double logLikelihood = lda.logLikelihood(withTf.coalesce(2));
    // counts are whole numbers: their sum is exact in any order
    double tokens =
        withTf
            .select(TF)
            .javaRDD()
            .map(
                r -> {
                  double s = 0;
                  for (double x : ((Vector) r.get(0)).toSparse().values()) {
                    s += x;
                  }
                  return s;
                })
            .fold(0.0, Double::sum);
    return new GoodnessOfFit(logLikelihood, -logLikelihood / tokens);
  }
}
