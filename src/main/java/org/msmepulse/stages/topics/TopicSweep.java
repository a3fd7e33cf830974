package org.msmepulse.stages.topics;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the number of topics by coherence ({@code topics.sweep}): LDA is fitted for each
 * candidate K on the same term counts, and each fit is scored by {@link TopicQuality} (mean NPMI,
 * diversity) and log perplexity. The K with the highest mean NPMI is kept (the smaller K on a tie);
 * every candidate's figures are reported. Perplexity is recorded but not used to choose: it keeps
 * improving with K while the topics an analyst reads get thinner.
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

  /**
   * @param ldaInput the articles' term counts ({@link TopicModel#ldaInput}), cached by the caller
   * @param version the version the kept model gets
   */
  public static Result run(
      Dataset<Row> ldaInput,
      Vocabulary vocabulary,
      long documents,
      JobConfig cfg,
      List<Integer> ks,
      String version) {
    if (ks.isEmpty()) {
      throw new IllegalArgumentException("a topic sweep needs at least one K");
    }
    List<Candidate> candidates = new ArrayList<>();
    TopicModel.Fitted best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int requested : ks.stream().sorted().distinct().toList()) {
      long t0 = System.nanoTime();
      if (candidates.stream().anyMatch(c -> c.k() == TopicModel.cappedK(requested, documents))) {
        continue; // capped to a K already fitted
      }
      TopicModel.Fitted f =
          TopicModel.fit(ldaInput, vocabulary, documents, cfg, requested, version);
      TopicQuality q =
          TopicQuality.of(f.lda(), ldaInput, cfg.topTerms, cfg.coherenceTerms, cfg.termRanking);
      double logPerplexity = TopicModel.goodnessOfFit(f.lda(), ldaInput).logPerplexity();
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
  }
}
