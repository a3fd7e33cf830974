package org.msmepulse.stages.topics;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.config.JobConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the number of topics by coherence ({@code topics.sweep}): LDA is fitted for each
 * candidate K on the same term counts (vectorized once), and each fit is scored by {@link
 * TopicQuality} (mean NPMI, diversity) and log perplexity. The K with the highest mean NPMI is kept
 * (the smaller K on a tie); every candidate's figures are reported. Perplexity is recorded but not
 * used to choose: it keeps improving with K while the topics an analyst reads get thinner.
 */
public final class TopicSweep {
  private static final Logger LOG = LoggerFactory.getLogger(TopicSweep.class);

  private TopicSweep() {}

  /**
   * One candidate's figures; {@code k} is the fitted K (candidates are capped at the article
   * count).
   */
  public record Candidate(
      int k, double coherenceNpmi, double diversity, double logPerplexity, double seconds) {}

  public record Result(TopicModel.Fitted best, List<Candidate> candidates) {}

  public static Result run(Dataset<Row> analyzed, long documents, JobConfig cfg, List<Integer> ks) {
    if (ks.isEmpty()) {
      throw new IllegalArgumentException("a topic sweep needs at least one K");
    }
    TopicModel.Vectorized v = TopicModel.vectorize(analyzed, documents, cfg);
    Dataset<Row> counted = v.ldaInput().persist(StorageLevel.MEMORY_AND_DISK());
    TopicModel.Vectorized cached =
        new TopicModel.Vectorized(v.counts(), v.idf(), counted, v.minDf());
    try {
      List<Candidate> candidates = new ArrayList<>();
      TopicModel.Fitted best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int requested : ks.stream().sorted().distinct().toList()) {
        long t0 = System.nanoTime();
        TopicModel.Fitted f = TopicModel.fitTopics(cached, documents, cfg, requested);
        if (candidates.stream().anyMatch(c -> c.k() == f.k())) {
          continue; // capped to a K already fitted
        }
        TopicQuality q =
            TopicQuality.of(f.lda(), counted, cfg.topTerms, cfg.coherenceTerms, cfg.termRanking);
        double logPerplexity = TopicModel.goodnessOfFit(f.lda(), counted).logPerplexity();
        Candidate c =
            new Candidate(
                f.k(),
                q.meanCoherence(),
                q.diversity(),
                logPerplexity,
                (System.nanoTime() - t0) / 1e9);
        candidates.add(c);
        LOG.info(
            "topic sweep: K={} mean NPMI {} diversity {} log perplexity {} ({} s)",
            c.k(),
            String.format("%.4f", c.coherenceNpmi()),
            String.format("%.3f", c.diversity()),
            String.format("%.3f", c.logPerplexity()),
            String.format("%.1f", c.seconds()));
        if (c.coherenceNpmi() > bestScore) {
          bestScore = c.coherenceNpmi();
          best = f;
        }
      }
      return new Result(best, candidates);
    } finally {
      counted.unpersist();
    }
  }
}
