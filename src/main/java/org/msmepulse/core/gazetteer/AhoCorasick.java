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
 * hundred thousand nodes, which the full gazetteers with their variants need. For speed,
 * {@link #build()} then adds a dense transition table (a DFA row, failure links already followed)
 * for the root and the nodes nearest it, where a scan of news text spends most of its steps, over
 * the alphabet of the patterns; a character that is in no pattern sends the scan back to the root
 * without a search. Deeper nodes follow failure links until a node with a row.
 */
public final class AhoCorasick {
  private char[][] childChars = new char[1024][];
  private int[][] childNodes = new int[1024][];
  private int[] fail = new int[1024];
  private int[][] outputs = new int[1024][];
  private int[] depth = new int[1024];
  private int size = 1;
  private boolean built;

  /** Cells of the dense rows {@link #build()} makes by default (rows x alphabet ints): 1 MB, about what a core's cache holds (measured: more rows, no faster). */
  static final int DENSE_CELLS = 1 << 18;
  private final int denseCells;
  /** Symbol of each char: 1..alphabet for chars in some pattern, 0 for the rest. */
  private int[] symbolOf;
  private int alphabet;
  /** Row of each node in {@link #dense}, or -1 for a node without one. */
  private int[] rowOf;
  /** Transitions of the nodes with a row: dense[row * (alphabet + 1) + symbol] = next node. */
  private int[] dense;

  public AhoCorasick() {
    this(DENSE_CELLS);
  }

  /** An automaton whose dense rows hold at most {@code denseCells} cells (at least the root's row). */
  AhoCorasick(int denseCells) {
    this.denseCells = denseCells;
  }

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
    buildDenseRows();
    built = true;
    return this;
  }

  /**
   * Gives the root and, breadth first, the nodes nearest it a complete row of transitions. Breadth
   * first, a node's failure target (always shallower) already has its row when the node gets one.
   */
  private void buildDenseRows() {
    symbolOf = new int[Character.MAX_VALUE + 1];
    int symbols = 0;
    for (int node = 0; node < size; node++) {
      if (childChars[node] != null) {
        for (char c : childChars[node]) {
          if (symbolOf[c] == 0) {
            symbolOf[c] = ++symbols;
          }
        }
      }
    }
    alphabet = symbols;
    int width = alphabet + 1;
    int maxRows = Math.max(1, Math.min(size, denseCells / width));
    rowOf = new int[size];
    Arrays.fill(rowOf, -1);
    dense = new int[maxRows * width];
    int rows = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty() && rows < maxRows) {
      int node = queue.poll();
      int row = rows++;
      rowOf[node] = row;
      if (node != 0) {
        // what the failure target does, except where this node has a child of its own
        System.arraycopy(dense, rowOf[fail[node]] * width, dense, row * width, width);
      }
      char[] cs = childChars[node];
      if (cs != null) {
        for (int i = 0; i < cs.length; i++) {
          dense[row * width + symbolOf[cs[i]]] = childNodes[node][i];
          queue.add(childNodes[node][i]);
        }
      }
    }
  }

  /** The node after reading {@code c} in {@code node}. */
  private int step(int node, char c) {
    int sym = symbolOf[c];
    if (sym == 0) {
      return 0; // in no pattern: no match can span it
    }
    int width = alphabet + 1;
    while (true) {
      int row = rowOf[node];
      if (row >= 0) {
        return dense[row * width + sym];
      }
      int next = child(node, c);
      if (next >= 0) {
        return next;
      }
      node = fail[node];
    }
  }

  /** Every occurrence of every pattern in {@code text}. Pattern lengths come from {@code lengths}. */
  public List<Hit> findAll(CharSequence text, int[] payloadLengths) {
    if (!built) {
      throw new IllegalStateException("build() first");
    }
    List<Hit> hits = new ArrayList<>();
    int node = 0;
    for (int i = 0; i < text.length(); i++) {
      node = step(node, text.charAt(i));
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
