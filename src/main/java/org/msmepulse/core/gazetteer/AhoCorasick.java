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
 * hundred thousand nodes, which the full gazetteers with their variants need. For speed, {@link
 * #build()} then adds a dense transition table (a DFA row, failure links already followed) for the
 * root and the nodes nearest it, where a scan of news text spends most of its steps, over the
 * alphabet of the patterns; a character that is in no pattern sends the scan back to the root
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

  /**
   * Cells of the dense rows {@link #build()} makes by default (rows x alphabet ints): 1 MB, about
   * what a core's cache holds (measured: more rows, no faster).
   */
  static final int DENSE_CELLS = 1 << 18;

  private final int denseCells;

  /** Symbol of each char: 1..alphabet for chars in some pattern, 0 for the rest. */
  private int[] symbolOf;

  private int alphabet;

  /** Nodes 0..rows-1 (numbered breadth first) have a row in {@link #dense}. */
  private int rows;

  /**
   * Their transitions: dense[node * (alphabet + 1) + symbol] = next node, flagged {@link
   * #HAS_OUTPUT}.
   */
  private int[] dense;

  public AhoCorasick() {
    this(DENSE_CELLS);
  }

  /**
   * An automaton whose dense rows hold at most {@code denseCells} cells (at least the root's row).
   */
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

  /** Set on a transition whose target node has outputs, so the scan needs no other lookup. */
  private static final int HAS_OUTPUT = Integer.MIN_VALUE;

  /**
   * Numbers the nodes breadth first, then gives the first {@link #rows} of them (the root and the
   * nodes nearest it) a complete row of transitions: row = node number, no lookup. Breadth first, a
   * node's failure target (always shallower) already has its row when the node gets one.
   */
  private void buildDenseRows() {
    renumberBreadthFirst();
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
    rows = Math.max(1, Math.min(size, denseCells / width));
    dense = new int[rows * width];
    for (int node = 0; node < rows; node++) {
      if (node != 0) {
        // what the failure target does, except where this node has a child of its own
        System.arraycopy(dense, fail[node] * width, dense, node * width, width);
      }
      char[] cs = childChars[node];
      if (cs != null) {
        for (int i = 0; i < cs.length; i++) {
          dense[node * width + symbolOf[cs[i]]] = withOutputFlag(childNodes[node][i]);
        }
      }
    }
  }

  private int withOutputFlag(int node) {
    return outputs[node] == null ? node : node | HAS_OUTPUT;
  }

  private void renumberBreadthFirst() {
    int[] order = new int[size];
    int[] newId = new int[size];
    int head = 0;
    int tail = 1; // order[0] = root
    while (head < tail) {
      int node = order[head++];
      if (childNodes[node] != null) {
        for (int ch : childNodes[node]) {
          newId[ch] = tail;
          order[tail++] = ch;
        }
      }
    }
    char[][] cc = new char[size][];
    int[][] cn = new int[size][];
    int[] fl = new int[size];
    int[][] out = new int[size][];
    int[] dp = new int[size];
    for (int k = 0; k < size; k++) {
      int old = order[k];
      cc[k] = childChars[old];
      if (childNodes[old] != null) {
        cn[k] = new int[childNodes[old].length];
        for (int i = 0; i < cn[k].length; i++) {
          cn[k][i] = newId[childNodes[old][i]];
        }
      }
      fl[k] = newId[fail[old]];
      out[k] = outputs[old];
      dp[k] = depth[old];
    }
    childChars = cc;
    childNodes = cn;
    fail = fl;
    outputs = out;
    depth = dp;
  }

  /**
   * Every occurrence of every pattern in {@code text}. Pattern lengths come from {@code lengths}.
   */
  public List<Hit> findAll(CharSequence text, int[] payloadLengths) {
    if (!built) {
      throw new IllegalStateException("build() first");
    }
    List<Hit> hits = new ArrayList<>();
    int width = alphabet + 1;
    int node = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int sym = symbolOf[c];
      if (sym == 0) {
        node = 0; // in no pattern: no match spans it, and the root has no outputs
        continue;
      }
      int next = node < rows ? dense[node * width + sym] : sparseStep(node, c, sym, width);
      node = next & ~HAS_OUTPUT;
      if (next < 0) {
        for (int p : outputs[node]) {
          hits.add(new Hit(p, i + 1 - payloadLengths[p], i + 1));
        }
      }
    }
    return hits;
  }

  /**
   * The transition from a node without a row: its own child, or its failure target's transition.
   */
  private int sparseStep(int node, char c, int sym, int width) {
    while (node >= rows) {
      int next = child(node, c);
      if (next >= 0) {
        return withOutputFlag(next);
      }
      node = fail[node];
    }
    return dense[node * width + sym];
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
