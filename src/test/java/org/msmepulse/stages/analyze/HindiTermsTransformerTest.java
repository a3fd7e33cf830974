package org.msmepulse.stages.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.spark.SparkTestBase;

/**
 * The text analysis as an MLlib Transformer: the same output as ArticleTerms, its schema check and
 * its persistence.
 */
class HindiTermsTransformerTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void transformsLikeArticleTermsTokens() {
    Dataset<Row> out = new HindiTermsTransformer().transform(ArticleTermsTest.input());
    assertTokens(ArticleTermsTest.byId(out));
  }

  static void assertTokens(java.util.Map<String, Row> out) {
    Row a1 = out.get("a1");
    assertThat(a1.<String>getList(a1.fieldIndex("terms")))
        .containsExactlyElementsOf(ArticleTermsTest.TERMS);
    assertThat(a1.<Integer>getAs("token_count")).isEqualTo(17);
    Row a2 = out.get("a2");
    assertThat(a2.<String>getList(a2.fieldIndex("terms")))
        .as("stopwords and numbers only")
        .isEmpty();
    assertThat(out.get("a3").<Integer>getAs("token_count")).isZero();
  }

  @Test
  void readsTheConfiguredInputColumn() {
    Dataset<Row> body = ArticleTermsTest.input().withColumnRenamed("text", "body");
    Dataset<Row> out = new HindiTermsTransformer().setInputCol("body").transform(body);
    assertTokens(ArticleTermsTest.byId(out));
  }

  @Test
  void aMissingInputColumnIsAnIllegalArgument() {
    Dataset<Row> body = ArticleTermsTest.input().withColumnRenamed("text", "body");
    assertThatThrownBy(() -> new HindiTermsTransformer().transform(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HindiTermsTransformer: input column 'text' is missing");
  }

  @Test
  void schemaGainsTermsSurfacesAndTokenCount() {
    StructType out = new HindiTermsTransformer().transformSchema(ArticleTermsTest.IN);
    assertThat(out.fieldNames()).containsExactly("article_id", "text", "terms", "token_count");
    assertThat(out.apply("token_count").dataType().typeName()).isEqualTo("integer");
    assertThat(out.apply("terms").dataType().catalogString()).isEqualTo("array<string>");
  }

  @Test
  void savesAndLoadsWithItsUidAndInputColumn() throws Exception {
    HindiTermsTransformer t = new HindiTermsTransformer("hindiTerms_test").setInputCol("body");
    String path = dir.resolve("terms").toString();
    t.write().overwrite().save(path);
    HindiTermsTransformer loaded = HindiTermsTransformer.load(path);
    assertThat(loaded.uid()).isEqualTo("hindiTerms_test");
    assertThat(loaded.getOrDefault(loaded.inputCol())).isEqualTo("body");
    Dataset<Row> body = ArticleTermsTest.input().withColumnRenamed("text", "body");
    assertTokens(ArticleTermsTest.byId(loaded.transform(body)));
  }
}
