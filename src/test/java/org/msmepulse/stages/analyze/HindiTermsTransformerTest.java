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
  void transformsLikeArticleTerms() {
    Dataset<Row> out = new HindiTermsTransformer().transform(ArticleTermsTest.input());
    ArticleTermsTest.assertAnalyzed(ArticleTermsTest.byId(out));
  }

  @Test
  void readsTheConfiguredInputColumn() {
    Dataset<Row> body = ArticleTermsTest.input().withColumnRenamed("text", "body");
    Dataset<Row> out = new HindiTermsTransformer().setInputCol("body").transform(body);
    ArticleTermsTest.assertAnalyzed(ArticleTermsTest.byId(out));
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
    assertThat(out.fieldNames())
        .containsExactly("article_id", "text", "terms", "surfaces", "token_count");
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
    ArticleTermsTest.assertAnalyzed(ArticleTermsTest.byId(loaded.transform(body)));
  }
}
