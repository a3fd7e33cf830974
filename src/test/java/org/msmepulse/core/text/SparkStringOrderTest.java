package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkStringOrderTest {
  @Test
  void stringsCompareAsUtf8BytesAsSparkDoes() {
    // U+FF21 (EF BC A1) sorts before U+10000 (F0 90 80 80) by UTF-8 bytes, after it by UTF-16 units
    assertThat(SparkStringOrder.compare("\uFF21", "\uD800\uDC00")).isLessThan(0);
    assertThat("\uFF21".compareTo("\uD800\uDC00")).isGreaterThan(0);
  }
}
