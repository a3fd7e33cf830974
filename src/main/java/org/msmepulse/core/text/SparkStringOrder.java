package org.msmepulse.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings in the order Spark sorts them: by their UTF-8 bytes, unsigned (Java's {@code compareTo}
 * orders UTF-16 code units, which differs above U+FFFF), nulls first as an ascending sort puts
 * them. For decisions made in the driver that must equal the ones Spark's sorts and {@code min}
 * make.
 */
public final class SparkStringOrder {
  private SparkStringOrder() {}

  public static int compare(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
