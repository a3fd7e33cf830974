package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Tables;

/** topics.sweep: every candidate K is fitted and recorded, and the most coherent one is kept. */
class TopicSweepRunTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void keepsTheKWithTheBestMeanNpmiAndRecordsEveryCandidate() {
    String wh = dir.resolve("wh").toString();
    JobConfig cfg =
        JobConfig.defaults()
            .with(Map.of("warehouse", wh, "topics.sweep", "3,6", "topics.max_iter", "15"));
    RunSummary s = new PulseJob(spark, cfg).run(List.of(), null, false);

    Map<String, Double> m = s.metrics();
    for (int k : new int[] {3, 6}) {
      assertThat(m)
          .containsKeys(
              "sweep.k" + k + ".coherence_npmi_mean",
              "sweep.k" + k + ".topic_diversity",
              "sweep.k" + k + ".log_perplexity");
      assertThat(m.get("sweep.k" + k + ".coherence_npmi_mean")).isBetween(-1.0, 1.0);
      assertThat(m.get("sweep.k" + k + ".topic_diversity")).isBetween(0.0, 1.0);
    }
    double npmi3 = m.get("sweep.k3.coherence_npmi_mean");
    double npmi6 = m.get("sweep.k6.coherence_npmi_mean");
    assertThat(npmi3).isNotEqualTo(npmi6);
    int best = npmi3 >= npmi6 ? 3 : 6;
    assertThat(s.topics()).isEqualTo(best);
    assertThat(table(wh, Tables.TOPICS)).hasSize(best);
    // The kept model is the one the sweep scored: the run's own figures are the sweep's for that K.
    assertThat(m.get("coherence_npmi_mean"))
        .isCloseTo(m.get("sweep.k" + best + ".coherence_npmi_mean"), within(1e-9));
    assertThat(m.get("topic_diversity"))
        .isCloseTo(m.get("sweep.k" + best + ".topic_diversity"), within(1e-9));
    Row run = table(wh, Tables.RUNS).get(0);
    assertThat(run.<Integer>getAs("topics_k")).isEqualTo(best);
    Map<String, Double> stored = run.getJavaMap(run.fieldIndex("metrics"));
    assertThat(stored)
        .containsEntry("sweep.k3.coherence_npmi_mean", npmi3)
        .containsEntry("sweep.k6.coherence_npmi_mean", npmi6);
  }
}
