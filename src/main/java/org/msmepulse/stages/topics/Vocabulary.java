package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.config.JobConfig;

/**
 * The terms the topic model and the keywords count, chosen from the corpus's term statistics
 * ({@code term_stats}) by MLlib CountVectorizer's rules: a term in at least {@code features.min_df}
 * articles (1 below 20 articles) and in at most {@code features.max_df} of them, the {@code
 * features.vocab_size} most frequent such terms (ties: alphabetical), in alphabetical order.
 *
 * @param terms alphabetical; a term's index is its position
 * @param nonzeros the (article, term) pairs of the corpus over these terms: the sum of their df
 */
public record Vocabulary(String[] terms, int minDf, double maxDf, long nonzeros) {
  /**
   * @param termStats {@code term}, {@code df}, {@code cf} of every term of the corpus
   * @param documents the number of articles in the corpus
   */
  public static Vocabulary of(Dataset<Row> termStats, long documents, JobConfig cfg) {
    int minDf = documents < 20 ? 1 : cfg.minDf;
    double maxDf =
        documents < 5
            ? Math.max(documents, 1)
            : cfg.maxDf >= 1.0 ? Math.max(documents, 1) : Math.max(cfg.maxDf * documents, minDf);
    List<Row> rows =
        termStats
            .filter(col("df").geq(minDf).and(col("df").leq(maxDf)))
            .orderBy(col("cf").desc(), col("term"))
            .limit(cfg.vocabSize)
            .select("term", "df")
            .collectAsList();
    String[] terms = rows.stream().map(r -> r.getString(0)).toArray(String[]::new);
    long nonzeros = rows.stream().mapToLong(r -> r.getLong(1)).sum();
    Arrays.sort(terms);
    return new Vocabulary(terms, minDf, maxDf, nonzeros);
  }
}
