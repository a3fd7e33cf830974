package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
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
 * show उद्योगों, not the stem उदयोग. Computed only for the terms that are shown (topic and keyword
 * terms), which keeps this a small aggregation over a large corpus.
 */
public final class DisplayForms {
  private DisplayForms() {}

  public static Map<String, String> of(Dataset<Row> analyzed, Collection<String> terms) {
    Map<String, String> out = new HashMap<>();
    if (terms.isEmpty()) {
      return out;
    }
    List<Object> wanted = new ArrayList<>(terms);
    Dataset<Row> pairs =
        analyzed
            .select(explode(arrays_zip(col("terms"), col("surfaces"))).as("p"))
            .select(col("p.terms").as("term"), col("p.surfaces").as("surface"))
            .filter(col("term").isin(wanted.toArray()))
            .groupBy("term", "surface")
            .agg(count(lit(1)).as("n"))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("term")
                            .orderBy(
                                col("n").desc(),
                                org.apache.spark.sql.functions.length(col("surface")),
                                col("surface"))))
            .filter(col("rank").equalTo(1));
    for (Row r : pairs.collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }
}
