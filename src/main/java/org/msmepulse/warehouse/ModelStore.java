package org.msmepulse.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * The fitted topic pipeline, saved beside the tables ({@code _model/pipeline}), with what a later
 * run needs to know of it ({@code _model/pipeline/msme-pulse-model.json}): its version (the id of
 * the run that fitted it), K, the number of articles it was fitted on, and its quality figures.
 */
public final class ModelStore {
  static final String INFO_FILE = "msme-pulse-model.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Path target;

  /** What is recorded of a saved model. */
  public record Info(String version, int k, long articles, Map<String, Double> metrics) {}

  public ModelStore(SparkSession spark, Warehouse wh) {
    this.spark = spark;
    this.target = new Path(wh.path(Tables.MODEL_DIR), "pipeline");
  }

  public String path() {
    return target.toString();
  }

  public boolean exists() {
    try {
      Path metadata = new Path(target, "metadata");
      return fs().exists(metadata);
    } catch (IOException e) {
      return false;
    }
  }

  /** The saved model's info, or null when there is no model or it was saved without one. */
  public Info info() {
    Path p = new Path(target, INFO_FILE);
    try {
      if (!fs().exists(p)) {
        return null;
      }
      try (InputStream in = fs().open(p)) {
        Map<?, ?> m = JSON.readValue(in, Map.class);
        Map<String, Double> metrics = new LinkedHashMap<>();
        ((Map<?, ?>) m.get("metrics"))
            .forEach((k, v) -> metrics.put((String) k, ((Number) v).doubleValue()));
        return new Info(
            (String) m.get("version"),
            ((Number) m.get("k")).intValue(),
            ((Number) m.get("articles")).longValue(),
            metrics);
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  /**
   * Saves a model and its info: written to a folder of its own first, then moved into place, so a
   * concurrent run saving its model never interleaves files with ours (the first to move in wins).
   */
  public void save(PipelineModel model, Info info) {
    Path staging = new Path(target.getParent(), ".pipeline-" + info.version());
    try {
      FileSystem fs = fs();
      model.write().overwrite().save(staging.toString());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", info.version());
      m.put("k", info.k());
      m.put("articles", info.articles());
      m.put("metrics", info.metrics());
      try (OutputStream out = fs.create(new Path(staging, INFO_FILE), true)) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, m);
      }
      fs.delete(target, true);
      if (!fs.rename(staging, target) || fs.exists(new Path(target, staging.getName()))) {
        fs.delete(staging, true);
        fs.delete(new Path(target, staging.getName()), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the topic model: " + e.getMessage(), e);
    }
  }

  private FileSystem fs() throws IOException {
    return target.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }
}
