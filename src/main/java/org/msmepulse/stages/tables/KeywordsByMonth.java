package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.stages.topics.TopicModel;

/**
 * keywords_by_month: each month's most distinctive terms. A term's score in a month is its mean
 * TF-IDF over the month's articles (MLlib's IDF output), so a word common to the whole corpus
 * scores low however often it occurs; the top {@code perMonth} terms are kept with their rank and
 * display form.
 */
public final class KeywordsByMonth {
  private KeywordsByMonth() {}

  /**
   * @param scored articles with {@code month}, {@code tfidf}, {@code terms} and {@code surfaces}
   */
  public static Dataset<Row> of(
      SparkSession spark, Dataset<Row> scored, String[] vocabulary, int perMonth) {
    Dataset<Row> monthly = scored.filter(col("month").isNotNull());
    Dataset<Row> perMonthDocs = monthly.groupBy("month").agg(count(lit(1)).as("_n"));
    Dataset<Row> ranked =
        monthly
            .select(col("month"), explode(VectorEntries.udf().apply(col(TopicModel.TFIDF))).as("e"))
            .groupBy(col("month"), col("e.index").as("term_index"))
            .agg(sum("e.value").as("_sum"))
            .join(perMonthDocs, "month")
            .withColumn("tfidf", col("_sum").divide(col("_n")))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("month")
                            .orderBy(col("tfidf").desc(), col("term_index"))))
            .filter(col("rank").leq(perMonth))
            .select("month", "term_index", "tfidf", "rank");
    // The distinct keyword terms are few (months x perMonth at most): collected once.
    List<Row> indices = ranked.select("term_index").distinct().collectAsList();
    Set<String> shown = new HashSet<>();
    for (Row r : indices) {
      shown.add(vocabulary[r.getInt(0)]);
    }
    Map<String, String> display = DisplayForms.of(scored, shown);
    List<Row> vocabRows = new ArrayList<>();
    for (Row r : indices) {
      String term = vocabulary[r.getInt(0)];
      vocabRows.add(RowFactory.create(r.getInt(0), term, display.getOrDefault(term, term)));
    }
    Dataset<Row> vocab =
        spark.createDataFrame(
            vocabRows,
            new StructType()
                .add("term_index", DataTypes.IntegerType)
                .add("term", DataTypes.StringType)
                .add("display", DataTypes.StringType));
    Dataset<Row> out =
        ranked
            .join(vocab, "term_index")
            .select(
                col("month"),
                col("term"),
                col("display"),
                col("tfidf"),
                col("rank").cast("int").as("rank"));
    return out;
  }
}
