package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.exceptions.ConcurrentAppendException;
import org.junit.jupiter.api.Test;

/** What counts as a concurrent change (the version checks are tested in RunWritesTest). */
class ConcurrentChangeTest {
  @Test
  void isCauseFindsAConcurrentChangeOrADeltaConflictAnywhereInTheCauseChain() {
    ConcurrentChange check = new ConcurrentChange("changed");
    assertThat(ConcurrentChange.isCause(check)).isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException("job failed", new IllegalStateException("wrapped", check))))
        .isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException(new ConcurrentAppendException("files added"))))
        .isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException("other", new IllegalStateException("also other"))))
        .isFalse();
    assertThat(ConcurrentChange.isCause(null)).isFalse();
  }

  @Test
  void firstLineNamesTheClassAndTheMessagesFirstLine() {
    assertThat(ConcurrentChange.firstLine(new IllegalStateException("conflict\nstack details")))
        .isEqualTo("IllegalStateException: conflict");
    assertThat(ConcurrentChange.firstLine(new RuntimeException()))
        .isEqualTo("RuntimeException: null");
  }
}
