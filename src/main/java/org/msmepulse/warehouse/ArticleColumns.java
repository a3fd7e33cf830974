package org.msmepulse.warehouse;

import java.util.List;

/**
 * The article columns, named once. A column keeps its name from the stage that makes it to the
 * {@code articles} table: {@link #TEXT} is the cleaned text from the moment a record is cleaned,
 * and {@link #PUBLISHED_RAW} the input's date string beside the parsed {@link #PUBLISHED} date.
 */
public final class ArticleColumns {
  private ArticleColumns() {}

  // What cleaning gives a record (and every article keeps between runs).
  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE_ID = "source_id";
  public static final String TITLE = "title";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String PUBLISHED_RAW = "published_raw";
  public static final String TEXT = "text";
  public static final String LANGUAGE = "language";
  public static final String CONTENT_HASH = "content_hash";
  public static final String RECORD_SOURCE = "record_source";
  public static final String BOILERPLATE_LINES = "boilerplate_lines";
  public static final String REPEATED_SENTENCES = "repeated_sentences";
  public static final String RUN_ID = "run_id";
  public static final String INGESTED_AT = "ingested_at";

  // Derived from the stored columns by the analyze stages.
  public static final String PUBLISHED = "published";
  public static final String MONTH = "month";
  public static final String MONTH_SOURCE = "month_source";
  public static final String MONTH_EVIDENCE = "month_evidence";
  public static final String SCHEMES = "schemes";
  public static final String REGIONS = "regions";
  public static final String TERMS = "terms";
  public static final String SURFACES = "surfaces";
  public static final String TOKEN_COUNT = "token_count";
  public static final String DOMINANT_TOPIC = "dominant_topic";
  public static final String TOPIC_WEIGHTS = "topic_weights";
  public static final String TOPIC_MODEL = "topic_model";
  public static final String TERM_COUNTS = "term_counts";
  public static final String BAND_KEYS = "band_keys";
  public static final String GAZETTEER_HASH = "gazetteer_hash";

  // Per record, before it is an article.
  public static final String REJECT_REASON = "reject_reason";
  public static final String RAW_EXCERPT = "raw_excerpt";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String DUPLICATE_KIND = "duplicate_kind";

  /** The columns an article keeps between runs; every other column is derived from them. */
  public static final List<String> STORED =
      List.of(
          ARTICLE_ID,
          SOURCE_ID,
          TITLE,
          URL,
          SOURCE,
          PUBLISHED_RAW,
          TEXT,
          LANGUAGE,
          CONTENT_HASH,
          RECORD_SOURCE,
          BOILERPLATE_LINES,
          REPEATED_SENTENCES,
          RUN_ID,
          INGESTED_AT,
          BAND_KEYS);

  /** The {@code articles} table's columns, in order. */
  public static final List<String> TABLE =
      List.of(
          ARTICLE_ID,
          SOURCE_ID,
          TITLE,
          URL,
          SOURCE,
          PUBLISHED,
          MONTH,
          MONTH_SOURCE,
          MONTH_EVIDENCE,
          LANGUAGE,
          TEXT,
          TOKEN_COUNT,
          DOMINANT_TOPIC,
          SCHEMES,
          REGIONS,
          CONTENT_HASH,
          RECORD_SOURCE,
          BOILERPLATE_LINES,
          REPEATED_SENTENCES,
          PUBLISHED_RAW,
          RUN_ID,
          INGESTED_AT,
          TERM_COUNTS,
          BAND_KEYS,
          TOPIC_WEIGHTS,
          TOPIC_MODEL,
          GAZETTEER_HASH);

  /**
   * Columns a MERGE of the articles table does not compare: an article read again unchanged keeps
   * them.
   */
  public static final List<String> NOT_COMPARED = List.of(RUN_ID, INGESTED_AT);

  /** Columns as Spark columns, for {@code select}. */
  public static org.apache.spark.sql.Column[] cols(List<String> names) {
    return names.stream()
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
