package org.msmepulse.core.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.monthly.MonthTables.Article;
import org.msmepulse.core.monthly.MonthTables.Region;
import org.msmepulse.core.monthly.MonthTables.Scheme;
import org.msmepulse.core.monthly.MonthTables.Term;

/** The rows of one month's monthly tables, from hand-made article facts. */
class MonthTablesTest {
  static final Map<String, String[]> SCHEMES =
      Map.of(
          "PMEGP",
          new String[] {
            "Prime Minister's Employment Generation Programme", "प्रधानमंत्री रोजगार सृजन कार्यक्रम"
          },
          "MUDRA",
          new String[] {"Pradhan Mantri MUDRA Yojana", "प्रधानमंत्री मुद्रा योजना"},
          "ODOP",
          new String[] {"One District One Product", "एक जिला एक उत्पाद"});
  static final Map<String, String[]> STATES =
      Map.of(
          "IN-UP", new String[] {"Uttar Pradesh", "उत्तर प्रदेश"},
          "IN-BR", new String[] {"Bihar", "बिहार"},
          "IN-AS", new String[] {"Assam", "असम"});
  static final Map<String, String[]> DISTRICTS =
      Map.of(
          "157", new String[] {"Kanpur Nagar", "कानपुर नगर"},
          "156", new String[] {"Kanpur Dehat", "कानपुर देहात"});

  static MonthTables.Context context(Map<String, Double> idf, int perMonth) {
    return new MonthTables.Context(SCHEMES, STATES, DISTRICTS, idf, perMonth);
  }

  static final MonthTables.Context CTX = context(Map.of(), 25);

  /** An article builder: schemes as code:mentions, regions as state/district:mentions. */
  static final class A {
    final String id;
    final List<Scheme> schemes = new ArrayList<>();
    final List<Region> regions = new ArrayList<>();
    Integer dominant;
    double[] weights;
    final List<Term> terms = new ArrayList<>();

    A(String id) {
      this.id = id;
    }

    A scheme(String code, int mentions) {
      schemes.add(new Scheme(code, mentions));
      return this;
    }

    A state(String state, int mentions) {
      regions.add(new Region(state, null, mentions));
      return this;
    }

    A district(String state, String district, int mentions) {
      regions.add(new Region(state, district, mentions));
      return this;
    }

    A topics(Integer dominant, double... weights) {
      this.dominant = dominant;
      this.weights = weights;
      return this;
    }

    A term(String term, long count) {
      terms.add(new Term(term, count));
      return this;
    }

    Article build() {
      return new Article(id, schemes, regions, dominant, weights, terms);
    }
  }

  static List<Article> articles(A... as) {
    return Arrays.stream(as).map(A::build).toList();
  }

  @Test
  void schemesCountArticlesAndMentionsWithTheLeadingStatesAndTheNames() {
    // a2 names MUDRA twice as two entries: still one article
    MonthTables.Rows m =
        MonthTables.of(
            "2025-01",
            articles(
                new A("a1").scheme("PMEGP", 2).state("IN-UP", 1),
                new A("a2")
                    .scheme("PMEGP", 1)
                    .scheme("MUDRA", 1)
                    .scheme("MUDRA", 2)
                    .state("IN-UP", 1)
                    .state("IN-AS", 1),
                new A("a3").scheme("PMEGP", 1).state("IN-BR", 1).state("IN-AS", 3),
                new A("a4").scheme("UNKNOWN", 1)),
            CTX);
    assertThat(m.schemes())
        .extracting(
            s ->
                s.month()
                    + "|"
                    + s.scheme()
                    + "|"
                    + s.nameEn()
                    + "|"
                    + s.articles()
                    + "|"
                    + s.mentions()
                    + "|"
                    + s.topStates())
        .containsExactlyInAnyOrder(
            // states by articles (IN-UP 2, IN-AS 2, IN-BR 1), ties by code
            "2025-01|PMEGP|Prime Minister's Employment Generation Programme|3|4|[IN-AS, IN-UP, IN-BR]",
            "2025-01|MUDRA|Pradhan Mantri MUDRA Yojana|1|3|[IN-AS, IN-UP]");
    assertThat(m.schemes().get(0).nameHi())
        .isIn("प्रधानमंत्री रोजगार सृजन कार्यक्रम", "प्रधानमंत्री मुद्रा योजना");
  }

  @Test
  void aSchemeNamedWithNoStateHasNoTopStates() {
    MonthTables.Rows m =
        MonthTables.of(
            "2025-02", articles(new A("a5").scheme("MUDRA", 3).district("IN-UP", "157", 1)), CTX);
    assertThat(m.schemes()).singleElement().satisfies(s -> assertThat(s.topStates()).isNull());
    assertThat(m.schemeRegions()).isEmpty();
  }

  @Test
  void onlyStateLevelRegionRowsPairWithSchemes() {
    MonthTables.Rows m =
        MonthTables.of(
            "2025-01",
            articles(
                new A("a1").scheme("PMEGP", 2).state("IN-UP", 2).district("IN-UP", "157", 1),
                new A("a2")
                    .scheme("PMEGP", 1)
                    .scheme("MUDRA", 1)
                    .state("IN-UP", 1)
                    .state("IN-BR", 1),
                new A("a4").scheme("PMEGP", 4)),
            CTX);
    assertThat(m.schemeRegions())
        .extracting(
            p ->
                p.month()
                    + "|"
                    + p.scheme()
                    + "|"
                    + p.state()
                    + "|"
                    + p.articles()
                    + "|"
                    + p.mentions())
        .containsExactlyInAnyOrder(
            "2025-01|PMEGP|IN-UP|2|3",
            "2025-01|PMEGP|IN-BR|1|1",
            "2025-01|MUDRA|IN-UP|1|1",
            "2025-01|MUDRA|IN-BR|1|1");
  }

  @Test
  void stateRowsAndDistrictRowsCountTheirOwnArticlesAndSchemes() {
    MonthTables.Rows m =
        MonthTables.of(
            "2025-01",
            articles(
                new A("a1")
                    .scheme("PMEGP", 1)
                    .scheme("MUDRA", 1)
                    .state("IN-UP", 2)
                    .district("IN-UP", "157", 1),
                new A("a2").scheme("PMEGP", 1).state("IN-UP", 1).state("IN-BR", 1),
                new A("a6").state("IN-AS", 1)),
            CTX);
    assertThat(m.regions())
        .extracting(
            r ->
                r.state()
                    + "|"
                    + r.stateEn()
                    + "|"
                    + r.stateHi()
                    + "|"
                    + r.district()
                    + "|"
                    + r.districtEn()
                    + "|"
                    + r.districtHi()
                    + "|"
                    + r.articles()
                    + "|"
                    + r.mentions()
                    + "|"
                    + r.topSchemes())
        .containsExactlyInAnyOrder(
            "IN-UP|Uttar Pradesh|उत्तर प्रदेश|null|null|null|2|3|[PMEGP, MUDRA]",
            "IN-UP|Uttar Pradesh|उत्तर प्रदेश|157|Kanpur Nagar|कानपुर नगर|1|1|[MUDRA, PMEGP]",
            "IN-BR|Bihar|बिहार|null|null|null|1|1|[PMEGP]",
            "IN-AS|Assam|असम|null|null|null|1|1|null");
  }

  @Test
  void topicsCountDominantArticlesAndSharesOfAMonthSumToOne() {
    MonthTables.Rows m =
        MonthTables.of(
            "2025-01",
            articles(
                new A("a1").topics(0, 0.75, 0.25),
                new A("a2").topics(1, 0.25, 0.75),
                new A("a3").topics(0, 0.5, 0.5), // a tie, given as topic 0
                new A("a9").topics(null, 0.0, 0.0)), // no term in the vocabulary: no topic
            CTX);
    Map<Integer, MonthTables.TopicRow> byTopic =
        m.topics().stream().collect(Collectors.toMap(MonthTables.TopicRow::topic, t -> t));
    assertThat(byTopic).containsOnlyKeys(0, 1);
    assertThat(byTopic.get(0).articles()).isEqualTo(2);
    assertThat(byTopic.get(0).share()).isCloseTo(0.5, within(1e-12));
    assertThat(byTopic.get(1).articles()).isEqualTo(1);
    assertThat(byTopic.get(1).share()).isCloseTo(0.5, within(1e-12));
    MonthTables.Rows february =
        MonthTables.of("2025-02", articles(new A("a4").topics(1, 0.125, 0.875)), CTX);
    // a topic no article is dominated by still has its share
    assertThat(february.topics())
        .extracting(t -> t.topic() + "|" + t.articles() + "|" + t.share())
        .containsExactly("0|0|0.125", "1|1|0.875");
  }

  @Test
  void sharesDoNotDependOnTheOrderArticlesArriveIn() {
    List<Article> forward = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      double w = 0.1 + i * 0.013;
      forward.add(new A(String.format("a%02d", i)).topics(0, w, 1 - w).build());
    }
    List<Article> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    assertThat(MonthTables.of("2025-01", backward, CTX).topics())
        .isEqualTo(MonthTables.of("2025-01", forward, CTX).topics());
  }

  @Test
  void keywordsRankTheCandidatesByMeanTfIdfTiesAlphabetical() {
    Map<String, Double> idf = new HashMap<>();
    idf.put("उदयोग", 0.5);
    idf.put("निरयात", 0.5);
    idf.put("ऋण", 0.5);
    MonthTables.Rows m =
        MonthTables.of(
            "2025-01",
            articles(
                new A("a1").term("उदयोग", 1).term("निरयात", 3),
                new A("a2").term("अनदेखा", 9).term("उदयोग", 1).term("ऋण", 2),
                new A("a3")),
            context(idf, 2));
    // over 3 articles: निरयात 3 * 0.5 / 3; उदयोग and ऋण 2 * 0.5 / 3 tie, उदयोग first; अनदेखा is no
    // candidate
    assertThat(m.keywords())
        .extracting(k -> k.rank() + "|" + k.term() + "|" + k.tfidf())
        .containsExactly("1|निरयात|0.5", "2|उदयोग|" + (2 * 0.5 / 3));
  }

  @Test
  void keywordsFromTermTotalsEqualKeywordsFromTheArticlesTerms() {
    Map<String, Double> idf = new HashMap<>();
    idf.put("उदयोग", 0.25);
    idf.put("निरयात", 0.75);
    idf.put("ऋण", 0.5);
    MonthTables.Context ctx = context(idf, 3);
    List<Article> withTerms =
        articles(
            new A("a1").term("उदयोग", 4).term("निरयात", 1),
            new A("a2").term("उदयोग", 1).term("ऋण", 2).term("अनदेखा", 7),
            new A("a3").scheme("PMEGP", 1));
    Map<String, Long> totals = MonthTables.termTotals(withTerms, ctx);
    // only candidates are summed: अनदेखा has no IDF
    assertThat(totals)
        .containsOnly(Map.entry("उदयोग", 5L), Map.entry("निरयात", 1L), Map.entry("ऋण", 2L));
    List<Article> withoutTerms = articles(new A("a1"), new A("a2"), new A("a3").scheme("PMEGP", 1));
    MonthTables.Rows fromTerms = MonthTables.of("2025-04", withTerms, ctx);
    MonthTables.Rows fromTotals = MonthTables.of("2025-04", withoutTerms, totals, ctx);
    assertThat(fromTotals.keywords()).isEqualTo(fromTerms.keywords()).hasSize(3);
    assertThat(fromTotals.schemes()).isEqualTo(fromTerms.schemes());
    // the mean is over all three articles of the month, a3 without terms too
    assertThat(fromTotals.keywords().get(0).tfidf()).isEqualTo(5 * 0.25 / 3);
  }

  @Test
  void theTopListKeepsFiveMostFirstTiesByItem() {
    Map<String, Long> counts =
        Map.of("A", 3L, "C", 5L, "B", 5L, "D", 1L, "F", 2L, "E", 2L, "G", 4L);
    assertThat(MonthTables.top(counts)).containsExactly("B", "C", "G", "A", "E");
    assertThat(MonthTables.top(Map.of("X", 1L))).containsExactly("X");
  }

  @Test
  void aMonthWithoutMentionsOrTopicsHasNoRowsButItsKeywords() {
    MonthTables.Rows m = MonthTables.of("2025-03", articles(new A("a1")), CTX);
    assertThat(m.schemes()).isEmpty();
    assertThat(m.regions()).isEmpty();
    assertThat(m.schemeRegions()).isEmpty();
    assertThat(m.topics()).isEmpty();
    assertThat(m.keywords()).isEmpty();
  }

  /** A month of articles with every kind of fact, some repeated within an article. */
  static List<Article> mixedMonth() {
    List<Article> out = new ArrayList<>();
    String[] schemes = {"PMEGP", "MUDRA", "ODOP"};
    String[] states = {"IN-UP", "IN-BR", "IN-AS"};
    for (int i = 0; i < 40; i++) {
      A a = new A(String.format("m%02d", i));
      a.scheme(schemes[i % 3], 1 + i % 4);
      if (i % 5 == 0) {
        a.scheme(schemes[(i + 1) % 3], 2).scheme(schemes[i % 3], 1); // a repeat entry
      }
      a.state(states[i % 3], 1 + i % 2);
      if (i % 4 == 0) {
        a.district("IN-UP", i % 8 == 0 ? "157" : "156", 1);
      }
      if (i % 7 != 3) {
        double w = (i * 0.037) % 1.0;
        a.topics(w >= 0.5 ? 0 : 1, w, 1 - w);
      }
      out.add(a.build());
    }
    return out;
  }

  @Test
  void factsAddedInPartsAndMergedGiveTheRowsOfTheWholeMonth() throws Exception {
    List<Article> all = mixedMonth();
    MonthTables.Rows whole = MonthTables.of("2025-05", all, CTX);
    assertThat(whole.schemes()).hasSize(3);
    assertThat(whole.regions()).hasSize(5);
    assertThat(whole.topics()).hasSize(2);
    // three uneven parts, in another order, each facts sent as a Spark task's result would be
    List<Article> shuffled = new ArrayList<>(all);
    java.util.Collections.reverse(shuffled);
    MonthFacts merged = new MonthFacts();
    int[] cuts = {0, 7, 29, shuffled.size()};
    for (int p = 0; p < 3; p++) {
      MonthFacts part = new MonthFacts();
      shuffled.subList(cuts[p], cuts[p + 1]).forEach(part::add);
      merged.merge(roundTrip(part));
    }
    MonthTables.Rows fromParts = MonthTables.of("2025-05", merged, Map.of(), CTX);
    assertThat(fromParts).isEqualTo(whole);
    assertThat(merged.articles()).isEqualTo(40);
    // merging an empty part changes nothing, and the part merged in is left as it was
    MonthFacts empty = new MonthFacts();
    merged.merge(empty);
    assertThat(empty.articles()).isZero();
    assertThat(MonthTables.of("2025-05", merged, Map.of(), CTX)).isEqualTo(whole);
  }

  @Test
  void aTopicShareIsTheMeanWeightTo1e11() {
    List<Article> all = mixedMonth();
    MonthTables.Rows m = MonthTables.of("2025-05", all, CTX);
    double[] sum = new double[2];
    int scored = 0;
    for (Article a : all) {
      if (a.topicWeights() != null) {
        scored++;
        sum[0] += a.topicWeights()[0];
        sum[1] += a.topicWeights()[1];
      }
    }
    assertThat(scored).isEqualTo(34);
    assertThat(m.topics().get(0).share()).isCloseTo(sum[0] / scored, within(1e-11));
    assertThat(m.topics().get(1).share()).isCloseTo(sum[1] / scored, within(1e-11));
    assertThat(m.topics().get(0).share() + m.topics().get(1).share()).isCloseTo(1.0, within(1e-11));
  }

  private static MonthFacts roundTrip(MonthFacts f) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (MonthFacts) in.readObject();
    }
  }
}
