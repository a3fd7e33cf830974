package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.msmepulse.warehouse.ArticleColumns.MONTH;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * keywords_by_month: each month's most distinctive terms. A term's score in a month is its mean
 * TF-IDF over the month's articles, with MLlib's IDF, {@code ln((N + 1) / (df + 1))} over all N
 * articles of the warehouse ({@code term_stats}), so a word common to the whole corpus scores low
 * however often it occurs. Only the vocabulary's terms are candidates; the top {@code perMonth} are
 * kept with their rank (ties: alphabetical) and display form.
 */
public final class KeywordsByMonth {
  private KeywordsByMonth() {}

  /**
   * @param articles the articles of the months to compute ({@code month}, {@code term_counts})
   * @param termStats the corpus's term statistics ({@code term}, {@code df}, {@code surfaces})
   * @param vocabulary the candidate terms
   * @param documents N, the number of articles in the warehouse
   */
  public static Dataset<Row> of(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> termStats,
      String[] vocabulary,
      long documents,
      int perMonth) {
    List<Row> candidates = Arrays.stream(vocabulary).map(t -> RowFactory.create(t)).toList();
    Dataset<Row> vocab =
        spark.createDataFrame(candidates, new StructType().add("term", DataTypes.StringType));
    Dataset<Row> idf =
        termStats
            .join(broadcast(vocab), "term")
            .select(
                col("term"),
                log(lit(documents + 1.0).divide(col("df").cast("double").plus(1.0))).as("idf"));
    Dataset<Row> monthly = articles.filter(col(MONTH).isNotNull());
    Dataset<Row> perMonthDocs = monthly.groupBy(MONTH).agg(count(lit(1)).as("_n"));
    Dataset<Row> ranked =
        monthly
            .select(col(MONTH), explode(col(TERM_COUNTS)).as("c"))
            .groupBy(col(MONTH), col("c.term").as("term"))
            .agg(sum("c.count").as("_tf"))
            .join(broadcast(idf), "term")
            .join(perMonthDocs, MONTH)
            .withColumn("tfidf", col("_tf").multiply(col("idf")).divide(col("_n")))
            .withColumn(
                "rank",
                row_number()
                    .over(Window.partitionBy(MONTH).orderBy(col("tfidf").desc(), col("term"))))
            .filter(col("rank").leq(perMonth))
            .select(col(MONTH), col("term"), col("tfidf"), col("rank").cast("int").as("rank"))
            .cache();
    try {
      List<String> shown =
          ranked.select("term").distinct().collectAsList().stream()
              .map(r -> r.getString(0))
              .toList();
      Map<String, String> display = DisplayForms.of(termStats, shown);
      List<Row> rows = new ArrayList<>();
      for (String term : shown) {
        rows.add(RowFactory.create(term, display.getOrDefault(term, term)));
      }
      Dataset<Row> displays =
          spark.createDataFrame(
              rows,
              new StructType()
                  .add("term", DataTypes.StringType)
                  .add("display", DataTypes.StringType));
      return spark.createDataFrame(
          ranked
              .join(displays, "term")
              .select(col(MONTH), col("term"), col("display"), col("tfidf"), col("rank"))
              .collectAsList(),
          new StructType()
              .add(MONTH, DataTypes.StringType)
              .add("term", DataTypes.StringType)
              .add("display", DataTypes.StringType)
              .add("tfidf", DataTypes.DoubleType)
              .add("rank", DataTypes.IntegerType));
    } finally {
      ranked.unpersist();
    }
  }
}
