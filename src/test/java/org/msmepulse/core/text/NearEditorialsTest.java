package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;

/**
 * Near copies as syndicated news makes them (golden/near): one editorial under two ids, with
 * another dateline and byline, spellings with and without nukta and chandrabindu, its closing
 * paragraph dropped and a disclaimer added, is a near copy at the configured threshold; a news
 * report on the same subject, written in other sentences, is not.
 */
class NearEditorialsTest {
  static final double THRESHOLD = JobConfig.defaults().nearJaccard;

  static String text(String name) throws IOException {
    try (InputStream in = NearEditorialsTest.class.getResourceAsStream("/golden/near/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static boolean candidates(long[] a, long[] b) {
    long[] ka = ShingleSketch.bandKeys(a, 42);
    long[] kb = ShingleSketch.bandKeys(b, 42);
    for (int i = 0; i < ka.length; i++) {
      if (ka[i] == kb[i]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theSameEditorialUnderAnotherDatelineIsANearCopy() throws IOException {
    long[] a = ShingleSketch.shingles(text("editorial-a.txt"));
    long[] b = ShingleSketch.shingles(text("editorial-b.txt"));
    assertThat(a).hasSizeGreaterThan(200);
    assertThat(ShingleSketch.jaccard(a, b)).isGreaterThanOrEqualTo(THRESHOLD).isLessThan(1.0);
    assertThat(candidates(a, b)).isTrue();
  }

  @Test
  void aReportOnTheSameSubjectInOtherWordsIsNot() throws IOException {
    long[] a = ShingleSketch.shingles(text("editorial-a.txt"));
    long[] b = ShingleSketch.shingles(text("editorial-b.txt"));
    long[] c = ShingleSketch.shingles(text("report-c.txt"));
    assertThat(ShingleSketch.jaccard(a, c)).isLessThan(0.2);
    assertThat(ShingleSketch.jaccard(b, c)).isLessThan(0.2);
  }
}
