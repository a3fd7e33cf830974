package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Near-copy detection, Spark-free: a text's set of word 3-gram shingles (on {@link MatchKey} keys,
 * so spelling variants do not hide a copy) as sorted 64-bit hashes, its banded MinHash keys, and
 * the exact Jaccard similarity of two shingle sets.
 *
 * <p>Why not MLlib's {@code MinHashLSH}: each of its hash tables is a single min-hash (OR of
 * one-row bands), so two unrelated articles that share 2% of their shingles collide in one of six
 * tables with probability ~12%, and {@code approxSimilarityJoin} compares a near-quadratic number
 * of pairs (it ran for minutes on 20,000 generated articles). Banding (Leskovec, Rajaraman and
 * Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4) ANDs {@link #ROWS} min-hashes per band and
 * ORs {@link #BANDS} bands: two texts become candidates with probability {@code 1 - (1 -
 * J^ROWS)^BANDS}: 0.990 at Jaccard 0.7, 0.9999 at 0.8, and 8e-8 at 0.02 (typical of two different
 * stories); every candidate pair is then checked with the exact Jaccard of its shingle sets.
 */
public final class ShingleSketch {
  /** Words per shingle. */
  public static final int SHINGLE = 3;

  /** Bands of the MinHash signature, and min-hashes per band. */
  public static final int BANDS = 25;

  public static final int ROWS = 5;

  private ShingleSketch() {}

  /**
   * The sorted, distinct 64-bit hashes of the text's word shingles (a text under 3 words: one
   * shingle of all its words).
   */
  public static long[] shingles(String text) {
    if (text == null) {
      return new long[0];
    }
    List<String> keys = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.isWord()) {
        keys.add(MatchKey.of(t.text()));
      }
    }
    if (keys.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, keys.size() - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < Math.min(keys.size(), i + SHINGLE); w++) {
        h = fnv(h, keys.get(w));
        h = (h ^ ' ') * 0x100000001b3L; // word separator
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /**
   * The {@link #BANDS} band keys of a shingle set: band b hashes the minima of min-hash functions
   * b*ROWS .. b*ROWS+ROWS-1 together with b, so equal keys mean the same band agreed on all its
   * rows. Empty for an empty set.
   */
  public static long[] bandKeys(long[] shingles, long seed) {
    if (shingles.length == 0) {
      return new long[0];
    }
    int fns = BANDS * ROWS;
    // Min-hash function i is multiply-add on the already mixed shingle hash: a_i * x + b_i (mod
    // 2^64,
    // a_i odd), compared as signed longs, i.e. high bits first: the bits multiply-add hashes well
    // (Dietzfelbinger's multiply-add-shift family). A full SplitMix64 per function (125 per
    // shingle) was the job's
    // hottest method; this is one multiply and one add (2.5-3x faster on 400-shingle texts), and
    // the
    // candidate rates stay those of the banding formula (ShingleSketchTest).
    long[] mul = new long[fns];
    long[] add = new long[fns];
    long s = mix(seed ^ 0x5851f42d4c957f2dL);
    for (int i = 0; i < fns; i++) {
      s = mix(s + 0x9e3779b97f4a7c15L);
      mul[i] = s | 1L;
      s = mix(s + 0x9e3779b97f4a7c15L);
      add[i] = s;
    }
    long[] min = new long[fns];
    for (int i = 0; i < fns; i++) { // function by function: the minimum stays in a register
      long a = mul[i];
      long b = add[i];
      long m = Long.MAX_VALUE;
      for (long x : shingles) {
        m = Math.min(m, x * a + b);
      }
      min[i] = m;
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ min[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The exact Jaccard similarity of two sorted distinct sets (0 when both are empty). */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] distinct(long[] sorted) {
    if (sorted.length < 2) {
      return sorted;
    }
    int k = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[k - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
  }
}
