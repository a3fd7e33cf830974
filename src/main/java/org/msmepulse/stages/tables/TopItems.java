package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** The top-N list of one column within groups, ordered by article count (ties: the code). */
final class TopItems {
  static final int TOP = 5;

  private TopItems() {}

  /**
   * @param counts rows of (group columns..., item, articles)
   * @return (group columns..., {@code as}: array of item, best first)
   */
  static Dataset<Row> of(Dataset<Row> counts, String[] groupCols, String item, String as) {
    Column[] group = new Column[groupCols.length];
    for (int i = 0; i < groupCols.length; i++) {
      group[i] = col(groupCols[i]);
    }
    Dataset<Row> ranked =
        counts
            .withColumn(
                "_rank",
                row_number()
                    .over(Window.partitionBy(group).orderBy(col("articles").desc(), col(item))))
            .filter(col("_rank").leq(TOP));
    return ranked
        .groupBy(group)
        .agg(array_sort(collect_list(struct(col("_rank"), col(item)))).as("_ranked"))
        .withColumn(as, transform(col("_ranked"), x -> x.getField(item)))
        .drop("_ranked");
  }
}
