package org.msmepulse.bench;

/** Prints the benchmark corpus size in MB (for MB/s = ops/s x MB). */
public final class CorpusSize {
  private CorpusSize() {}

  public static void main(String[] args) {
    System.out.printf(
        java.util.Locale.ROOT, "%.6f%n", NewsCorpus.utf8Bytes(NewsCorpus.texts()) / 1e6);
  }
}
