package org.msmepulse.stages.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.topics.TermRanking;
import org.msmepulse.stages.topics.TopicQuality;

/**
 * topics: one row per topic of the model, with its leading {@code topTerms} terms (stem, display
 * form, probability in the topic), a label of the three leading display forms, and its NPMI
 * coherence.
 */
public final class TopicsTable {
  private TopicsTable() {}

  public static final StructType TERM =
      new StructType()
          .add("term", DataTypes.StringType, false)
          .add("display", DataTypes.StringType, false)
          .add("weight", DataTypes.DoubleType, false);

  public static final StructType TOPIC =
      new StructType()
          .add("topic_id", DataTypes.IntegerType, false)
          .add("label", DataTypes.StringType, false)
          .add("terms", DataTypes.createArrayType(TERM, false), false)
          .add("coherence_npmi", DataTypes.DoubleType)
          .add("run_id", DataTypes.StringType, false);

  /**
   * @param vocabulary the model's vocabulary (ranked terms are indices into it)
   * @param termStats the corpus's term statistics, for the display forms
   */
  public static Dataset<Row> of(
      SparkSession spark,
      String[] vocabulary,
      TopicQuality quality,
      int topTerms,
      Dataset<Row> termStats,
      String runId) {
    List<int[]> shownTerms = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    for (TermRanking.Ranked r : quality.ranked()) {
      int[] top = java.util.Arrays.copyOf(r.terms(), Math.min(topTerms, r.terms().length));
      shownTerms.add(top);
      for (int i : top) {
        shown.add(vocabulary[i]);
      }
    }
    Map<String, String> display = DisplayForms.of(termStats, shown);
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < shownTerms.size(); t++) {
      int[] idx = shownTerms.get(t);
      double[] weights = quality.ranked()[t].probabilities();
      Row[] terms = new Row[idx.length];
      List<String> label = new ArrayList<>();
      for (int i = 0; i < idx.length; i++) {
        String term = vocabulary[idx[i]];
        String disp = display.getOrDefault(term, term);
        terms[i] = RowFactory.create(term, disp, weights[i]);
        if (label.size() < 3) {
          label.add(disp);
        }
      }
      rows.add(
          RowFactory.create(t, String.join(" · ", label), terms, quality.coherence()[t], runId));
    }
    return spark.createDataFrame(rows, TOPIC);
  }
}
