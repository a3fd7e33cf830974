package org.msmepulse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/** The fitted topic pipeline, saved beside the tables ({@code _model/pipeline}). */
public final class ModelStore {
  private final SparkSession spark;
  private final Path target;

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
      return metadata.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(metadata);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Saves a model: written to a folder of its own first, then moved into place, so a concurrent run
   * saving its model never interleaves files with ours (the first to move in wins).
   */
  public void save(PipelineModel model, String runId) {
    Path staging = new Path(target.getParent(), ".pipeline-" + runId);
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      model.write().overwrite().save(staging.toString());
      fs.delete(target, true);
      if (!fs.rename(staging, target) || fs.exists(new Path(target, staging.getName()))) {
        fs.delete(staging, true);
        fs.delete(new Path(target, staging.getName()), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the topic model: " + e.getMessage(), e);
    }
  }
}
