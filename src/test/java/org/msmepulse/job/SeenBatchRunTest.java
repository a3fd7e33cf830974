package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.SeenBatches;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;

/**
 * A run of the batch the newest run read, with nothing changed since, records its runs row without
 * reading the batch; the row says what a run that reads the batch again says.
 */
class SeenBatchRunTest extends SparkTestBase {
  @TempDir static Path dir;
  static List<String> lines;

  @BeforeAll
  static void batches() throws Exception {
    Map<String, String> sample = WarehouseContractTest.sampleLines();
    lines = new ArrayList<>(sample.values()).subList(0, 12);
  }

  static Path write(String name, List<String> content) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content, java.nio.charset.StandardCharsets.UTF_8);
    return p;
  }

  /** A batch with an exact copy of one record under another id and a record without text. */
  static List<String> batchA() {
    List<String> a = new ArrayList<>(lines.subList(0, 8));
    a.add(lines.get(2).replaceFirst("\"id\": ?\"[^\"]+\"", "\"id\": \"copy-of-2\""));
    a.add("{\"id\": \"no-text\", \"title\": \"शीर्षक\"}");
    return a;
  }

  static PulseJob job(String warehouse, boolean skipSeen, String... more) {
    Map<String, String> conf = new HashMap<>();
    conf.put("warehouse", warehouse);
    conf.put("topics.k", "3");
    conf.put("topics.max_iter", "5");
    conf.put("warehouse.skip_seen_batches", String.valueOf(skipSeen));
    for (int i = 0; i + 1 < more.length; i += 2) {
      conf.put(more[i], more[i + 1]);
    }
    return new PulseJob(spark, JobConfig.defaults().with(conf));
  }

  static Map<String, Long> versions(String warehouse) {
    return SeenBatches.versions(
        new Warehouse(spark, warehouse), spark.sparkContext().hadoopConfiguration());
  }

  /** The runs rows in order, without what differs between any two runs (ids, times, model ids). */
  static List<Map<String, Object>> runs(String warehouse) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .format("delta")
            .load(warehouse + "/" + Tables.RUNS)
            .orderBy("started_at")
            .drop("run_id", "started_at", "finished_at", "duration_ms", "inputs", "topic_model")
            .collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String f : r.schema().fieldNames()) {
        Object v = r.getAs(f);
        if (v instanceof scala.collection.Map<?, ?> sm) {
          Map<Object, Object> jm = new HashMap<>(scala.jdk.javaapi.CollectionConverters.asJava(sm));
          jm.remove("batch_seen");
          v = jm;
        }
        m.put(f, v);
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void aRerunWritesOnlyItsRunsRowAndItSaysWhatARunReadingTheBatchSays() throws Exception {
    Path a = write("a.jsonl", batchA());
    String seen = dir.resolve("seen").toString();
    String read = dir.resolve("read").toString();
    RunSummary first = job(seen, true).run(List.of(a.toString()), null, false);
    job(read, false).run(List.of(a.toString()), null, false);
    assertThat(first.quarantined()).isEqualTo(1);
    assertThat(first.duplicates()).isEqualTo(1);
    Map<String, Long> before = versions(seen);

    AtomicInteger jobs = new AtomicInteger();
    SparkListener count =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart e) {
            jobs.incrementAndGet();
          }
        };
    spark.sparkContext().addSparkListener(count);
    RunSummary again;
    try {
      again = job(seen, true).run(List.of(a.toString()), null, false);
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(count);
    }
    RunSummary readAgain = job(read, false).run(List.of(a.toString()), null, false);

    assertThat(again.metrics()).containsEntry("batch_seen", 1.0).containsEntry("articles_new", 0.0);
    assertThat(readAgain.metrics()).doesNotContainKey("batch_seen");
    // no table but runs has a new commit, and the batch was not read: the runs row's write only
    assertThat(versions(seen)).isEqualTo(before);
    assertThat(jobs.get()).isLessThan(6);
    // the same row as the run that read, cleaned and compared the batch again
    assertThat(runs(seen)).isEqualTo(runs(read));
    assertThat(runs(seen)).hasSize(2);

    // and again: the fast run's own row carries the batch
    RunSummary third = job(seen, true).run(List.of(a.toString()), null, false);
    assertThat(third.metrics()).containsEntry("batch_seen", 1.0);
    assertThat(third.articles()).isEqualTo(first.articles());
  }

  @Test
  void aChangedBatchAnotherBatchBetweenOtherSettingsOrARefitReadTheBatch() throws Exception {
    String wh = dir.resolve("changes").toString();
    Path a = write("a2.jsonl", lines.subList(0, 6));
    job(wh, true).run(List.of(a.toString()), null, false);

    // one byte more in one text: read, and the correction found
    List<String> edited = new ArrayList<>(lines.subList(0, 6));
    edited.set(1, edited.get(1).replaceFirst("\"text\": ?\"", "$0 "));
    Files.write(a, edited, java.nio.charset.StandardCharsets.UTF_8);
    RunSummary changed = job(wh, true).run(List.of(a.toString()), null, false);
    assertThat(changed.metrics()).doesNotContainKey("batch_seen");
    assertThat(
            changed.metrics().get("articles_changed") + changed.metrics().get("articles_unchanged"))
        .isEqualTo(6.0);
    assertThat(job(wh, true).run(List.of(a.toString()), null, false).metrics())
        .containsEntry("batch_seen", 1.0);

    // another batch between: the newest run read B, so A is read again (and is all unchanged)
    Path b = write("b2.jsonl", lines.subList(6, 10));
    job(wh, true).run(List.of(b.toString()), null, false);
    RunSummary afterB = job(wh, true).run(List.of(a.toString()), null, false);
    assertThat(afterB.metrics()).doesNotContainKey("batch_seen");
    assertThat(afterB.metrics()).containsEntry("articles_new", 0.0);
    assertThat(job(wh, true).run(List.of(a.toString()), null, false).metrics())
        .containsEntry("batch_seen", 1.0);

    // a setting that changes what a run writes
    RunSummary otherSetting =
        job(wh, true, "keywords.per_month", "7").run(List.of(a.toString()), null, false);
    assertThat(otherSetting.metrics()).doesNotContainKey("batch_seen");

    // --refit: the model is fitted again
    RunSummary refit =
        job(wh, true, "keywords.per_month", "7").run(List.of(a.toString()), null, true, false);
    assertThat(refit.metrics()).doesNotContainKey("batch_seen").containsEntry("model_refit", 1.0);

    // a table changed by hand since the newest run: read
    String one =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.ARTICLE_SCHEMES)
            .select("article_id")
            .first()
            .getString(0);
    spark.sql(
        "DELETE FROM delta.`"
            + wh
            + "/"
            + Tables.ARTICLE_SCHEMES
            + "` WHERE article_id = '"
            + one
            + "'");
    RunSummary afterEdit =
        job(wh, true, "keywords.per_month", "7").run(List.of(a.toString()), null, false);
    assertThat(afterEdit.metrics()).doesNotContainKey("batch_seen");
  }
}
