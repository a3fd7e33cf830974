package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.spark.SparkTestBase;

/**
 * Compaction counts and rewrites small files only: a table whose files are mostly large is left as
 * it is even when it has more files than the limit, and when enough small files gather, OPTIMIZE
 * merges those and leaves every large file untouched (same file, same path).
 */
class WarehouseCompactionTest extends SparkTestBase {
  private static final StructType QUARANTINE =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("reason", DataTypes.StringType)
          .add("raw_excerpt", DataTypes.StringType)
          .add("run_id", DataTypes.StringType);
  private static final long SMALL = 32 * 1024;

  @TempDir Path dir;

  @Test
  void onlySmallFilesAreCountedAndRewritten() throws Exception {
    Warehouse wh = new Warehouse(spark, dir.toString());
    String t = Tables.QUARANTINE;
    for (int i = 0; i < 3; i++) {
      wh.append(t, rows("big" + i, 4000)); // random excerpts: each file well over 32 KB
    }
    for (int i = 0; i < 5; i++) {
      wh.append(t, rows("small" + i, 1));
    }
    Map<String, Long> before = sizes(wh, t);
    assertThat(before).hasSize(8);
    assertThat(wh.fileCount(t)).as("files counted from the checksum").isEqualTo(8);
    List<String> large =
        before.entrySet().stream()
            .filter(e -> e.getValue() >= SMALL)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(large).hasSize(3);
    assertThat(wh.smallFiles(t, SMALL, 100)).isEqualTo(5);
    assertThat(wh.smallFiles(t, SMALL, 2)).as("counting stops at enough").isEqualTo(2);
    long rows = wh.read(t).count();
    String key = Warehouse.OPTIMIZE_MIN_FILE_SIZE;
    String setting = spark.conf().get(key, null);

    // 8 files, 5 of them small: over a limit of 6 files, under a limit of 6 small files
    assertThat(wh.optimizeIfFragmented(t, 6, SMALL)).isFalse();
    assertThat(sizes(wh, t)).isEqualTo(before);

    // 5 small files reach a limit of 4: they become one file, the 3 large ones stay as they were
    assertThat(wh.optimizeIfFragmented(t, 4, SMALL)).isTrue();
    Map<String, Long> after = sizes(wh, t);
    assertThat(after).hasSize(4);
    assertThat(wh.fileCount(t)).isEqualTo(4).isEqualTo(wh.numFiles(t));
    for (String f : large) {
      assertThat(after).containsEntry(f, before.get(f));
    }
    assertThat(wh.read(t).count()).isEqualTo(rows);
    Row last = io.delta.tables.DeltaTable.forPath(spark, wh.path(t)).history(1).first();
    assertThat(last.<String>getAs("operation")).isEqualTo("OPTIMIZE");
    assertThat(spark.conf().get(key, null))
        .as("the session's OPTIMIZE setting is put back")
        .isEqualTo(setting);

    // one small file left: nothing more to do
    assertThat(wh.optimizeIfFragmented(t, 2, SMALL)).isFalse();
  }

  private static Dataset<Row> rows(String source, int n) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          RowFactory.create(
              source + "@" + i, "empty record", UUID.randomUUID() + " " + UUID.randomUUID(), "r1"));
    }
    return spark.createDataFrame(out, QUARANTINE).coalesce(1);
  }

  /** The table's data files (latest version) and their sizes. */
  private static Map<String, Long> sizes(Warehouse wh, String table) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    String[] files = wh.read(table).inputFiles();
    for (String f : files) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(java.net.URI.create(f));
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      out.put(f, fs.getFileStatus(p).getLen());
    }
    assertThat(out).hasSize(Arrays.asList(files).size());
    return out;
  }
}
