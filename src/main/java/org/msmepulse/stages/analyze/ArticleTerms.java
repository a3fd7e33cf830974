package org.msmepulse.stages.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.msmepulse.warehouse.ArticleColumns.TERMS;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;
import static org.msmepulse.warehouse.ArticleColumns.TOKEN_COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Adds each article's terms for TF-IDF and LDA ({@link TermAnalyzer}: tokenize, fold, drop
 * stopwords and numbers, stem) as {@code term_counts}: one (term, surface, count) entry per term
 * and surface form it came from, sorted by term then surface; and its word count ({@code
 * token_count}). The counts are what the topic model, keywords and term statistics read, so an
 * article's text is analyzed once, in the run that brings it.
 */
public final class ArticleTerms {
  private ArticleTerms() {}

  public static final StructType TERM_COUNT =
      new StructType()
          .add("term", DataTypes.StringType, false)
          .add("surface", DataTypes.StringType, false)
          .add("count", DataTypes.IntegerType, false);

  static final StructType RESULT =
      new StructType()
          .add("term_counts", DataTypes.createArrayType(TERM_COUNT, false))
          .add("token_count", DataTypes.IntegerType);

  static final StructType TOKENS =
      new StructType()
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("token_count", DataTypes.IntegerType);

  public static Dataset<Row> of(Dataset<Row> articles) {
    UserDefinedFunction analyze =
        udf(
            (UDF1<String, Row>)
                text -> {
                  TermAnalyzer.Analysis a = SharedCore.analyzer().analyze(text == null ? "" : text);
                  return RowFactory.create(counts(a.terms(), a.surfaces()), a.wordCount());
                },
            RESULT);
    return articles
        .withColumn("a", analyze.apply(col(TEXT)))
        .withColumn(TERM_COUNTS, col("a.term_counts"))
        .withColumn(TOKEN_COUNT, col("a.token_count"))
        .drop("a");
  }

  /**
   * The terms in text order ({@code terms}) and {@code token_count}, as MLlib's CountVectorizer
   * reads them.
   */
  public static Dataset<Row> tokens(Dataset<Row> articles, String textColumn) {
    UserDefinedFunction analyze =
        udf(
            (UDF1<String, Row>)
                text -> {
                  TermAnalyzer.Analysis a = SharedCore.analyzer().analyze(text == null ? "" : text);
                  return RowFactory.create(a.terms().toArray(new String[0]), a.wordCount());
                },
            TOKENS);
    return articles
        .withColumn("a", analyze.apply(col(textColumn)))
        .withColumn(TERMS, col("a.terms"))
        .withColumn(TOKEN_COUNT, col("a.token_count"))
        .drop("a");
  }

  static Row[] counts(List<String> terms, List<String> surfaces) {
    Map<String, Map<String, int[]>> byTerm = new TreeMap<>();
    for (int i = 0; i < terms.size(); i++) {
      byTerm.computeIfAbsent(terms.get(i), t -> new TreeMap<>())
          .computeIfAbsent(surfaces.get(i), s -> new int[1])[0]++;
    }
    List<Row> out = new ArrayList<>();
    byTerm.forEach(
        (term, bySurface) ->
            bySurface.forEach((surface, n) -> out.add(RowFactory.create(term, surface, n[0]))));
    return out.toArray(new Row[0]);
  }
}
