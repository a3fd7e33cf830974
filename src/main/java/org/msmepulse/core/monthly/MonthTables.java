package org.msmepulse.core.monthly;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the monthly tables for one month, from the facts of every article of that month:
 * schemes_by_month, regions_by_month, scheme_regions_by_month, topics_by_month and
 * keywords_by_month. A month's rows depend on its own articles and on corpus-wide names and term
 * weights only, so a run recomputes the months it touched and no other. The rows come from what the
 * month's articles add up to ({@link MonthFacts}: integer sums, topic weights in fixed point), so
 * they come out the same bit for bit however the articles arrive or are split.
 */
public final class MonthTables {
  /** Items kept in the top-states and top-schemes lists. */
  public static final int TOP = 5;

  private MonthTables() {}

  /** What one article contributes to its month. */
  public record Article(
      String id,
      List<Scheme> schemes,
      List<Region> regions,
      Integer dominantTopic,
      double[] topicWeights,
      List<Term> terms)
      implements Serializable {}

  /** A scheme the article names, and how often. */
  public record Scheme(String code, int mentions) implements Serializable {}

  /** A region the article names ({@code district} null for the state as a whole), and how often. */
  public record Region(String state, String district, int mentions) implements Serializable {}

  /** A term's occurrences in the article (over all its surface forms). */
  public record Term(String term, long count) implements Serializable {}

  /**
   * Corpus-wide inputs: English and Hindi names by scheme, state and district code; the keyword
   * candidates with their IDF weights; keywords kept per month.
   */
  public record Context(
      Map<String, String[]> schemeNames,
      Map<String, String[]> stateNames,
      Map<String, String[]> districtNames,
      Map<String, Double> idf,
      int keywordsPerMonth)
      implements Serializable {}

  public record SchemeRow(
      String month,
      String scheme,
      String nameEn,
      String nameHi,
      long articles,
      long mentions,
      List<String> topStates)
      implements Serializable {}

  public record RegionRow(
      String month,
      String state,
      String stateEn,
      String stateHi,
      String district,
      String districtEn,
      String districtHi,
      long articles,
      long mentions,
      List<String> topSchemes)
      implements Serializable {}

  public record SchemeRegionRow(
      String month, String scheme, String state, long articles, long mentions)
      implements Serializable {}

  public record TopicRow(String month, int topic, long articles, double share)
      implements Serializable {}

  public record KeywordRow(String month, String term, double tfidf, int rank)
      implements Serializable {}

  /** The month's rows of every monthly table. */
  public record Rows(
      List<SchemeRow> schemes,
      List<RegionRow> regions,
      List<SchemeRegionRow> schemeRegions,
      List<TopicRow> topics,
      List<KeywordRow> keywords)
      implements Serializable {}

  public static Rows of(String month, List<Article> articles, Context ctx) {
    return of(month, articles, termTotals(articles, ctx), ctx);
  }

  /**
   * The month's rows, its keywords from {@code termTotals} (each keyword candidate's count over the
   * month's articles, as {@link #termTotals} adds them up) rather than from the articles' terms,
   * which may then be left empty: a caller that sums the terms where they are stored need not carry
   * every article's terms to one place.
   */
  public static Rows of(
      String month, List<Article> articles, Map<String, Long> termTotals, Context ctx) {
    MonthFacts facts = new MonthFacts();
    articles.forEach(facts::add);
    return of(month, facts, termTotals, ctx);
  }

  /**
   * The month's rows from what its articles add up to ({@link MonthFacts}), however they were
   * gathered, and its keyword candidates' counts.
   */
  public static Rows of(String month, MonthFacts facts, Map<String, Long> termTotals, Context ctx) {
    Map<String, List<SchemeRegionRow>> schemeRegions = schemeRegions(month, facts);
    List<SchemeRegionRow> allPairs = new ArrayList<>();
    schemeRegions.values().forEach(allPairs::addAll);
    return new Rows(
        schemes(month, facts, schemeRegions, ctx),
        regions(month, facts, ctx),
        allPairs,
        topics(month, facts),
        keywords(month, facts.articles(), termTotals, ctx));
  }

  /** Each keyword candidate's count over the articles (candidates they do not use are absent). */
  public static Map<String, Long> termTotals(List<Article> articles, Context ctx) {
    Map<String, Long> tf = new HashMap<>();
    for (Article a : articles) {
      for (Term t : a.terms()) {
        if (ctx.idf().containsKey(t.term())) {
          tf.merge(t.term(), t.count(), Long::sum);
        }
      }
    }
    return tf;
  }

  /** The article with one entry per scheme and per region (mentions added up). */
  static Article merged(Article a) {
    Map<String, Integer> schemes = new TreeMap<>();
    a.schemes().forEach(s -> schemes.merge(s.code(), s.mentions(), Integer::sum));
    Map<List<String>, Integer> regions = new TreeMap<>(REGION_KEY);
    a.regions()
        .forEach(
            r ->
                regions.merge(
                    java.util.Arrays.asList(r.state(), r.district()), r.mentions(), Integer::sum));
    List<Scheme> s = new ArrayList<>();
    schemes.forEach((code, n) -> s.add(new Scheme(code, n)));
    List<Region> r = new ArrayList<>();
    regions.forEach((key, n) -> r.add(new Region(key.get(0), key.get(1), n)));
    return new Article(a.id(), s, r, a.dominantTopic(), a.topicWeights(), a.terms());
  }

  /** Per scheme: its articles and mentions, and the states named with it most. */
  static List<SchemeRow> schemes(
      String month, MonthFacts facts, Map<String, List<SchemeRegionRow>> pairs, Context ctx) {
    List<SchemeRow> out = new ArrayList<>();
    new TreeMap<>(facts.schemes)
        .forEach(
            (code, c) -> {
              String[] names = ctx.schemeNames().get(code);
              if (names == null) {
                return; // a code the gazetteer no longer lists
              }
              Map<String, Long> byState = new HashMap<>();
              for (SchemeRegionRow p : pairs.getOrDefault(code, List.of())) {
                byState.put(p.state(), p.articles());
              }
              out.add(
                  new SchemeRow(
                      month,
                      code,
                      names[0],
                      names[1],
                      c[0],
                      c[1],
                      byState.isEmpty() ? null : top(byState)));
            });
    return out;
  }

  /**
   * Per scheme, the states named in the same articles (state-level rows): articles and mentions of
   * the scheme; schemes and states in code order.
   */
  static Map<String, List<SchemeRegionRow>> schemeRegions(String month, MonthFacts facts) {
    Map<String, List<SchemeRegionRow>> out = new TreeMap<>();
    new TreeMap<>(facts.pairs)
        .forEach(
            (code, byState) ->
                new TreeMap<>(byState)
                    .forEach(
                        (state, c) ->
                            out.computeIfAbsent(code, k -> new ArrayList<>())
                                .add(new SchemeRegionRow(month, code, state, c[0], c[1]))));
    return out;
  }

  /**
   * Per state and district (null: the whole state): articles, mentions, names, the schemes named
   * with it most.
   */
  static List<RegionRow> regions(String month, MonthFacts facts, Context ctx) {
    Map<List<String>, long[]> counts = new TreeMap<>(REGION_KEY);
    counts.putAll(facts.regions);
    List<RegionRow> out = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          String[] state = ctx.stateNames().getOrDefault(key.get(0), new String[2]);
          String[] district =
              key.get(1) == null
                  ? new String[2]
                  : ctx.districtNames().getOrDefault(key.get(1), new String[2]);
          Map<String, Long> named = facts.regionSchemes.getOrDefault(key, Map.of());
          out.add(
              new RegionRow(
                  month,
                  key.get(0),
                  state[0],
                  state[1],
                  key.get(1),
                  district[0],
                  district[1],
                  c[0],
                  c[1],
                  named.isEmpty() ? null : top(named)));
        });
    return out;
  }

  /** (state, district) in order, the whole state (null district) first. */
  private static final Comparator<List<String>> REGION_KEY =
      Comparator.<List<String>, String>comparing(k -> k.get(0))
          .thenComparing(k -> k.get(1), Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Per topic: the articles whose dominant topic it is, and its share of the month (mean weight).
   * Articles with no topic (none of their terms in the model's vocabulary) are left out of both.
   */
  static List<TopicRow> topics(String month, MonthFacts facts) {
    List<TopicRow> out = new ArrayList<>();
    if (facts.scored == 0) {
      return out;
    }
    for (int t = 0; t < facts.dominant.length; t++) {
      out.add(
          new TopicRow(
              month,
              t,
              facts.dominant[t],
              facts.weights[t] / MonthFacts.WEIGHT_UNIT / facts.scored));
    }
    return out;
  }

  /**
   * The month's keywords: each candidate term's mean TF-IDF over the month's articles (its count
   * over them times its IDF, divided by their number), the best {@code keywordsPerMonth}, ties
   * alphabetical.
   */
  public static List<KeywordRow> keywords(
      String month, long n, Map<String, Long> termTotals, Context ctx) {
    Map<String, Long> tf = new HashMap<>();
    termTotals.forEach(
        (term, count) -> {
          if (ctx.idf().containsKey(term)) {
            tf.put(term, count);
          }
        });
    List<Map.Entry<String, Double>> scores = new ArrayList<>();
    tf.forEach((term, count) -> scores.add(Map.entry(term, count * ctx.idf().get(term) / n)));
    scores.sort(
        Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<KeywordRow> out = new ArrayList<>();
    for (int i = 0; i < Math.min(ctx.keywordsPerMonth(), scores.size()); i++) {
      out.add(new KeywordRow(month, scores.get(i).getKey(), scores.get(i).getValue(), i + 1));
    }
    return out;
  }

  /** The {@value #TOP} items with the most articles, most first (ties: by item). */
  static List<String> top(Map<String, Long> articlesByItem) {
    return articlesByItem.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .map(Map.Entry::getKey)
        .toList();
  }
}
