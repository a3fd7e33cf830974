package org.msmepulse.core.monthly;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a month's articles add up to: the counts every monthly table is made of. Facts are added an
 * article at a time and merged with the facts of other articles of the same month; every figure is
 * an integer sum, so facts gathered in any order and split in any way merge to the same values.
 * That lets each partition of a month's articles add up its own facts and send only them, not the
 * articles, to be merged.
 *
 * <p>Topic weights are summed as whole multiples of 2<sup>-36</sup> (each weight rounded to the
 * nearest), exact up to 2<sup>27</sup> articles a month; a share is then within 1e-11 of the mean
 * of the weights as given.
 */
public final class MonthFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One topic-weight unit: weights are counted in units of 2^-36. */
  static final double WEIGHT_UNIT = 0x1p36;

  /** Articles of the month. */
  long articles;

  /** Scheme code to {articles, mentions}. */
  final Map<String, long[]> schemes = new HashMap<>();

  /** Scheme code to state code to {articles, mentions of the scheme}: state-level mentions. */
  final Map<String, Map<String, long[]>> pairs = new HashMap<>();

  /** (state, district or null) to {articles, mentions}. */
  final Map<List<String>, long[]> regions = new HashMap<>();

  /** (state, district or null) to scheme code to the articles naming both. */
  final Map<List<String>, Map<String, Long>> regionSchemes = new HashMap<>();

  /** Articles with topic weights and a dominant topic. */
  long scored;

  /** Per topic: articles it dominates. */
  long[] dominant = new long[0];

  /** Per topic: the scored articles' weights added up, in {@link #WEIGHT_UNIT}s. */
  long[] weights = new long[0];

  /** Adds one article of the month (its schemes and regions listed in any way, repeats allowed). */
  public MonthFacts add(MonthTables.Article article) {
    MonthTables.Article a = MonthTables.merged(article);
    articles++;
    Set<String> codes = new LinkedHashSet<>();
    for (MonthTables.Scheme s : a.schemes()) {
      codes.add(s.code());
      long[] c = schemes.computeIfAbsent(s.code(), k -> new long[2]);
      c[0]++;
      c[1] += s.mentions();
      for (MonthTables.Region r : a.regions()) {
        if (r.district() == null) {
          long[] p =
              pairs
                  .computeIfAbsent(s.code(), k -> new HashMap<>())
                  .computeIfAbsent(r.state(), k -> new long[2]);
          p[0]++;
          p[1] += s.mentions();
        }
      }
    }
    for (MonthTables.Region r : a.regions()) {
      List<String> key = Arrays.asList(r.state(), r.district());
      long[] c = regions.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      c[1] += r.mentions();
      Map<String, Long> named = regionSchemes.computeIfAbsent(key, k -> new HashMap<>());
      codes.forEach(code -> named.merge(code, 1L, Long::sum));
    }
    if (a.dominantTopic() != null && a.topicWeights() != null) {
      double[] w = a.topicWeights();
      grow(Math.max(w.length, a.dominantTopic() + 1));
      scored++;
      dominant[a.dominantTopic()]++;
      for (int t = 0; t < w.length; t++) {
        weights[t] += Math.round(w[t] * WEIGHT_UNIT);
      }
    }
    return this;
  }

  /** Adds the facts of other articles of the same month; {@code other} is left as it was. */
  public MonthFacts merge(MonthFacts other) {
    articles += other.articles;
    other.schemes.forEach((code, c) -> add(schemes.computeIfAbsent(code, k -> new long[2]), c));
    other.pairs.forEach(
        (code, byState) -> {
          Map<String, long[]> mine = pairs.computeIfAbsent(code, k -> new HashMap<>());
          byState.forEach((state, c) -> add(mine.computeIfAbsent(state, k -> new long[2]), c));
        });
    other.regions.forEach((key, c) -> add(regions.computeIfAbsent(key, k -> new long[2]), c));
    other.regionSchemes.forEach(
        (key, named) -> {
          Map<String, Long> mine = regionSchemes.computeIfAbsent(key, k -> new HashMap<>());
          named.forEach((code, n) -> mine.merge(code, n, Long::sum));
        });
    scored += other.scored;
    grow(other.dominant.length);
    for (int t = 0; t < other.dominant.length; t++) {
      dominant[t] += other.dominant[t];
      weights[t] += other.weights[t];
    }
    return this;
  }

  /** The month's articles. */
  public long articles() {
    return articles;
  }

  private void grow(int k) {
    if (k > dominant.length) {
      dominant = Arrays.copyOf(dominant, k);
      weights = Arrays.copyOf(weights, k);
    }
  }

  private static void add(long[] into, long[] c) {
    into[0] += c[0];
    into[1] += c[1];
  }
}
