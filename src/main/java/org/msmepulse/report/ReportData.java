package org.msmepulse.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the report shows, as plain Java values: the rows of the small monthly tables (no Spark type
 * in here, so charts and the page are tested without Spark, and a notebook can fill it from Delta
 * Kernel rows), and the few rankings the charts and tables share.
 *
 * @param source where the tables came from (the warehouse location), for the page header
 * @param runId the last run that wrote the warehouse, or null
 * @param articles distinct articles in the warehouse
 * @param articlesWithMonth those with a month (the monthly tables count only these)
 */
public record ReportData(
    String source,
    String runId,
    long articles,
    long articlesWithMonth,
    List<SchemeMonth> schemes,
    List<RegionMonth> regions,
    List<Topic> topics,
    List<TopicMonth> topicShares,
    List<Keyword> keywords) {

  /** A row of {@code schemes_by_month}. */
  public record SchemeMonth(
      String month, String code, String nameEn, String nameHi, long articles, long mentions) {}

  /** A row of {@code regions_by_month}; {@code districtCode} null is the whole state. */
  public record RegionMonth(
      String month,
      String stateCode,
      String stateEn,
      String stateHi,
      String districtCode,
      String districtEn,
      String districtHi,
      long articles,
      long mentions) {
    public boolean isState() {
      return districtCode == null;
    }
  }

  /** A row of {@code topics}: its label and its leading display terms, most weight first. */
  public record Topic(int id, String label, List<String> terms, double coherence) {}

  /** A row of {@code topics_by_month}. */
  public record TopicMonth(String month, int topicId, long articles, double share) {}

  /** A row of {@code keywords_by_month}. */
  public record Keyword(String month, String display, double tfidf, int rank) {}

  /** Something counted over the whole period: a scheme, a state or a district, with its names. */
  public record Total(
      String code, String nameHi, String nameEn, String within, long articles, int months) {}

  public ReportData {
    schemes = List.copyOf(schemes);
    regions = List.copyOf(regions);
    topics = List.copyOf(topics);
    topicShares = List.copyOf(topicShares);
    keywords = List.copyOf(keywords);
  }

  /**
   * Every month from the first to the last any monthly table names, gaps included (a month without
   * news is a zero on a time axis, not a missing tick), as {@code yyyy-MM}.
   */
  public List<String> months() {
    TreeSet<String> named =
        Stream.of(
                schemes.stream().map(SchemeMonth::month),
                regions.stream().map(RegionMonth::month),
                topicShares.stream().map(TopicMonth::month),
                keywords.stream().map(Keyword::month))
            .flatMap(s -> s)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    if (named.isEmpty()) {
      return List.of();
    }
    try {
      List<String> out = new ArrayList<>();
      YearMonth last = YearMonth.parse(named.last());
      for (YearMonth m = YearMonth.parse(named.first()); !m.isAfter(last); m = m.plusMonths(1)) {
        out.add(m.toString());
      }
      return out;
    } catch (DateTimeParseException e) {
      return List.copyOf(named); // not yyyy-MM: keep the months as they are
    }
  }

  /** Schemes by articles over the whole period, most first. */
  public List<Total> schemeTotals() {
    return totals(
        schemes.stream(),
        SchemeMonth::code,
        r -> new String[] {r.nameHi(), r.nameEn(), null},
        SchemeMonth::articles,
        SchemeMonth::month);
  }

  /** States by articles over the whole period (their state rows), most first. */
  public List<Total> stateTotals() {
    return totals(
        regions.stream().filter(RegionMonth::isState),
        RegionMonth::stateCode,
        r -> new String[] {r.stateHi(), r.stateEn(), null},
        RegionMonth::articles,
        RegionMonth::month);
  }

  /**
   * Districts by articles over the whole period, most first; {@code within} is the state's Hindi
   * name.
   */
  public List<Total> districtTotals() {
    return totals(
        regions.stream().filter(r -> !r.isState()),
        RegionMonth::districtCode,
        r -> new String[] {r.districtHi(), r.districtEn(), r.stateHi()},
        RegionMonth::articles,
        RegionMonth::month);
  }

  /** A month's states (state rows), most articles first. */
  public List<RegionMonth> statesIn(String month) {
    return regionsIn(month, true);
  }

  /** A month's districts, most articles first. */
  public List<RegionMonth> districtsIn(String month) {
    return regionsIn(month, false);
  }

  /** A month's keywords by rank. */
  public List<Keyword> keywordsIn(String month) {
    return keywords.stream()
        .filter(k -> month.equals(k.month()))
        .sorted(Comparator.comparingInt(Keyword::rank))
        .toList();
  }

  /** Articles per month of one scheme (or state: {@code byState}), over {@link #months()}. */
  public Map<String, Long> articlesByMonth(String code, boolean byState) {
    Map<String, Long> out = new LinkedHashMap<>();
    months().forEach(m -> out.put(m, 0L));
    Stream<Map.Entry<String, Long>> rows =
        byState
            ? regions.stream()
                .filter(r -> r.isState() && code.equals(r.stateCode()))
                .map(r -> Map.entry(r.month(), r.articles()))
            : schemes.stream()
                .filter(r -> code.equals(r.code()))
                .map(r -> Map.entry(r.month(), r.articles()));
    rows.forEach(e -> out.merge(e.getKey(), e.getValue(), Long::sum));
    return out;
  }

  /** The share of a topic in every month of {@link #months()} (0 where the table has no row). */
  public Map<String, Double> sharesOf(int topicId) {
    Map<String, Double> out = new LinkedHashMap<>();
    months().forEach(m -> out.put(m, 0.0));
    topicShares.stream()
        .filter(t -> t.topicId() == topicId)
        .forEach(t -> out.put(t.month(), t.share()));
    return out;
  }

  public Topic topic(int id) {
    return topics.stream().filter(t -> t.id() == id).findFirst().orElse(null);
  }

  private List<RegionMonth> regionsIn(String month, boolean states) {
    return regions.stream()
        .filter(r -> month.equals(r.month()) && r.isState() == states)
        .sorted(
            Comparator.comparingLong(RegionMonth::articles)
                .reversed()
                .thenComparing(Comparator.comparingLong(RegionMonth::mentions).reversed())
                .thenComparing(r -> Objects.toString(r.districtCode(), r.stateCode())))
        .toList();
  }

  private static <T> List<Total> totals(
      Stream<T> rows,
      Function<T, String> code,
      Function<T, String[]> names,
      Function<T, Long> articles,
      Function<T, String> month) {
    Map<String, List<T>> byCode =
        rows.collect(Collectors.groupingBy(code, LinkedHashMap::new, Collectors.toList()));
    List<Total> out = new ArrayList<>();
    byCode.forEach(
        (c, list) -> {
          String[] n = names.apply(list.get(0));
          long sum = list.stream().mapToLong(articles::apply).sum();
          int months = (int) list.stream().map(month).distinct().count();
          out.add(new Total(c, n[0], n[1], n[2], sum, months));
        });
    out.sort(Comparator.comparingLong(Total::articles).reversed().thenComparing(Total::code));
    return out;
  }
}
