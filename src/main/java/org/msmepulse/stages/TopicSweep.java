package org.msmepulse.stages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the number of topics by coherence ({@code topics.sweep}): LDA is fitted for each
 * candidate K on the same TF-IDF features (vectorized once), and each fit is scored by the mean NPMI
 * of its topics' top terms ({@link Coherence}), topic diversity and log perplexity. The K with the
 * highest mean NPMI is kept (the smaller K on a tie); the others' figures are reported, not kept.
 * Perplexity is recorded but not used to choose: it keeps improving with K while the topics an
 * analyst reads get thinner and repeat each other.
 */
public final class TopicSweep {
  private static final Logger LOG = LoggerFactory.getLogger(TopicSweep.class);

  private TopicSweep() {}

  /** One candidate's figures; {@code k} is the fitted K (candidates are capped at the article count). */
  public record Candidate(int k, double coherenceNpmi, double diversity, double logPerplexity, double seconds) {}

  public record Result(Features.Fitted best, List<Candidate> candidates) {}

  public static Result run(Dataset<Row> analyzed, long documents, JobConfig cfg, List<Integer> ks) {
    if (ks.isEmpty()) {
      throw new IllegalArgumentException("a topic sweep needs at least one K");
    }
    Features.Vectorized v = Features.vectorize(analyzed, documents, cfg);
    Dataset<Row> counted = v.ldaInput().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Features.Vectorized cached = new Features.Vectorized(v.tfidf(), counted, v.minDf());
    try {
      List<Candidate> candidates = new ArrayList<>();
      Features.Fitted best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int requested : ks.stream().sorted().distinct().toList()) {
        long t0 = System.nanoTime();
        Features.Fitted f = Features.fitTopics(cached, documents, cfg, requested);
        if (candidates.stream().anyMatch(c -> c.k() == f.k())) {
          continue; // capped to a K already fitted
        }
        List<int[]> top = Topics.topIndices(f.lda(), Math.max(Topics.DIVERSITY_TERMS, cfg.coherenceTerms),
            cfg.termRanking);
        List<int[]> forCoherence = top.stream()
            .map(a -> Arrays.copyOf(a, Math.min(cfg.coherenceTerms, a.length))).toList();
        double npmi = Arrays.stream(Coherence.npmi(counted, forCoherence)).average().orElse(-1);
        double logPerplexity = Features.goodnessOfFit(f.lda(), counted).logPerplexity();
        Candidate c = new Candidate(f.k(), npmi, Topics.diversity(top), logPerplexity, (System.nanoTime() - t0) / 1e9);
        candidates.add(c);
        LOG.info("topic sweep: K={} mean NPMI {} diversity {} log perplexity {} ({} s)", c.k(),
            String.format("%.4f", c.coherenceNpmi()), String.format("%.3f", c.diversity()),
            String.format("%.3f", c.logPerplexity()), String.format("%.1f", c.seconds()));
        if (npmi > bestScore) {
          bestScore = npmi;
          best = f;
        }
      }
      return new Result(best, candidates);
    } finally {
      counted.unpersist();
    }
  }
}
