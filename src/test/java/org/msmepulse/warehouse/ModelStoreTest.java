package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.HindiTermsTransformer;

/** The topic pipeline saved beside the tables, in _model/pipeline. */
class ModelStoreTest extends SparkTestBase {
  @TempDir Path dir;

  static PipelineModel model(String uid) {
    return new PipelineModel(uid, List.<Transformer>of(new HindiTermsTransformer()));
  }

  @Test
  void aSavedModelExistsAtUnderscoreModelPipeline() {
    ModelStore store = new ModelStore(spark, new Warehouse(spark, dir.toString()));
    assertThat(store.exists()).isFalse();
    assertThat(store.path()).endsWith("/_model/pipeline");
    store.save(model("first"), "run1");
    assertThat(store.exists()).isTrue();
    assertThat(PipelineModel.load(store.path()).uid()).isEqualTo("first");
  }

  @Test
  void savingAgainLeavesOneModelTheNewOneAndNoStagingFolder() {
    ModelStore store = new ModelStore(spark, new Warehouse(spark, dir.toString()));
    store.save(model("first"), "run1");
    store.save(model("second"), "run2");
    assertThat(PipelineModel.load(store.path()).uid()).isEqualTo("second");
    assertThat(new File(dir.toFile(), "_model").list()).containsExactly("pipeline");
    assertThat(new File(dir.toFile(), "_model/pipeline").list())
        .containsExactlyInAnyOrder("metadata", "stages");
  }
}
