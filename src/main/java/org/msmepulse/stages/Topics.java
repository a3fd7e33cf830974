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

/**
 * Stage 8: what the fitted LDA model says. The {@code topics} table (top terms with their display
 * forms and weights, a label of the three leading display terms, NPMI coherence), each article's
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
                                   Dataset<Row> analyzed, int topTerms, int coherenceTerms, String runId) {
    List<Row> described = fitted.lda().describeTopics(topTerms).orderBy("topic").collectAsList();
    String[] vocab = fitted.vocabulary();
    List<int[]> top = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    List<int[]> forCoherence = new ArrayList<>();
    for (Row r : described) {
      List<Integer> idx = r.getList(1);
      int[] a = idx.stream().mapToInt(Integer::intValue).toArray();
      top.add(a);
      forCoherence.add(java.util.Arrays.copyOf(a, Math.min(coherenceTerms, a.length)));
      for (int i : a) {
        shown.add(vocab[i]);
      }
    }
    double[] coherence = Coherence.npmi(counted, forCoherence);
    Map<String, String> display = DisplayForms.of(analyzed, shown);
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < described.size(); t++) {
      Row r = described.get(t);
      List<Double> weights = r.getList(2);
      int[] idx = top.get(t);
      Row[] terms = new Row[idx.length];
      List<String> label = new ArrayList<>();
      for (int i = 0; i < idx.length; i++) {
        String term = vocab[idx[i]];
        String disp = display.getOrDefault(term, term);
        terms[i] = RowFactory.create(term, disp, weights.get(i));
        if (label.size() < 3) {
          label.add(disp);
        }
      }
      rows.add(RowFactory.create(r.getInt(0), String.join(" · ", label), terms, coherence[t], runId));
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

  /** Each topic's leading vocabulary indices, by topic id. */
  public static List<int[]> topIndices(org.apache.spark.ml.clustering.LDAModel lda, int n) {
    List<int[]> out = new ArrayList<>();
    for (Row r : lda.describeTopics(n).orderBy("topic").collectAsList()) {
      List<Integer> idx = r.getList(1);
      out.add(idx.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
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
