package org.msmepulse.warehouse;

import java.util.List;

/** The warehouse's Delta tables, by the names analysts query them with. */
public final class Tables {
  private Tables() {}

  public static final String ARTICLES = "articles";
  public static final String ARTICLE_SCHEMES = "article_schemes";
  public static final String ARTICLE_REGIONS = "article_regions";
  public static final String ARTICLE_TOPICS = "article_topics";
  public static final String SCHEMES_BY_MONTH = "schemes_by_month";
  public static final String REGIONS_BY_MONTH = "regions_by_month";
  public static final String SCHEME_REGIONS_BY_MONTH = "scheme_regions_by_month";
  public static final String TOPICS = "topics";
  public static final String TOPICS_BY_MONTH = "topics_by_month";
  public static final String KEYWORDS_BY_MONTH = "keywords_by_month";
  public static final String QUARANTINE = "quarantine";
  public static final String DUPLICATES = "duplicates";
  public static final String TERM_STATS = "term_stats";
  public static final String RUNS = "runs";

  /**
   * term_stats's column of a term's occurrences by month, which the monthly keywords are read from
   * (tables written before it existed lack it, and the next run derives every table again).
   */
  public static final String TERM_STATS_MONTH_COUNTS = "month_counts";

  /** Every table, in the order a run writes them (runs last). */
  public static final List<String> ALL =
      List.of(
          ARTICLES,
          ARTICLE_SCHEMES,
          ARTICLE_REGIONS,
          ARTICLE_TOPICS,
          TOPICS,
          SCHEMES_BY_MONTH,
          REGIONS_BY_MONTH,
          SCHEME_REGIONS_BY_MONTH,
          TOPICS_BY_MONTH,
          KEYWORDS_BY_MONTH,
          TERM_STATS,
          QUARANTINE,
          DUPLICATES,
          RUNS);

  /** Folder beside the tables where the fitted MLlib pipeline is saved. */
  public static final String MODEL_DIR = "_model";
}
