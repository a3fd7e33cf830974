package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The readable form of a term: of all the surface forms a stem or fold came from in the corpus, the
 * most frequent (ties: the shorter, then the first alphabetically), so keywords and topic labels
 * show उद्योगों, not the stem उदयोग. Read from the surface counts of {@code term_stats}, for the
 * terms that are shown only.
 */
public final class DisplayForms {
  private DisplayForms() {}

  /**
   * @param termStats rows with {@code term} and {@code surfaces} (surface form to occurrences)
   */
  public static Map<String, String> of(Dataset<Row> termStats, Collection<String> terms) {
    Map<String, String> out = new HashMap<>();
    if (terms.isEmpty()) {
      return out;
    }
    List<Object> wanted = new ArrayList<>(terms);
    Dataset<Row> best =
        termStats
            .filter(col("term").isin(wanted.toArray()))
            .select(col("term"), explode(col("surfaces")).as(new String[] {"surface", "n"}))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("term")
                            .orderBy(col("n").desc(), length(col("surface")), col("surface"))))
            .filter(col("rank").equalTo(1));
    for (Row r : best.select("term", "surface").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }
}
