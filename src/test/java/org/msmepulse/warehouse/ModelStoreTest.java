package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    assertThat(store.info()).isNull();
    store.save(model("first"), info("run1", 3, 40));
    assertThat(store.exists()).isTrue();
    assertThat(PipelineModel.load(store.path()).uid()).isEqualTo("first");
    assertThat(store.info()).isEqualTo(info("run1", 3, 40));
  }

  static ModelStore.Info info(String version, int k, long articles) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("log_perplexity", 6.25);
    metrics.put("coherence_npmi_mean", -0.125);
    return new ModelStore.Info(version, k, articles, metrics);
  }

  @Test
  void savingAgainLeavesOneModelTheNewOneAndNoStagingFolder() {
    ModelStore store = new ModelStore(spark, new Warehouse(spark, dir.toString()));
    store.save(model("first"), info("run1", 3, 40));
    store.save(model("second"), info("run2", 4, 50));
    assertThat(PipelineModel.load(store.path()).uid()).isEqualTo("second");
    assertThat(store.info()).isEqualTo(info("run2", 4, 50));
    assertThat(new File(dir.toFile(), "_model").list()).containsExactly("pipeline");
    assertThat(new File(dir.toFile(), "_model/pipeline").list((d, name) -> !name.startsWith(".")))
        .containsExactlyInAnyOrder("metadata", "stages", "msme-pulse-model.json");
  }
}
