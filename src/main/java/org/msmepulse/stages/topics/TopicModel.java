package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.col;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.TERMS;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.topics.OnlineLda;
import org.msmepulse.stages.analyze.HindiTermsTransformer;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The topic model: LDA over the articles' term counts. The vocabulary is chosen from the corpus's
 * term statistics ({@link Vocabulary}) and each article's counts become a vector over it ({@code
 * tf}, from its stored {@code term_counts}, so no text is analyzed again). The model is fitted by
 * hand rather than as an MLlib {@code Pipeline}, for two steps a Pipeline cannot take: the
 * vocabulary is in canonical (alphabetical) order, and LDA's input gets a fixed layout (see {@link
 * #fit}). Saved, it is one {@link PipelineModel} from cleaned text to topic weights ({@link
 * Fitted#fromText()}).
 *
 * <p>K is capped at the number of articles; the online optimizer's mini-batch fraction (auto) is 1
 * up to 2,000 articles, then 2,000/n, at least 5%.
 */
public final class TopicModel {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TopicModel.class);

  private TopicModel() {}

  /** Columns the model adds: term counts over its vocabulary and the LDA topic distribution. */
  public static final String TF = "tf";

  public static final String TOPIC_DISTRIBUTION = "topic_distribution";

  /**
   * A fitted model and what the run records of it ({@code subsamplingRate} NaN and {@code minDf} -1
   * when loaded).
   *
   * @param version the id of the run that fitted it
   */
  public record Fitted(
      String[] vocabulary, LDAModel lda, int k, double subsamplingRate, int minDf, String version) {

    /** Adds {@code tf} and {@code topic_distribution} to articles with {@code term_counts}. */
    public Dataset<Row> transform(Dataset<Row> articles) {
      return lda.transform(withTf(articles, vocabulary));
    }

    /** The whole model, cleaned text to topic weights: what is saved beside the warehouse. */
    public PipelineModel fromText() {
      CountVectorizerModel counts =
          new CountVectorizerModel(vocabulary).setInputCol(TERMS).setOutputCol(TF);
      return new PipelineModel(
          UUID.randomUUID().toString(),
          List.of(new HindiTermsTransformer().setInputCol(TEXT), counts, lda));
    }
  }

  /** A model saved by {@link Fitted#fromText()}. */
  public static Fitted load(String path, String version) {
    Transformer[] st = PipelineModel.load(path).stages();
    if (st.length != 3
        || !(st[0] instanceof HindiTermsTransformer)
        || !(st[1] instanceof CountVectorizerModel cv)
        || !(st[2] instanceof LDAModel lda)) {
      throw new NotATopicPipeline("the model at " + path + " is not an msme-pulse topic pipeline");
    }
    return new Fitted(cv.vocabulary(), lda, lda.getK(), Double.NaN, -1, version);
  }

  /** A saved model whose stages are not the three of {@link Fitted#fromText()}. */
  public static final class NotATopicPipeline extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotATopicPipeline(String message) {
      super(message);
    }
  }

  /** Adds {@code tf}: each article's {@code term_counts} as counts over {@code vocabulary}. */
  public static Dataset<Row> withTf(Dataset<Row> articles, String[] vocabulary) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.length; i++) {
      index.put(vocabulary[i], i);
    }
    JavaSparkContext jsc =
        JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext());
    Broadcast<Map<String, Integer>> terms = jsc.broadcast(index);
    int size = vocabulary.length;
    return articles.withColumn(
        TF,
        functions
            .udf(
                (UDF1<Seq<Row>, Vector>) counts -> vector(counts, terms.value(), size),
                SQLDataTypes.VectorType())
            .apply(col(TERM_COUNTS)));
  }

  static Vector vector(Seq<Row> counts, Map<String, Integer> index, int size) {
    TreeMap<Integer, Double> byIndex = new TreeMap<>();
    if (counts != null) {
      for (Row c : CollectionConverters.asJava(counts)) {
        Integer i = index.get(c.getString(0));
        if (i != null) {
          byIndex.merge(i, (double) c.getInt(2), Double::sum);
        }
      }
    }
    int[] idx = new int[byIndex.size()];
    double[] values = new double[byIndex.size()];
    int n = 0;
    for (Map.Entry<Integer, Double> e : byIndex.entrySet()) {
      idx[n] = e.getKey();
      values[n++] = e.getValue();
    }
    return Vectors.sparse(size, idx, values);
  }

  /**
   * Each article's term counts ({@code article_id}, {@code tf}) laid out for LDA. LDA adds
   * per-partition statistics on the driver in task-completion order, and its mini-batches follow
   * row order. With two partitions, hashed and sorted by article_id, neither depends on timing (x +
   * y equals y + x; a sum of three need not), so with {@code topics.deterministic} the seeded fit
   * is the same bit for bit on any cluster layout.
   */
  public static Dataset<Row> ldaInput(Dataset<Row> articles, String[] vocabulary, JobConfig cfg) {
    Dataset<Row> counted =
        withTf(articles.select(ARTICLE_ID, TERM_COUNTS), vocabulary).select(ARTICLE_ID, TF);
    return cfg.deterministicTopics
        ? counted.repartition(2, col(ARTICLE_ID)).sortWithinPartitions(ARTICLE_ID)
        : counted;
  }

  /**
   * LDA with {@code requested} topics (capped at the number of articles).
   *
   * @param ldaInput from {@link #ldaInput}
   */
  public static Fitted fit(
      Dataset<Row> ldaInput,
      Vocabulary vocabulary,
      long documents,
      JobConfig cfg,
      int requested,
      String version) {
    int k = cappedK(requested, documents);
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
      if (vocabulary.nonzeros() <= cfg.localFitMaxTerms) {
        LOG.info(
            "fitting LDA (K = {}) in the driver: {} articles, {} term counts",
            k,
            documents,
            vocabulary.nonzeros());
        return new Fitted(
            vocabulary.terms(),
            fitLocally(lda, ldaInput, vocabulary.terms().length),
            k,
            rate,
            vocabulary.minDf(),
            version);
      }
      LOG.info(
          "fitting LDA (K = {}) with MLlib's distributed optimizer: {} articles, {} term counts",
          k,
          documents,
          vocabulary.nonzeros());
    }
    return new Fitted(vocabulary.terms(), lda.fit(ldaInput), k, rate, vocabulary.minDf(), version);
  }

  /**
   * MLlib's online LDA, fitted in the driver on the collected term counts (in article order), as an
   * MLlib model with the estimator's parameters.
   */
  static LDAModel fitLocally(LDA lda, Dataset<Row> ldaInput, int vocabularySize) {
    List<Row> rows = ldaInput.orderBy(ARTICLE_ID).select(TF).collectAsList();
    int[][] ids = new int[rows.size()][];
    double[][] counts = new double[rows.size()][];
    for (int d = 0; d < ids.length; d++) {
      org.apache.spark.ml.linalg.SparseVector v = ((Vector) rows.get(d).get(0)).toSparse();
      ids[d] = v.indices();
      counts[d] = v.values();
    }
    int k = lda.getK();
    OnlineLda.Model m =
        OnlineLda.fit(
            new OnlineLda.Corpus(vocabularySize, ids, counts),
            new OnlineLda.Params(
                k,
                lda.getMaxIter(),
                lda.getSeed(),
                lda.getSubsamplingRate(),
                lda.getLearningOffset(),
                lda.getLearningDecay(),
                1.0 / k,
                1.0 / k,
                lda.getOptimizeDocConcentration()));
    double[] topics = new double[vocabularySize * k]; // column-major vocabulary x K
    for (int j = 0; j < k; j++) {
      System.arraycopy(m.lambda()[j], 0, topics, j * vocabularySize, vocabularySize);
    }
    org.apache.spark.mllib.clustering.LocalLDAModel old =
        new org.apache.spark.mllib.clustering.LocalLDAModel(
            org.apache.spark.mllib.linalg.Matrices.dense(vocabularySize, k, topics),
            org.apache.spark.mllib.linalg.Vectors.dense(m.alpha()),
            m.eta(),
            OnlineLda.GAMMA_SHAPE);
    org.apache.spark.ml.clustering.LocalLDAModel model =
        new org.apache.spark.ml.clustering.LocalLDAModel(
            lda.uid(), vocabularySize, old, ldaInput.sparkSession());
    lda.copyValues(model, new org.apache.spark.ml.param.ParamMap());
    return model.setParent(lda);
  }

  /**
   * Vocabulary, term counts and LDA in one call, for articles ({@code article_id}, {@code
   * term_counts}) that are the whole corpus.
   */
  public static Fitted fit(
      Dataset<Row> articles, long documents, JobConfig cfg, int requested, String version) {
    Vocabulary vocabulary =
        Vocabulary.of(
            org.msmepulse.stages.tables.TermStats.of(articles, documents), documents, cfg);
    return fit(
        ldaInput(articles, vocabulary.terms(), cfg),
        vocabulary,
        documents,
        cfg,
        requested,
        version);
  }

  /** The K a run asks for when it fits on {@code documents} articles. */
  public static int cappedK(int requested, long documents) {
    return (int) Math.max(2, Math.min(requested, Math.max(documents, 2)));
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
