package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  @Test
  void extensionsSetElsewhereKeepDeltaAndTheReadOnlyCheck() {
    String delta = "io.delta.sql.DeltaSparkSessionExtension";
    String ours = "org.msmepulse.warehouse.ReadOnlyExtension";
    assertThat(SparkSessions.extensions("")).isEqualTo(delta + "," + ours);
    assertThat(SparkSessions.extensions(delta)).isEqualTo(delta + "," + ours);
    assertThat(SparkSessions.extensions("com.example.Ext, " + delta))
        .isEqualTo("com.example.Ext," + delta + "," + ours);
    assertThat(SparkSessions.extensions(ours + "," + delta)).isEqualTo(ours + "," + delta);
  }
}
