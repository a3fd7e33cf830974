package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * NPMI coherence of each topic's top terms, from document co-occurrence over the whole corpus,
 * computed in Spark: each article emits the top terms it contains and their pairs; only the counts
 * (a few thousand numbers) reach the driver. NPMI(i, j) = log(P(i,j) / (P(i) P(j))) / -log P(i,j),
 * -1 for a pair that never co-occurs; a topic's coherence is the mean over its pairs.
 */
public final class NpmiCoherence {
  private NpmiCoherence() {}

  private static final StructType PAIR =
      new StructType()
          .add("a", DataTypes.IntegerType, false)
          .add("b", DataTypes.IntegerType, false);

  /**
   * @param topTerms per topic, the vocabulary indices of its top terms
   */
  public static double[] of(Dataset<Row> counted, List<int[]> topTerms) {
    Set<Integer> all = new HashSet<>();
    for (int[] t : topTerms) {
      for (int i : t) {
        all.add(i);
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(counted.sparkSession().sparkContext());
    Broadcast<HashSet<Integer>> wanted = jsc.broadcast(new HashSet<>(all));
    UserDefinedFunction present =
        functions.udf(
            (UDF1<Vector, int[]>)
                v -> {
                  SparseVector s = v.toSparse();
                  Set<Integer> w = wanted.value();
                  int n = 0;
                  int[] buf = new int[Math.min(s.indices().length, w.size())];
                  for (int idx : s.indices()) {
                    if (w.contains(idx)) {
                      buf[n++] = idx;
                    }
                  }
                  return java.util.Arrays.copyOf(buf, n);
                },
            DataTypes.createArrayType(DataTypes.IntegerType, false));
    UserDefinedFunction pairs =
        functions.udf(
            (UDF1<scala.collection.immutable.Seq<Integer>, Row[]>)
                seq -> {
                  List<Integer> xs =
                      new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
                  List<Row> out = new ArrayList<>();
                  for (int i = 0; i < xs.size(); i++) {
                    for (int j = i + 1; j < xs.size(); j++) {
                      int a = Math.min(xs.get(i), xs.get(j));
                      int b = Math.max(xs.get(i), xs.get(j));
                      out.add(RowFactory.create(a, b));
                    }
                  }
                  return out.toArray(new Row[0]);
                },
            DataTypes.createArrayType(PAIR));

    Dataset<Row> docs = counted.select(present.apply(col(TopicModel.TF)).as("p")).cache();
    try {
      long d = docs.count();
      Map<Integer, Long> single = new HashMap<>();
      for (Row r :
          docs.select(explode(col("p")).as("i")).groupBy("i").agg(count(lit(1))).collectAsList()) {
        single.put(r.getInt(0), r.getLong(1));
      }
      Map<Long, Long> joint = new HashMap<>();
      for (Row r :
          docs.select(explode(pairs.apply(col("p"))).as("q"))
              .groupBy(col("q.a"), col("q.b"))
              .agg(count(lit(1)))
              .collectAsList()) {
        joint.put(key(r.getInt(0), r.getInt(1)), r.getLong(2));
      }
      double[] out = new double[topTerms.size()];
      for (int t = 0; t < topTerms.size(); t++) {
        int[] terms = topTerms.get(t);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
          for (int j = i + 1; j < terms.length; j++) {
            sum +=
                npmi(
                    single.getOrDefault(terms[i], 0L),
                    single.getOrDefault(terms[j], 0L),
                    joint.getOrDefault(key(terms[i], terms[j]), 0L),
                    d);
            n++;
          }
        }
        out[t] = n == 0 ? 0 : sum / n;
      }
      return out;
    } finally {
      docs.unpersist();
      wanted.destroy();
    }
  }

  static double npmi(long ci, long cj, long cij, long d) {
    if (cij == 0 || ci == 0 || cj == 0 || d == 0) {
      return -1.0;
    }
    double pij = (double) cij / d;
    double pi = (double) ci / d;
    double pj = (double) cj / d;
    if (pij >= 1.0) {
      return 1.0;
    }
    return Math.log(pij / (pi * pj)) / -Math.log(pij);
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
