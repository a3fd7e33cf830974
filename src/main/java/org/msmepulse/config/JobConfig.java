package org.msmepulse.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.msmepulse.core.io.ConfFiles;

/**
 * The job's typed configuration. One precedence rule: command-line options > the {@code --conf}
 * file > {@code conf/msme-pulse.properties}. Every key is parsed and checked here, once; a bad
 * value or an unknown key raises a {@link ConfigException} whose one-line message names the key.
 * Keys starting with {@code spark.} pass through to the Spark session.
 */
public final class JobConfig implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String DEFAULTS = "msme-pulse.properties";

  /**
   * Set by the launcher: whether standard error is a terminal ({@code true} or {@code false}). When
   * it is not (CI, cluster logs, {@code 2> run.log}), Spark's console progress bar is off by
   * default: it writes thousands of {@code [Stage N:==>} fragments into a log file.
   */
  public static final String STDERR_TERMINAL = "msme.stderr.terminal";

  static final String CONSOLE_PROGRESS = "spark.ui.showConsoleProgress";

  private static final Set<String> KEYS =
      Set.of(
          "warehouse",
          "input.format",
          "input.text.glob",
          "ingest.max_article_chars",
          "ingest.non_devanagari",
          "clean.min_repeat_chars",
          "dedup.near.enabled",
          "dedup.near.jaccard",
          "features.vocab_size",
          "features.min_df",
          "features.max_df",
          "topics.k",
          "topics.optimizer",
          "topics.max_iter",
          "topics.seed",
          "topics.top_terms",
          "topics.subsampling_rate",
          "topics.learning_offset",
          "topics.local_fit_max_terms",
          "topics.term_ranking",
          "topics.sweep",
          "topics.coherence_terms",
          "topics.deterministic",
          "topics.refit",
          "topics.refit_growth",
          "keywords.per_month",
          "gazetteer.dir",
          "warehouse.commit_attempts",
          "warehouse.skip_seen_batches",
          "warehouse.optimize_min_files",
          "warehouse.small_file_mb",
          "serve.host",
          "serve.port",
          "serve.user",
          "serve.tls_cert",
          "serve.tls_key");

  public final String warehouse;
  public final String inputFormat;
  public final String textGlob;
  public final int maxArticleChars;
  public final boolean quarantineNonDevanagari;
  public final int minRepeatChars;
  public final boolean nearDuplicates;
  public final double nearJaccard;
  public final int vocabSize;
  public final int minDf;
  public final double maxDf;
  public final int topics;
  public final String optimizer;
  public final int maxIter;
  public final long seed;
  public final int topTerms;

  /** Negative means auto. */
  public final double subsamplingRate;

  /** The online optimizer's learning offset (tau0): its step for update t is (tau0 + t)^-0.51. */
  public final double learningOffset;

  /**
   * Up to this many (article, term) counts the online LDA is fitted in the driver, above it by
   * MLlib's distributed optimizer (0: always MLlib's).
   */
  public final int localFitMaxTerms;

  /** Candidate numbers of topics to fit and choose among by coherence; empty means no sweep. */
  /** How topic terms are ranked for the label, the terms order and NPMI. */
  public final org.msmepulse.core.topics.TermRanking.Method termRanking;

  public final java.util.List<Integer> sweep;
  public final int coherenceTerms;
  public final boolean deterministicTopics;

  /** When a run fits a new topic model instead of scoring with the saved one. */
  public enum Refit {
    /**
     * When there is no model, K changed, or the corpus grew by more than {@code
     * topics.refit_growth}.
     */
    AUTO,
    ALWAYS,
    /** Only when there is no model yet, or K changed. */
    NEVER
  }

  public final Refit refit;

  /** The corpus growth since the model was fitted (0.2 = 20%) past which {@code auto} refits. */
  public final double refitGrowth;

  public final int keywordsPerMonth;
  public final String gazetteerDir;

  /**
   * How often a run recomputes and rewrites after a concurrent run changed the warehouse under it.
   */
  public final int commitAttempts;

  /** Whether a run of the batch the newest run read, with nothing changed since, ends at once. */
  public final boolean skipSeenBatches;

  /**
   * A table with at least this many small data files is compacted (OPTIMIZE) after a run; 0 =
   * never.
   */
  public final int optimizeMinFiles;

  /**
   * A data file smaller than this (bytes) is small: counted for compaction, and rewritten by it.
   */
  public final long smallFileBytes;

  /** {@code serve}: the address it listens on (loopback by default) and its port (0 = any). */
  public final String serveHost;

  public final int servePort;

  /**
   * {@code serve}: the user clients log in as (empty = no login, loopback only); the password is
   * read from the environment ({@code MSME_PULSE_SERVE_PASSWORD}), never from a file or option.
   */
  public final String serveUser;

  /** {@code serve}: PEM certificate chain and private key for TLS (both empty = no TLS). */
  public final String serveTlsCert;

  public final String serveTlsKey;

  public final Map<String, String> spark;
  private final Map<String, String> raw;

  private JobConfig(Map<String, String> v) {
    this.raw = Collections.unmodifiableMap(new TreeMap<>(v));
    warehouse = nonEmpty(v, "warehouse");
    inputFormat = oneOf(v, "input.format", "auto", "text", "jsonl", "csv", "parquet");
    textGlob = nonEmpty(v, "input.text.glob");
    maxArticleChars = intIn(v, "ingest.max_article_chars", 100, Integer.MAX_VALUE);
    quarantineNonDevanagari =
        oneOf(v, "ingest.non_devanagari", "keep", "quarantine").equals("quarantine");
    minRepeatChars = intIn(v, "clean.min_repeat_chars", 5, 10_000);
    nearDuplicates = bool(v, "dedup.near.enabled");
    nearJaccard = doubleIn(v, "dedup.near.jaccard", 0.3, 1.0);
    vocabSize = intIn(v, "features.vocab_size", 10, 10_000_000);
    minDf = intIn(v, "features.min_df", 1, 1_000_000);
    maxDf = doubleIn(v, "features.max_df", 0.01, 1.0);
    topics = intIn(v, "topics.k", 2, 1000);
    optimizer = oneOf(v, "topics.optimizer", "online", "em");
    maxIter = intIn(v, "topics.max_iter", 1, 10_000);
    seed = longValue(v, "topics.seed");
    topTerms = intIn(v, "topics.top_terms", 5, 1000);
    String sr = nonEmpty(v, "topics.subsampling_rate");
    subsamplingRate = sr.equals("auto") ? -1 : doubleIn(v, "topics.subsampling_rate", 1e-6, 1.0);
    learningOffset = doubleIn(v, "topics.learning_offset", 0.001, 1e6);
    localFitMaxTerms = intIn(v, "topics.local_fit_max_terms", 0, Integer.MAX_VALUE);
    termRanking =
        org.msmepulse.core.topics.TermRanking.Method.valueOf(
            oneOf(v, "topics.term_ranking", "frex", "relevance", "probability")
                .toUpperCase(java.util.Locale.ROOT));
    sweep = intList(v, "topics.sweep", 2, 1000);
    coherenceTerms = intIn(v, "topics.coherence_terms", 2, 100);
    deterministicTopics = bool(v, "topics.deterministic");
    refit = refitPolicy(v);
    refitGrowth = doubleIn(v, "topics.refit_growth", 0.0, 100.0);
    keywordsPerMonth = intIn(v, "keywords.per_month", 1, 10_000);
    gazetteerDir = nonEmpty(v, "gazetteer.dir");
    commitAttempts = intIn(v, "warehouse.commit_attempts", 1, 20);
    skipSeenBatches = bool(v, "warehouse.skip_seen_batches");
    optimizeMinFiles = intIn(v, "warehouse.optimize_min_files", 0, 1_000_000);
    smallFileBytes = intIn(v, "warehouse.small_file_mb", 1, 1024) * 1024L * 1024L;
    serveHost = nonEmpty(v, "serve.host");
    servePort = intIn(v, "serve.port", 0, 65535);
    serveUser = v.getOrDefault("serve.user", "").strip();
    serveTlsCert = v.getOrDefault("serve.tls_cert", "").strip();
    serveTlsKey = v.getOrDefault("serve.tls_key", "").strip();
    if (serveTlsCert.isEmpty() != serveTlsKey.isEmpty()) {
      throw new ConfigException(
          "serve.tls_cert and serve.tls_key go together: set both or neither");
    }
    Map<String, String> s = new LinkedHashMap<>();
    v.forEach(
        (k, val) -> {
          if (k.startsWith("spark.")) {
            s.put(k, val);
          }
        });
    spark = Collections.unmodifiableMap(s);
  }

  /**
   * Defaults, then {@code confFile} (may be null), then {@code overrides} (CLI options; null values
   * ignored).
   */
  public static JobConfig load(Path confFile, Map<String, String> overrides) {
    Map<String, String> v = new LinkedHashMap<>(read(null));
    if ("false".equals(System.getProperty(STDERR_TERMINAL))) {
      // standard error is a file or a pipe: no progress bar in it, unless a file or option asks
      v.put(CONSOLE_PROGRESS, "false");
    }
    if (confFile != null) {
      Map<String, String> file = read(confFile);
      for (String k : file.keySet()) {
        if (!KEYS.contains(k) && !k.startsWith("spark.")) {
          throw new ConfigException("unknown configuration key '" + k + "' in " + confFile);
        }
      }
      v.putAll(file);
    }
    if (overrides != null) {
      overrides.forEach(
          (k, val) -> {
            if (val != null) {
              v.put(k, val);
            }
          });
    }
    for (String k : KEYS) {
      if (!v.containsKey(k)) {
        throw new ConfigException(
            "configuration key '" + k + "' has no value (conf/" + DEFAULTS + " lacks it)");
      }
    }
    return new JobConfig(v);
  }

  public static JobConfig defaults() {
    return load(null, null);
  }

  /** A copy with some keys replaced (for tests and for the CLI). */
  public JobConfig with(Map<String, String> overrides) {
    Map<String, String> v = new LinkedHashMap<>(raw);
    v.putAll(overrides);
    return new JobConfig(v);
  }

  public Map<String, String> asMap() {
    return raw;
  }

  private static Map<String, String> read(Path file) {
    Properties p = new Properties();
    try (Reader r =
        file == null
            ? ConfFiles.open(DEFAULTS)
            : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read configuration file "
              + (file == null ? "conf/" + DEFAULTS : file)
              + ": "
              + e.getMessage());
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k.strip(), p.getProperty(k).strip());
    }
    return m;
  }

  private static String nonEmpty(Map<String, String> v, String key) {
    String s = v.get(key);
    if (s == null || s.isBlank()) {
      throw new ConfigException("configuration key '" + key + "' must not be empty");
    }
    return s.strip();
  }

  private static String oneOf(Map<String, String> v, String key, String... allowed) {
    String s = nonEmpty(v, key);
    for (String a : allowed) {
      if (a.equals(s)) {
        return s;
      }
    }
    throw new ConfigException(
        "configuration key '"
            + key
            + "' is '"
            + s
            + "'; expected one of "
            + String.join(", ", allowed));
  }

  private static int intIn(Map<String, String> v, String key, int min, int max) {
    String s = nonEmpty(v, key);
    try {
      int i = Integer.parseInt(s);
      if (i < min || i > max) {
        throw new ConfigException(
            "configuration key '" + key + "' is " + i + "; expected " + min + ".." + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "configuration key '" + key + "' is '" + s + "'; expected a whole number");
    }
  }

  /** A comma-separated list of distinct whole numbers in min..max; blank means an empty list. */
  private static java.util.List<Integer> intList(
      Map<String, String> v, String key, int min, int max) {
    String s = v.get(key);
    if (s == null || s.isBlank()) {
      return java.util.List.of();
    }
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (String part : s.split(",")) {
      String p = part.strip();
      int i;
      try {
        i = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new ConfigException(
            "configuration key '"
                + key
                + "' is '"
                + s
                + "'; expected whole numbers separated by commas");
      }
      if (i < min || i > max) {
        throw new ConfigException(
            "configuration key '" + key + "' holds " + i + "; expected " + min + ".." + max);
      }
      if (out.contains(i)) {
        throw new ConfigException("configuration key '" + key + "' holds " + i + " twice");
      }
      out.add(i);
    }
    return java.util.List.copyOf(out);
  }

  private static long longValue(Map<String, String> v, String key) {
    String s = nonEmpty(v, key);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "configuration key '" + key + "' is '" + s + "'; expected a whole number");
    }
  }

  private static double doubleIn(Map<String, String> v, String key, double min, double max) {
    String s = nonEmpty(v, key);
    try {
      double d = Double.parseDouble(s);
      if (!(d >= min && d <= max)) {
        throw new ConfigException(
            "configuration key '" + key + "' is " + s + "; expected " + min + ".." + max);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "configuration key '" + key + "' is '" + s + "'; expected a number");
    }
  }

  /**
   * auto | always | never; true and false, the values of an older version, mean always and never.
   */
  private static Refit refitPolicy(Map<String, String> v) {
    String s = nonEmpty(v, "topics.refit").toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "true" -> Refit.ALWAYS;
      case "false" -> Refit.NEVER;
      default ->
          Refit.valueOf(
              oneOf(v, "topics.refit", "auto", "always", "never")
                  .toUpperCase(java.util.Locale.ROOT));
    };
  }

  private static boolean bool(Map<String, String> v, String key) {
    String s = nonEmpty(v, key);
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new ConfigException(
        "configuration key '" + key + "' is '" + s + "'; expected true or false");
  }
}
