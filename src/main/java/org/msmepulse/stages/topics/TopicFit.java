package org.msmepulse.stages.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;
import org.msmepulse.warehouse.ModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's topic model and what it says of the articles: the saved model when there is one and
 * {@code topics.refit} is false, else a new fit (K by a coherence sweep when {@code topics.sweep}
 * is set and no K was given), saved for the next run. Then every article scored, the topics'
 * quality, and the figures the {@code runs} row records.
 *
 * @param scored the articles with term counts, TF-IDF, topic weights and dominant topic
 */
public record TopicFit(
    TopicModel.Fitted model,
    Dataset<Row> scored,
    TopicQuality quality,
    Map<String, Double> metrics) {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFit.class);

  /**
   * @param analyzed every article with its terms (cached)
   * @param k the number of topics asked for on the command line, or null
   * @param cache persists the scored articles for the run (they are read by every topic table)
   */
  public static TopicFit of(
      Dataset<Row> analyzed,
      long documents,
      Integer k,
      JobConfig cfg,
      ModelStore store,
      String runId,
      java.util.function.UnaryOperator<Dataset<Row>> cache) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    TopicModel.Fitted model = cfg.refitTopics ? null : saved(store);
    boolean refit = model == null;
    if (refit && k == null && !cfg.sweep.isEmpty()) {
      TopicSweep.Result sweep = TopicSweep.run(analyzed, documents, cfg, cfg.sweep);
      model = sweep.best();
      for (TopicSweep.Candidate c : sweep.candidates()) {
        String p = "sweep.k" + c.k() + ".";
        metrics.put(p + "coherence_npmi_mean", c.coherenceNpmi());
        metrics.put(p + "topic_diversity", c.diversity());
        metrics.put(p + "log_perplexity", c.logPerplexity());
        metrics.put(p + "seconds", c.seconds());
      }
    } else if (refit) {
      model = TopicModel.fit(analyzed, documents, cfg, k != null ? k : cfg.topics);
    }
    metrics.put("model_refit", refit ? 1.0 : 0.0);
    Dataset<Row> scored = cache.apply(TopicWeights.of(model, analyzed));
    TopicQuality quality =
        TopicQuality.of(model.lda(), scored, cfg.topTerms, cfg.coherenceTerms, cfg.termRanking);
    TopicModel.GoodnessOfFit fit = TopicModel.goodnessOfFit(model.lda(), scored);
    metrics.put("log_perplexity", fit.logPerplexity());
    metrics.put("log_likelihood", fit.logLikelihood());
    metrics.put("topic_diversity", quality.diversity());
    metrics.put("coherence_npmi_mean", quality.meanCoherence());
    metrics.put("vocabulary_size", (double) model.vocabulary().length);
    metrics.put("subsampling_rate", model.subsamplingRate());
    metrics.put("min_df", (double) model.minDf());
    if (refit) {
      store.save(model.fromText(), runId);
    }
    return new TopicFit(model, scored, quality, metrics);
  }

  /** The saved model, or null when there is none or it cannot be read (it is then refitted). */
  private static TopicModel.Fitted saved(ModelStore store) {
    if (!store.exists()) {
      return null;
    }
    try {
      return TopicModel.load(store.path());
    } catch (Exception e) {
      // A model saved by an older layout of this project (other class names) is refitted; any other
      // failure to read it stops the run rather than change the topics silently.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ClassNotFoundException || t instanceof TopicModel.NotATopicPipeline) {
          LOG.warn(
              "the saved topic model at {} is not one this version reads ({}); fitting a new one",
              store.path(),
              t.getMessage());
          return null;
        }
      }
      throw new IllegalStateException(
          "cannot read the saved topic model at " + store.path() + ": " + e, e);
    }
  }
}
