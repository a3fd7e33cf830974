package org.msmepulse.stages.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.stages.analyze.ArticleTerms;

/** Tiny analyzed articles for the topic tests: terms per article as {@code term_counts}. */
final class Themes {
  private Themes() {}

  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("term_counts", DataTypes.createArrayType(ArticleTerms.TERM_COUNT, false));

  /** Articles from (id, terms...) pairs; each term is its own surface form. */
  static Dataset<Row> articles(SparkSession spark, Object[]... idAndTerms) {
    List<Row> rows = new ArrayList<>();
    for (Object[] a : idAndTerms) {
      Map<String, Integer> counts = new TreeMap<>();
      for (String t : (String[]) a[1]) {
        counts.merge(t, 1, Integer::sum);
      }
      List<Row> tc = new ArrayList<>();
      counts.forEach((t, n) -> tc.add(RowFactory.create(t, t, n)));
      rows.add(RowFactory.create(a[0], tc.toArray(new Row[0])));
    }
    return spark.createDataFrame(rows, ARTICLES);
  }

  static Object[] article(String id, String... terms) {
    return new Object[] {id, terms};
  }

  /** Four articles of two themes: loans (a1, a2) and exports (a3, a4). */
  static Dataset<Row> loansAndExports(SparkSession spark) {
    return articles(
        spark,
        article("a1", "ऋण", "बैंक", "ब्याज", "ऋण", "गारंटी"),
        article("a2", "बैंक", "ब्याज", "गारंटी", "ऋण", "बैंक"),
        article("a3", "निर्यात", "ऑर्डर", "यूरोप", "निर्यात", "बंदरगाह"),
        article("a4", "ऑर्डर", "यूरोप", "बंदरगाह", "निर्यात", "ऑर्डर"));
  }
}
