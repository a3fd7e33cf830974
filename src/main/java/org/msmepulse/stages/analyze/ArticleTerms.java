package org.msmepulse.stages.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.msmepulse.warehouse.ArticleColumns.SURFACES;
import static org.msmepulse.warehouse.ArticleColumns.TERMS;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;
import static org.msmepulse.warehouse.ArticleColumns.TOKEN_COUNT;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.text.TermAnalyzer;
import org.msmepulse.stages.SharedCore;

/**
 * Adds the Devanagari-correct terms for TF-IDF and LDA ({@link TermAnalyzer}: tokenize, fold, drop
 * stopwords and numbers, stem), each with the surface form it came from, and the article's word
 * count ({@code token_count}).
 */
public final class ArticleTerms {
  private ArticleTerms() {}

  static final StructType RESULT =
      new StructType()
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("token_count", DataTypes.IntegerType);

  public static Dataset<Row> of(Dataset<Row> articles) {
    return of(articles, TEXT);
  }

  public static Dataset<Row> of(Dataset<Row> articles, String textColumn) {
    UserDefinedFunction analyze =
        udf(
            (UDF1<String, Row>)
                text -> {
                  TermAnalyzer.Analysis a = SharedCore.analyzer().analyze(text == null ? "" : text);
                  return RowFactory.create(
                      a.terms().toArray(new String[0]),
                      a.surfaces().toArray(new String[0]),
                      a.wordCount());
                },
            RESULT);
    return articles
        .withColumn("a", analyze.apply(col(textColumn)))
        .withColumn(TERMS, col("a.terms"))
        .withColumn(SURFACES, col("a.surfaces"))
        .withColumn(TOKEN_COUNT, col("a.token_count"))
        .drop("a");
  }
}
