package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * The readable form of a term: its most frequent surface; ties the shorter, then the first
 * alphabetically.
 */
class DisplayFormsTest extends SparkTestBase {
  static final StructType ANALYZED =
      new StructType()
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false));
  static Dataset<Row> analyzed;

  /** Term statistics of articles given as parallel arrays of terms and their surface forms. */
  static Dataset<Row> stats(Dataset<Row> termsAndSurfaces) {
    Dataset<Row> articles =
        termsAndSurfaces
            .withColumn("article_id", org.apache.spark.sql.functions.monotonically_increasing_id())
            .selectExpr("article_id", "explode(arrays_zip(terms, surfaces)) AS p")
            .groupBy("article_id", "p.terms", "p.surfaces")
            .count()
            .groupBy("article_id")
            .agg(
                org.apache
                    .spark
                    .sql
                    .functions
                    .expr(
                        "collect_list(named_struct('term', terms, 'surface', surfaces, 'count', CAST(count AS INT)))")
                    .as("term_counts"));
    return TermStats.of(articles);
  }

  @BeforeAll
  static void corpus() {
    analyzed =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    new String[] {"उदयोग", "उदयोग", "निरयात"},
                    new String[] {"उद्योगों", "उद्योग", "निर्यात"}),
                RowFactory.create(
                    new String[] {"उदयोग", "कानुन"}, new String[] {"उद्योगों", "क़ानून"}),
                RowFactory.create(
                    new String[] {"कानुन", "झांस", "झांस"},
                    new String[] {"कानून", "झांसी", "झाँसी"})),
            ANALYZED);
    analyzed = stats(analyzed).cache();
  }

  @Test
  void theMostFrequentSurfaceWinsEvenWhenLonger() {
    assertThat(DisplayForms.of(analyzed, Set.of("उदयोग")))
        .containsOnly(java.util.Map.entry("उदयोग", "उद्योगों"));
  }

  @Test
  void aTieGoesToTheShorterForm() {
    // क़ानून is written with a nukta: one character more than कानून
    assertThat(DisplayForms.of(analyzed, Set.of("कानुन")))
        .containsOnly(java.util.Map.entry("कानुन", "कानून"));
  }

  @Test
  void aTieOfEqualLengthGoesToTheFirstAlphabetically() {
    // chandrabindu U+0901 sorts before anusvara U+0902
    assertThat(DisplayForms.of(analyzed, Set.of("झांस")))
        .containsOnly(java.util.Map.entry("झांस", "झाँसी"));
  }

  @Test
  void onlyTheTermsAskedForAreLookedUp() {
    assertThat(DisplayForms.of(analyzed, Set.of("निरयात", "अनजान")))
        .containsOnly(java.util.Map.entry("निरयात", "निर्यात"));
    assertThat(DisplayForms.of(analyzed, Set.of())).isEmpty();
  }
}
