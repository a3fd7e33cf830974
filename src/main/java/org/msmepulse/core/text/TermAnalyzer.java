package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;

/**
 * Turns canonical text into the terms that TF-IDF and LDA count, each with the surface form it had
 * in the text (for display forms). Words glued to a function word are split first ({@link
 * LostSpaces}). Per word token:
 *
 * <ul>
 *   <li>numbers are dropped on purpose: a figure is not a topic or a keyword;
 *   <li>a known fold ({@link TermFolds}) gives its term (एमएसएमई and MSME are both {@code msme});
 *   <li>stopwords ({@link Stopwords}) are dropped;
 *   <li>Hindi words become the stem of their {@link MatchKey} by Lucene's {@link HindiStemFilter};
 *       Latin words their lower-cased minimal English stem (plural s, {@link
 *       EnglishMinimalStemFilter});
 *   <li>one-letter terms are dropped.
 * </ul>
 *
 * Thread-safe: the Lucene filter chains and the stem caches are kept per thread.
 */
public final class TermAnalyzer {
  private static final OneTokenAnalyzer HINDI_STEMMER = new OneTokenAnalyzer(HindiStemFilter::new);
  private static final OneTokenAnalyzer ENGLISH_STEMMER =
      new OneTokenAnalyzer(EnglishMinimalStemFilter::new);

  /**
   * Stems of recent keys, per thread and script, so a stem filter runs once per distinct key (see
   * MatchKey's cache for why that is most tokens). Cleared past {@value #STEM_CACHE_LIMIT} entries.
   */
  private static final int STEM_CACHE_LIMIT = 100_000;

  private static final ThreadLocal<Map<String, String>> HINDI_STEMS =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, String>> ENGLISH_STEMS =
      ThreadLocal.withInitial(HashMap::new);

  private final Stopwords stopwords;
  private final TermFolds folds;

  public TermAnalyzer(Stopwords stopwords, TermFolds folds) {
    this.stopwords = stopwords;
    this.folds = folds;
  }

  public static TermAnalyzer defaults() {
    return new TermAnalyzer(Stopwords.defaults(), TermFolds.defaults());
  }

  /** Terms with the surface form each came from, in text order. */
  public record Analysis(List<String> terms, List<String> surfaces, int wordCount) {}

  public Analysis analyze(String canonicalText) {
    List<Token> tokens = Tokenizer.tokenize(canonicalText);
    List<Token> words = new ArrayList<>(tokens.size());
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      List<String> parts =
          t.type() == Token.Type.DEVANAGARI ? LostSpaces.split(t.text()) : List.of(t.text());
      int offset = t.start();
      for (String part : parts) {
        Token p =
            parts.size() == 1
                ? t
                : new Token(part, offset, offset + part.length(), t.type(), t.lineStart());
        offset += part.length();
        words.add(p);
        keys.add(MatchKey.of(p.text()));
      }
    }
    List<String> terms = new ArrayList<>(words.size() / 2);
    List<String> surfaces = new ArrayList<>(words.size() / 2);
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.type() == Token.Type.NUMBER) {
        continue;
      }
      TermFolds.Fold fold = folds.longestAt(keys, i);
      if (fold != null) {
        int endIdx = i + fold.length() - 1;
        terms.add(fold.term());
        surfaces.add(canonicalText.substring(t.start(), words.get(endIdx).end()));
        i = endIdx;
        continue;
      }
      String key = keys.get(i);
      if (stopwords.isStopKey(key)) {
        continue;
      }
      String term = stem(key, t.type());
      if (term.codePointCount(0, term.length()) < 2 || stopwords.isStopKey(term)) {
        continue;
      }
      terms.add(term);
      surfaces.add(t.text());
    }
    return new Analysis(terms, surfaces, words.size());
  }

  static String stem(String key, Token.Type type) {
    if (type == Token.Type.DEVANAGARI) {
      return stem(key, HINDI_STEMS.get(), HINDI_STEMMER);
    }
    if (type == Token.Type.LATIN) {
      return stem(key, ENGLISH_STEMS.get(), ENGLISH_STEMMER);
    }
    return key;
  }

  private static String stem(String key, Map<String, String> cache, OneTokenAnalyzer stemmer) {
    String stem = cache.get(key);
    if (stem == null) {
      if (cache.size() >= STEM_CACHE_LIMIT) {
        cache.clear();
      }
      stem = stemmer.apply(key);
      cache.put(key, stem);
    }
    return stem;
  }
}
