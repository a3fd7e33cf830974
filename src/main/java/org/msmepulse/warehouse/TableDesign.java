package org.msmepulse.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;

/**
 * What each table and column means, in one place: the comments analysts see in DESCRIBE, the
 * constraints Delta enforces on every write (month format, codes, counts at least 0), and which
 * tables keep a change data feed (the article-level ones). Small monthly aggregates are not
 * partitioned: they stay a few files, which OPTIMIZE compacts after a run ({@code
 * warehouse.optimize_min_files}).
 */
public final class TableDesign {
  private TableDesign() {}

  static final String MONTH = "month IS NULL OR month RLIKE '^[0-9]{4}-(0[1-9]|1[0-2])$'";
  static final String STATE = "state_code RLIKE '^IN-[A-Z]{2}$'";

  /** A table's description, column comments and CHECK constraints (name to SQL expression). */
  record Design(
      String comment,
      Map<String, String> columns,
      Map<String, String> checks,
      boolean changeFeed) {}

  static final Map<String, Design> TABLES = new LinkedHashMap<>();

  private static Map<String, String> cols(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  static {
    TABLES.put(
        Tables.ARTICLES,
        new Design(
            "One row per distinct article, cleaned; MERGEd on article_id by every run.",
            cols(
                ArticleColumns.ARTICLE_ID,
                "The record's id, else a stable hash of the cleaned text",
                ArticleColumns.SOURCE_ID,
                "For text input the file name without extension; else the record's id",
                ArticleColumns.TITLE,
                "Title from the input, else the first line of the text",
                ArticleColumns.URL,
                "URL from the input",
                ArticleColumns.SOURCE,
                "Source (site) from the input",
                ArticleColumns.PUBLISHED,
                "Publication date from the input metadata",
                ArticleColumns.MONTH,
                "The article's month, yyyy-MM, or null when no year is known",
                ArticleColumns.MONTH_SOURCE,
                "Where the month came from: metadata, text or none",
                ArticleColumns.MONTH_EVIDENCE,
                "The words the month was read from",
                ArticleColumns.LANGUAGE,
                "hi, or non-devanagari for texts with no Devanagari",
                ArticleColumns.TEXT,
                "The cleaned text: site chrome and repeated sentences removed",
                ArticleColumns.TOKEN_COUNT,
                "Words in the cleaned text",
                ArticleColumns.DOMINANT_TOPIC,
                "The topic with the largest weight",
                ArticleColumns.SCHEMES,
                "Scheme mentions (code, mentions, surface forms, evidence)",
                ArticleColumns.REGIONS,
                "Region mentions (state, district, mentions, surface forms, evidence)",
                ArticleColumns.CONTENT_HASH,
                "SHA-256 of the text's letters and digits, for exact duplicates",
                ArticleColumns.RECORD_SOURCE,
                "The input record: file and line, byte offset or row",
                ArticleColumns.RUN_ID,
                "The run that wrote this version of the article",
                ArticleColumns.TERM_COUNTS,
                "The article's terms: (stemmed term, surface form, count), what TF-IDF and LDA count",
                ArticleColumns.BAND_KEYS,
                "MinHash band keys of the text's word 3-grams, for near duplicates",
                ArticleColumns.TOPIC_WEIGHTS,
                "The article's weight in each topic of the model topic_model",
                ArticleColumns.TOPIC_MODEL,
                "The topic model that scored the article (the id of the run that fitted it)",
                ArticleColumns.GAZETTEER_HASH,
                "Hash of the gazetteers the schemes and regions were matched with"),
            Map.of(
                "article_id_present",
                "article_id IS NOT NULL",
                "month_format",
                MONTH,
                "month_source_values",
                "month_source IN ('metadata', 'text', 'none')",
                "token_count_not_negative",
                "token_count >= 0"),
            true));
    TABLES.put(
        Tables.ARTICLE_SCHEMES,
        new Design(
            "Article x scheme: the schemes each article names.",
            cols(
                "scheme_code",
                "Scheme code (spec/scheme-codes.csv, or a state scheme of conf/gazetteer/schemes.csv)",
                "mentions",
                "How often the article names the scheme",
                "surface_forms",
                "The scheme's names as written",
                "evidence",
                "A snippet around the first mention",
                "fuzzy",
                "True when found only by a one-edit match"),
            Map.of(
                "keys_present",
                "article_id IS NOT NULL AND scheme_code IS NOT NULL",
                "month_format",
                MONTH,
                "mentions_positive",
                "mentions >= 1"),
            true));
    TABLES.put(
        Tables.ARTICLE_REGIONS,
        new Design(
            "Article x region: states and districts each article names.",
            cols(
                "state_code",
                "ISO 3166-2:IN state or union territory code",
                "district_code",
                "LGD district code; null for the state as a whole",
                "district_name_en",
                "The district's current English name",
                "mentions",
                "How often the article names the region (a state row counts every place in it)",
                "surface_forms",
                "The names as written",
                "evidence",
                "A snippet around the first mention"),
            Map.of(
                "keys_present",
                "article_id IS NOT NULL AND state_code IS NOT NULL",
                "month_format",
                MONTH,
                "state_code_format",
                STATE,
                "mentions_positive",
                "mentions >= 1"),
            true));
    TABLES.put(
        Tables.ARTICLE_TOPICS,
        new Design(
            "Article x topic: topic weights of at least 0.01.",
            cols("weight", "The topic's share of the article (LDA topic distribution)"),
            Map.of("weight_range", "weight >= 0 AND weight <= 1"),
            true));
    TABLES.put(
        Tables.SCHEMES_BY_MONTH,
        new Design(
            "Month x scheme: articles and mentions.",
            cols(
                "articles",
                "Articles of the month naming the scheme",
                "mentions",
                "Mentions of the scheme in them",
                "top_states",
                "Up to five states named with the scheme, most articles first"),
            Map.of(
                "month_format",
                "month RLIKE '^[0-9]{4}-(0[1-9]|1[0-2])$'",
                "counts_not_negative",
                "articles >= 0 AND mentions >= 0"),
            false));
    TABLES.put(
        Tables.REGIONS_BY_MONTH,
        new Design(
            "Month x state x district (district null = the whole state).",
            cols(
                "district_code",
                "LGD district code; null for the whole state",
                "articles",
                "Articles naming the region",
                "mentions",
                "Mentions of the region",
                "top_schemes",
                "Up to five schemes named with the region"),
            Map.of(
                "month_format",
                "month RLIKE '^[0-9]{4}-(0[1-9]|1[0-2])$'",
                "state_code_format",
                STATE,
                "counts_not_negative",
                "articles >= 0 AND mentions >= 0"),
            false));
    TABLES.put(
        Tables.SCHEME_REGIONS_BY_MONTH,
        new Design(
            "Month x scheme x state: articles naming both.",
            cols(
                "articles",
                "Articles naming the scheme and the state (or a place in it)",
                "mentions",
                "Mentions of the scheme in them"),
            Map.of(
                "state_code_format",
                STATE,
                "counts_not_negative",
                "articles >= 0 AND mentions >= 0"),
            false));
    TABLES.put(
        Tables.TOPICS,
        new Design(
            "Topics of the current LDA model.",
            cols(
                "label",
                "The three leading display terms",
                "terms",
                "Top terms: stem, display form, weight",
                "coherence_npmi",
                "NPMI coherence of the top terms over the corpus"),
            Map.of(),
            false));
    TABLES.put(
        Tables.TOPICS_BY_MONTH,
        new Design(
            "Month x topic: dominant-topic articles and mean share.",
            cols(
                "articles",
                "Articles whose dominant topic it is",
                "share",
                "Mean topic weight over the month's articles"),
            Map.of("share_range", "share >= 0 AND share <= 1.000001"),
            false));
    TABLES.put(
        Tables.KEYWORDS_BY_MONTH,
        new Design(
            "Month x term: each month's most distinctive terms.",
            cols(
                "term",
                "The stemmed, folded term",
                "display",
                "Its most frequent surface form",
                "tfidf",
                "Mean TF-IDF over the month's articles",
                "rank",
                "1 = most distinctive"),
            Map.of("rank_positive", "rank >= 1"),
            false));
    TABLES.put(
        Tables.TERM_STATS,
        new Design(
            "Term x corpus: each term's document frequency, count and surface forms over all articles.",
            cols(
                "term",
                "The stemmed, folded term",
                "df",
                "Articles containing the term",
                "cf",
                "Occurrences of the term in all articles",
                "surfaces",
                "How often each surface form was written; the most frequent is the term's display form",
                Tables.TERM_STATS_MONTH_COUNTS,
                "Occurrences of the term in the articles of each month (articles without a month left out); the monthly keywords are read from it"),
            Map.of("counts_positive", "df >= 1 AND cf >= df"),
            false));
    TABLES.put(
        Tables.QUARANTINE,
        new Design(
            "Input records rejected, with the reason.",
            cols(
                "source",
                "The input record: file and line, byte offset or row",
                "reason",
                "Why it was rejected",
                "raw_excerpt",
                "The record's first characters"),
            Map.of(),
            false));
    TABLES.put(
        Tables.DUPLICATES,
        new Design(
            "Input records kept out as duplicates of another article.",
            cols(
                "duplicate_of",
                "The article kept",
                "kind",
                "same id, exact text, exact text (warehouse) or near text (Jaccard)"),
            Map.of(),
            false));
    TABLES.put(
        Tables.RUNS,
        new Design(
            "One row per job run, with its accounting and the table versions it wrote.",
            cols(
                "records_read",
                "Records read = articles + duplicates + quarantined",
                "table_versions",
                "The Delta version each table got in this run"),
            Map.of("accounting", "records_read = articles + duplicates + quarantined"),
            false));
  }

  /** Attaches the column comments to a frame about to be written. */
  static Dataset<Row> withComments(String table, Dataset<Row> data) {
    Design d = TABLES.get(table);
    if (d == null) {
      return data;
    }
    Dataset<Row> out = data;
    for (StructField f : data.schema().fields()) {
      String c = d.columns().get(f.name());
      if (c != null) {
        Metadata m =
            new MetadataBuilder().withMetadata(f.metadata()).putString("comment", c).build();
        out = out.withMetadata(f.name(), m);
      }
    }
    return out;
  }

  /** Tables whose DELETE, UPDATE and MERGE mark rows deleted instead of rewriting their files. */
  static final java.util.Set<String> DELETION_VECTORS = java.util.Set.of(Tables.ARTICLES);

  static Design of(String table) {
    return TABLES.get(table);
  }

  static List<String> tables() {
    return List.copyOf(TABLES.keySet());
  }
}
