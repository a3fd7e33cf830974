package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.col;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.config.JobConfig;
import org.msmepulse.warehouse.ModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's topic model and the articles it scores. A run scores its new and changed articles (and
 * any article a model other than the current one scored) with the saved model; it fits a new model
 * on all articles, and scores every article with it, when there is no saved model, when the K asked
 * for differs from the model's, with {@code topics.refit=always} or {@code run --refit}, or with
 * {@code auto} when the warehouse holds more than {@code 1 + topics.refit_growth} times the
 * articles the model was fitted on. K is chosen by a coherence sweep when {@code topics.sweep} is
 * set and no K was given.
 *
 * @param scores {@code article_id}, {@code topic_weights}, {@code dominant_topic}, {@code
 *     topic_model} of the articles scored
 * @param everyArticle whether {@code scores} covers every article (after a refit)
 * @param quality the new model's topic quality, or null when the saved model was used
 */
public record TopicFit(
    TopicModel.Fitted model,
    boolean refit,
    String reason,
    Dataset<Row> scores,
    boolean everyArticle,
    TopicQuality quality,
    Map<String, Double> metrics) {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFit.class);

  /** What the command line asks of the topic model. */
  public record Request(Integer k, boolean refit) {}

  /**
   * @param all every article after the run ({@code article_id}, {@code term_counts}), for a refit
   * @param stale the articles to score when the saved model is kept: the new and changed ones and
   *     those a model other than the saved one scored ({@code article_id}, {@code term_counts})
   * @param termStats the corpus's term statistics after the run, for a new vocabulary
   * @param documents the number of articles after the run
   */
  public static TopicFit of(
      Dataset<Row> all,
      Dataset<Row> stale,
      Dataset<Row> termStats,
      long documents,
      Request request,
      JobConfig cfg,
      ModelStore store,
      String runId) {
    ModelStore.Info info = store.exists() ? store.info() : null;
    Integer k = requestedK(request, cfg);
    String reason = refitReason(info, k, documents, request, cfg);
    TopicModel.Fitted saved = reason == null ? saved(store, info) : null;
    if (saved == null && reason == null) {
      reason = "the saved model cannot be read";
    }
    if (reason == null) {
      Map<String, Double> metrics = new LinkedHashMap<>(info.metrics());
      metrics.put("model_refit", 0.0);
      return new TopicFit(saved, false, null, TopicWeights.of(saved, stale), false, null, metrics);
    }
    LOG.info("fitting a new topic model: {}", reason);
    return fit(all, termStats, documents, k, cfg, store, runId, reason);
  }

  /** The K asked for: the command line's, else {@code topics.k}; null when a sweep chooses it. */
  public static Integer requestedK(Request request, JobConfig cfg) {
    return request.k() != null ? request.k() : cfg.sweep.isEmpty() ? cfg.topics : null;
  }

  /**
   * Why a new model is fitted, or null when the saved one is kept.
   *
   * @param info the saved model's, or null when there is none
   * @param documents the number of articles after the run
   */
  public static String refitReason(
      ModelStore.Info info, Integer k, long documents, Request request, JobConfig cfg) {
    if (info == null) {
      return "no saved model";
    }
    if (cfg.refit == JobConfig.Refit.ALWAYS || request.refit()) {
      return cfg.refit == JobConfig.Refit.ALWAYS ? "topics.refit=always" : "--refit";
    }
    if (k != null && TopicModel.cappedK(k, documents) != info.k()) {
      return "K " + TopicModel.cappedK(k, documents) + " asked for, the model has " + info.k();
    }
    if (cfg.refit == JobConfig.Refit.AUTO && documents > (1 + cfg.refitGrowth) * info.articles()) {
      return documents + " articles, the model was fitted on " + info.articles();
    }
    return null;
  }

  private static TopicFit fit(
      Dataset<Row> all,
      Dataset<Row> termStats,
      long documents,
      Integer k,
      JobConfig cfg,
      ModelStore store,
      String runId,
      String reason) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    Vocabulary vocabulary = Vocabulary.of(termStats, documents, cfg);
    Dataset<Row> input =
        TopicModel.ldaInput(all.select(col(ARTICLE_ID), col(TERM_COUNTS)), vocabulary.terms(), cfg)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      TopicModel.Fitted model;
      if (k == null) {
        TopicSweep.Result sweep =
            TopicSweep.run(input, vocabulary, documents, cfg, cfg.sweep, runId);
        model = sweep.best();
        for (TopicSweep.Candidate c : sweep.candidates()) {
          String p = "sweep.k" + c.k() + ".";
          metrics.put(p + "coherence_npmi_mean", c.coherenceNpmi());
          metrics.put(p + "topic_diversity", c.diversity());
          metrics.put(p + "log_perplexity", c.logPerplexity());
          metrics.put(p + "seconds", c.seconds());
        }
      } else {
        model = TopicModel.fit(input, vocabulary, documents, cfg, k, runId);
      }
      TopicQuality quality =
          TopicQuality.of(model.lda(), input, cfg.topTerms, cfg.coherenceTerms, cfg.termRanking);
      TopicModel.GoodnessOfFit fit = TopicModel.goodnessOfFit(model.lda(), input);
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put("log_perplexity", fit.logPerplexity());
      figures.put("log_likelihood", fit.logLikelihood());
      figures.put("topic_diversity", quality.diversity());
      figures.put("coherence_npmi_mean", quality.meanCoherence());
      figures.put("vocabulary_size", (double) vocabulary.terms().length);
      figures.put("subsampling_rate", model.subsamplingRate());
      figures.put("min_df", (double) model.minDf());
      store.save(model.fromText(), new ModelStore.Info(runId, model.k(), documents, figures));
      metrics.put("model_refit", 1.0);
      metrics.putAll(figures);
      Dataset<Row> scores = TopicWeights.of(model, all.select(col(ARTICLE_ID), col(TERM_COUNTS)));
      return new TopicFit(model, true, reason, scores, true, quality, metrics);
    } finally {
      input.unpersist();
    }
  }

  /** The saved model, or null when it is one this version cannot read (it is then refitted). */
  private static TopicModel.Fitted saved(ModelStore store, ModelStore.Info info) {
    try {
      return TopicModel.load(store.path(), info.version());
    } catch (Exception e) {
      // A model saved by an older layout of this project (other class names or stages) is
      // refitted; any other failure to read it stops the run rather than change the topics.
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
