package org.msmepulse.stages;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.topics.TermRanking;

/**
 * Stage 8: what the fitted LDA model says. The {@code topics} table (top terms, ranked as
 * {@link TermRanking} says (FREX by default), with their display forms and probabilities in the topic, a label of the three leading display terms, NPMI coherence), each article's
 * topic weights ({@code article_topics}, weights of at least {@value #MIN_WEIGHT}) and its
 * dominant topic, and the model's quality figures for the {@code runs} row.
 */
public final class Topics {
  static final double MIN_WEIGHT = 0.01;

  private Topics() {}

  public static final StructType TERM = new StructType()
      .add("term", DataTypes.StringType, false)
      .add("display", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false);

  public static final StructType TOPIC = new StructType()
      .add("topic_id", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, false)
      .add("terms", DataTypes.createArrayType(TERM, false), false)
      .add("coherence_npmi", DataTypes.DoubleType)
      .add("run_id", DataTypes.StringType, false);

  /** The topics table rows and the model's quality figures. */
  public record Described(Dataset<Row> topics, List<int[]> topIndices, double[] coherence, double diversity,
                          Set<String> shownTerms) {}

  public static Described describe(SparkSession spark, Features.Fitted fitted, Dataset<Row> counted,
                                   Dataset<Row> analyzed, int topTerms, int coherenceTerms, TermRanking.Method ranking,
                                   String runId) {
    TermRanking.Ranked[] ranked = ranked(fitted.lda(), topTerms, ranking);
    String[] vocab = fitted.vocabulary();
    List<int[]> top = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    List<int[]> forCoherence = new ArrayList<>();
    for (TermRanking.Ranked r : ranked) {
      int[] a = r.terms();
      top.add(a);
      forCoherence.add(java.util.Arrays.copyOf(a, Math.min(coherenceTerms, a.length)));
      for (int i : a) {
        shown.add(vocab[i]);
      }
    }
    double[] coherence = Coherence.npmi(counted, forCoherence);
    Map<String, String> display = DisplayForms.of(analyzed, shown);
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < ranked.length; t++) {
      double[] weights = ranked[t].probabilities();
      int[] idx = top.get(t);
      Row[] terms = new Row[idx.length];
      List<String> label = new ArrayList<>();
      for (int i = 0; i < idx.length; i++) {
        String term = vocab[idx[i]];
        String disp = display.getOrDefault(term, term);
        terms[i] = RowFactory.create(term, disp, weights[i]);
        if (label.size() < 3) {
          label.add(disp);
        }
      }
      rows.add(RowFactory.create(t, String.join(" · ", label), terms, coherence[t], runId));
    }
    double diversity = diversity(top);
    return new Described(spark.createDataFrame(rows, TOPIC), top, coherence, diversity, shown);
  }

  /** Terms per topic that topic diversity looks at. */
  public static final int DIVERSITY_TERMS = 25;

  /** Topic diversity: the share of distinct terms among all topics' top {@value #DIVERSITY_TERMS} terms. */
  public static double diversity(List<int[]> topIndices) {
    Set<Integer> distinct = new HashSet<>();
    int total = 0;
    for (int[] t : topIndices) {
      for (int i = 0; i < Math.min(DIVERSITY_TERMS, t.length); i++) {
        distinct.add(t[i]);
        total++;
      }
    }
    return total == 0 ? 0 : (double) distinct.size() / total;
  }

  /** Each topic's leading vocabulary indices, by topic id, ranked as {@link TermRanking} says. */
  public static List<int[]> topIndices(org.apache.spark.ml.clustering.LDAModel lda, int n, TermRanking.Method ranking) {
    List<int[]> out = new ArrayList<>();
    for (TermRanking.Ranked r : ranked(lda, n, ranking)) {
      out.add(r.terms());
    }
    return out;
  }

  /** The model's topics with their terms ranked; topic t is column t of {@code topicsMatrix()}. */
  static TermRanking.Ranked[] ranked(org.apache.spark.ml.clustering.LDAModel lda, int n, TermRanking.Method ranking) {
    org.apache.spark.ml.linalg.Matrix m = lda.topicsMatrix();   // vocabulary x topics
    double[][] weights = new double[m.numCols()][m.numRows()];
    for (int t = 0; t < m.numCols(); t++) {
      for (int w = 0; w < m.numRows(); w++) {
        weights[t][w] = m.apply(w, t);
      }
    }
    return TermRanking.rank(weights, Math.min(n, m.numRows()), ranking);
  }

  /** Adds {@code dominant_topic} and the weights array to each scored article. */
  public static Dataset<Row> withDominantTopic(Dataset<Row> scored) {
    return scored
        .withColumn("topic_weights", functions.vector_to_array(col("topic_distribution"), "float64"))
        .withColumn("dominant_topic", array_position(col("topic_weights"), array_max(col("topic_weights"))).minus(1).cast("int"));
  }

  /** article_topics: one row per article and topic with weight of at least {@value #MIN_WEIGHT}. */
  public static Dataset<Row> articleTopics(Dataset<Row> withWeights) {
    return withWeights
        .select(col("article_id"), posexplode(col("topic_weights")).as(new String[] {"topic_id", "weight"}))
        .filter(col("weight").geq(MIN_WEIGHT))
        .withColumn("topic_id", col("topic_id").cast("int"));
  }
}
