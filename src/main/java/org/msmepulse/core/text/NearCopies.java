package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near copies among texts in memory: the candidate pairs of texts that share a MinHash band key
 * ({@link ShingleSketch#bandKeys}), and, of the pairs whose exact shingle Jaccard similarity
 * reaches a threshold, each later text's earliest partner. Texts are named by 64-bit ids; a text
 * that belongs to a batch has a record source, a stored one has none and is never the one marked.
 *
 * <p>A band bucket with more than {@link #BUCKET_CAP} members pairs each member only with the
 * bucket's first {@code BUCKET_CAP} members by id (a story syndicated to very many sites would
 * otherwise give a quadratic number of pairs); the other bands of the same texts usually link them
 * anyway.
 */
public final class NearCopies {
  public static final int BUCKET_CAP = 100;

  private NearCopies() {}

  /** A candidate pair of text ids, {@code a < b}. */
  public record Pair(long a, long b) {}

  /**
   * A text: its id, record source (null for a stored article), article id and order key (the
   * earlier of two partners is the one with the smaller key).
   */
  public record Member(long id, String recordSource, String articleId, String order) {}

  /** The partner a later batch record is a near copy of, and their similarity. */
  public record Partner(String articleId, String order, double jaccard) {}

  /** The pairs of one bucket's members (any order, repeats allowed), capped as the class says. */
  public static List<Pair> bucketPairs(long[] members) {
    long[] m = Arrays.stream(members).distinct().sorted().toArray();
    List<Pair> pairs = new ArrayList<>();
    for (int j = 1; j < m.length; j++) {
      for (int i = 0; i < Math.min(j, BUCKET_CAP); i++) {
        pairs.add(new Pair(m[i], m[j]));
      }
    }
    return pairs;
  }

  /** Band buckets gathered text by text; {@link #pairs()} gives their distinct candidate pairs. */
  public static final class Buckets {
    private final Map<Long, long[]> members = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();

    /** Adds a text's band keys. */
    public void add(long id, long[] bands) {
      for (long band : bands) {
        int n = sizes.getOrDefault(band, 0);
        long[] m = members.get(band);
        if (m == null) {
          m = new long[2];
          members.put(band, m);
        } else if (n == m.length) {
          m = Arrays.copyOf(m, n * 2);
          members.put(band, m);
        }
        m[n] = id;
        sizes.put(band, n + 1);
      }
    }

    /** The distinct pairs of every bucket with more than one member. */
    public Set<Pair> pairs() {
      Set<Pair> out = new HashSet<>();
      for (Map.Entry<Long, long[]> e : members.entrySet()) {
        int n = sizes.get(e.getKey());
        if (n > 1) {
          out.addAll(bucketPairs(Arrays.copyOf(e.getValue(), n)));
        }
      }
      return out;
    }
  }

  /**
   * Each batch record's earliest verified partner: of the pairs whose two texts have different
   * article ids and a Jaccard similarity of at least {@code threshold}, the later text of the pair
   * (by order key) is marked, when it is a batch record, with the partner of the smallest order
   * key.
   *
   * @param members every text of the pairs, by id
   * @param shingles every text's sorted distinct shingles ({@link ShingleSketch#shingles}), by id
   * @return by record source
   */
  public static Map<String, Partner> nearest(
      Set<Pair> pairs, Map<Long, Member> members, Map<Long, long[]> shingles, double threshold) {
    Map<String, Partner> out = new HashMap<>();
    for (Pair p : pairs) {
      Member a = members.get(p.a());
      Member b = members.get(p.b());
      if (a == null || b == null || a.articleId().equals(b.articleId())) {
        continue;
      }
      double j = ShingleSketch.jaccard(shingles.get(p.a()), shingles.get(p.b()));
      if (j < threshold) {
        continue;
      }
      boolean aLater = SparkStringOrder.compare(a.order(), b.order()) > 0;
      Member later = aLater ? a : b;
      Member first = aLater ? b : a;
      if (later.recordSource() == null) {
        continue;
      }
      Partner known = out.get(later.recordSource());
      if (known == null || SparkStringOrder.compare(first.order(), known.order()) < 0) {
        out.put(later.recordSource(), new Partner(first.articleId(), first.order(), j));
      }
    }
    return out;
  }
}
