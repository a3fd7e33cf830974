package org.msmepulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.text.TermAnalyzer;

/**
 * Stage 5: Devanagari-correct terms for TF-IDF and LDA ({@link TermAnalyzer}: tokenize, fold,
 * drop stopwords and numbers, stem), each with the surface form it came from, and the article's
 * word count ({@code token_count}).
 */
public final class Analyze {
  private Analyze() {}

  static final StructType RESULT = new StructType()
      .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
      .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false))
      .add("token_count", DataTypes.IntegerType);

  public static Dataset<Row> apply(Dataset<Row> articles, String textColumn) {
    UserDefinedFunction analyze = udf((UDF1<String, Row>) text -> {
      TermAnalyzer.Analysis a = CoreObjects.analyzer().analyze(text == null ? "" : text);
      return RowFactory.create(a.terms().toArray(new String[0]), a.surfaces().toArray(new String[0]), a.wordCount());
    }, RESULT);
    return articles
        .withColumn("a", analyze.apply(col(textColumn)))
        .withColumn("terms", col("a.terms"))
        .withColumn("surfaces", col("a.surfaces"))
        .withColumn("token_count", col("a.token_count"))
        .drop("a");
  }
}
