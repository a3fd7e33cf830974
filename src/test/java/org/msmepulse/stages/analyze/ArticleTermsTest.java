package org.msmepulse.stages.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * Terms, their surface forms and the word count of each article. The expected stems are those the
 * golden files of src/test/resources/golden/analyze list for the same words (stopwords.terms,
 * folds.terms).
 */
class ArticleTermsTest extends SparkTestBase {
  /** 17 words (one of them a number) and a danda; 11 of the words are stopwords. */
  static final String TEXT =
      "उन्होंने कहा कि यह योजना उद्यमियों के लिए है और 35 कारीगरों को एमएसएमई से लाभ होगा।";

  static final List<String> TERMS = List.of("योज", "उदयम", "कारिगर", "msme", "लाभ");
  static final List<String> SURFACES = List.of("योजना", "उद्यमियों", "कारीगरों", "एमएसएमई", "लाभ");
  static final StructType IN =
      new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);

  static Dataset<Row> input() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create("a1", TEXT),
            RowFactory.create("a2", "और 2025 में भी"),
            RowFactory.create("a3", null)),
        IN);
  }

  static Map<String, Row> byId(Dataset<Row> d) {
    return d.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  /** (term, surface, count) entries as "term/surface/count". */
  static List<String> counts(Row r) {
    return r.<Row>getList(r.fieldIndex("term_counts")).stream()
        .map(c -> c.getString(0) + "/" + c.getString(1) + "/" + c.getInt(2))
        .toList();
  }

  @Test
  void termCountsDropStopwordsAndNumbersAndKeepTheirSurfaceFormsSortedByTerm() {
    Dataset<Row> out = ArticleTerms.of(input());
    assertThat(out.columns()).containsExactly("article_id", "text", "term_counts", "token_count");
    Map<String, Row> byId = byId(out);
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < TERMS.size(); i++) {
      expected.add(TERMS.get(i) + "/" + SURFACES.get(i) + "/1");
    }
    assertThat(counts(byId.get("a1")))
        .containsExactlyElementsOf(expected.stream().sorted().toList());
    assertThat(byId.get("a1").<Integer>getAs("token_count")).isEqualTo(17);
    assertThat(counts(byId.get("a2"))).as("stopwords and numbers only").isEmpty();
    assertThat(byId.get("a2").<Integer>getAs("token_count")).isEqualTo(4);
    assertThat(counts(byId.get("a3"))).isEmpty();
    assertThat(byId.get("a3").<Integer>getAs("token_count")).isZero();
  }

  @Test
  void aTermWrittenTwiceIsCountedOnceWithEachSurfaceForm() {
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(RowFactory.create("a1", "उद्यमियों और उद्यमियों के उद्यमी")), IN);
    Row a1 = byId(ArticleTerms.of(in)).get("a1");
    assertThat(counts(a1)).containsExactly("उदयम/उद्यमियों/2", "उदयम/उद्यमी/1");
  }

  @Test
  void tokensInTextOrderForMllibsCountVectorizerFromAnotherColumn() {
    Dataset<Row> out = ArticleTerms.tokens(input().withColumnRenamed("text", "body"), "body");
    Row a1 = byId(out).get("a1");
    assertThat(a1.<String>getList(a1.fieldIndex("terms"))).containsExactlyElementsOf(TERMS);
    assertThat(a1.<Integer>getAs("token_count")).isEqualTo(17);
  }
}
