package org.msmepulse.core.gazetteer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over characters: all occurrences of all patterns in one pass, in time
 * linear in the text plus the matches, whatever the number of patterns. Each pattern carries an int
 * payload; a pattern added twice keeps both payloads. Built once, then read-only and thread-safe.
 *
 * <p>Children are kept as sorted char arrays per node (binary search): compact enough for a few
 * hundred thousand nodes, which the full gazetteers with their variants need.
 */
public final class AhoCorasick {
  private char[][] childChars = new char[1024][];
  private int[][] childNodes = new int[1024][];
  private int[] fail = new int[1024];
  private int[][] outputs = new int[1024][];
  private int[] depth = new int[1024];
  private int size = 1;
  private boolean built;

  /** A match: the pattern's payload, and where it ends (exclusive) and starts in the text. */
  public record Hit(int payload, int start, int end) {}

  public void add(String pattern, int payload) {
    if (built) {
      throw new IllegalStateException("automaton already built");
    }
    if (pattern.isEmpty()) {
      return;
    }
    int node = 0;
    for (int i = 0; i < pattern.length(); i++) {
      node = childOrCreate(node, pattern.charAt(i));
    }
    int[] out = outputs[node];
    outputs[node] = out == null ? new int[] {payload} : append(out, payload);
  }

  private int childOrCreate(int node, char c) {
    char[] cs = childChars[node];
    if (cs == null) {
      int n = newNode(depth[node] + 1);
      childChars[node] = new char[] {c};
      childNodes[node] = new int[] {n};
      return n;
    }
    int idx = Arrays.binarySearch(cs, c);
    if (idx >= 0) {
      return childNodes[node][idx];
    }
    int ins = -idx - 1;
    int n = newNode(depth[node] + 1);
    char[] ncs = new char[cs.length + 1];
    int[] nns = new int[cs.length + 1];
    System.arraycopy(cs, 0, ncs, 0, ins);
    System.arraycopy(childNodes[node], 0, nns, 0, ins);
    ncs[ins] = c;
    nns[ins] = n;
    System.arraycopy(cs, ins, ncs, ins + 1, cs.length - ins);
    System.arraycopy(childNodes[node], ins, nns, ins + 1, cs.length - ins);
    childChars[node] = ncs;
    childNodes[node] = nns;
    return n;
  }

  private int newNode(int d) {
    if (size == fail.length) {
      int cap = size * 2;
      childChars = Arrays.copyOf(childChars, cap);
      childNodes = Arrays.copyOf(childNodes, cap);
      fail = Arrays.copyOf(fail, cap);
      outputs = Arrays.copyOf(outputs, cap);
      depth = Arrays.copyOf(depth, cap);
    }
    depth[size] = d;
    return size++;
  }

  private int child(int node, char c) {
    char[] cs = childChars[node];
    if (cs == null) {
      return -1;
    }
    int idx = Arrays.binarySearch(cs, c);
    return idx >= 0 ? childNodes[node][idx] : -1;
  }

  /** Computes failure links and merges outputs along them. */
  public AhoCorasick build() {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    if (childNodes[0] != null) {
      for (int n : childNodes[0]) {
        fail[n] = 0;
        queue.add(n);
      }
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      char[] cs = childChars[node];
      if (cs == null) {
        continue;
      }
      for (int i = 0; i < cs.length; i++) {
        int ch = childNodes[node][i];
        int f = fail[node];
        int next;
        while ((next = child(f, cs[i])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[ch] = next >= 0 && next != ch ? next : 0;
        int[] inherited = outputs[fail[ch]];
        if (inherited != null) {
          outputs[ch] = outputs[ch] == null ? inherited : concat(outputs[ch], inherited);
        }
        queue.add(ch);
      }
    }
    built = true;
    return this;
  }

  /** Every occurrence of every pattern in {@code text}. Pattern lengths come from {@code lengths}. */
  public List<Hit> findAll(CharSequence text, int[] payloadLengths) {
    if (!built) {
      throw new IllegalStateException("build() first");
    }
    List<Hit> hits = new ArrayList<>();
    int node = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int next;
      while ((next = child(node, c)) < 0 && node != 0) {
        node = fail[node];
      }
      node = next < 0 ? 0 : next;
      int[] out = outputs[node];
      if (out != null) {
        for (int p : out) {
          hits.add(new Hit(p, i + 1 - payloadLengths[p], i + 1));
        }
      }
    }
    return hits;
  }

  public int nodes() {
    return size;
  }

  private static int[] append(int[] a, int v) {
    int[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = v;
    return r;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
