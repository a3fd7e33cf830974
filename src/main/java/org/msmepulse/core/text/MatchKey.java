package org.msmepulse.core.text;

import java.util.Locale;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;

/**
 * The comparison key of one token: two spellings a Hindi reader takes for the same word get the
 * same key. Used for gazetteer matching and, stemmed, for TF-IDF terms. Not for display.
 *
 * <p>Rules: Latin is lower-cased; a nasal consonant with virama before another consonant becomes
 * anusvara (सितम्बर = सितंबर, रैम्प = रैंप: Lucene folds only न्) and a doubled consonant one
 * (कोच्चि = कोचि); then Lucene's {@link IndicNormalizationFilter} and {@link
 * HindiNormalizationFilter}, chained as Lucene's HindiAnalyzer chains them (nukta removed,
 * chandrabindu to anusvara, virama removed, ै to े, ॉ to ो, long to short vowels: टैक्नोलॉजी =
 * टेक्नोलॉजी, झाँसी = झांसी).
 */
public final class MatchKey {
  private static final OneTokenAnalyzer NORMALIZER =
      new OneTokenAnalyzer(ts -> new HindiNormalizationFilter(new IndicNormalizationFilter(ts)));

  /**
   * Keys of recent tokens, per thread: news vocabulary is Zipfian, so most tokens repeat and the
   * Lucene filters run once per distinct word. Cleared when it grows past {@value #CACHE_LIMIT}
   * entries, so memory stays bounded.
   */
  private static final int CACHE_LIMIT = 100_000;

  private static final ThreadLocal<KeyCache> CACHE = ThreadLocal.withInitial(KeyCache::new);

  private MatchKey() {}

  public static String of(String token) {
    return CACHE.get().get(token, token.hashCode());
  }

  /**
   * The key of the token {@code chars[start, end)}, as {@code of(new String(chars, start, end -
   * start))}, without making that String when the key is already cached (the matcher keys every
   * word of every article this way).
   */
  public static String of(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars[i]; // String.hashCode of the range
    }
    return CACHE.get().get(chars, start, end, h);
  }

  /**
   * An open-addressing map from token text to key whose lookups also take a range of a char array,
   * so a hit costs a hash and a comparison of the range, no allocation. Each token is kept as a
   * String and as chars, for the two kinds of lookup.
   */
  private static final class KeyCache {
    private String[] tokens = new String[8192];
    private char[][] tokenChars = new char[8192][];
    private String[] keys = new String[8192];
    private int[] hashes = new int[8192];
    private int size;

    String get(String token, int hash) {
      int mask = tokens.length - 1;
      int i = (hash ^ hash >>> 16) & mask;
      String t;
      while ((t = tokens[i]) != null) {
        if (hashes[i] == hash && t.equals(token)) {
          return keys[i];
        }
        i = i + 1 & mask;
      }
      return put(token, token.toCharArray(), hash);
    }

    String get(char[] chars, int start, int end, int hash) {
      int mask = tokens.length - 1;
      int i = (hash ^ hash >>> 16) & mask;
      while (tokens[i] != null) {
        if (hashes[i] == hash && sameChars(tokenChars[i], chars, start, end)) {
          return keys[i];
        }
        i = i + 1 & mask;
      }
      char[] own = java.util.Arrays.copyOfRange(chars, start, end);
      return put(new String(own), own, hash);
    }

    /**
     * A plain loop: tokens are short, where Arrays.equals's vectorized mismatch costs more than it
     * saves.
     */
    private static boolean sameChars(char[] token, char[] chars, int start, int end) {
      if (token.length != end - start) {
        return false;
      }
      for (int j = 0; j < token.length; j++) {
        if (token[j] != chars[start + j]) {
          return false;
        }
      }
      return true;
    }

    private String put(String token, char[] chars, int hash) {
      String key = compute(token);
      if (size >= CACHE_LIMIT) {
        java.util.Arrays.fill(tokens, null);
        java.util.Arrays.fill(tokenChars, null);
        java.util.Arrays.fill(keys, null);
        size = 0;
      } else if (2 * (size + 1) > tokens.length) {
        grow();
      }
      int mask = tokens.length - 1;
      int i = (hash ^ hash >>> 16) & mask;
      while (tokens[i] != null) {
        i = i + 1 & mask;
      }
      tokens[i] = token;
      tokenChars[i] = chars;
      keys[i] = key;
      hashes[i] = hash;
      size++;
      return key;
    }

    private void grow() {
      String[] oldTokens = tokens;
      char[][] oldChars = tokenChars;
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      tokens = new String[oldTokens.length * 2];
      tokenChars = new char[tokens.length][];
      keys = new String[tokens.length];
      hashes = new int[tokens.length];
      int mask = tokens.length - 1;
      for (int j = 0; j < oldTokens.length; j++) {
        if (oldTokens[j] != null) {
          int i = (oldHashes[j] ^ oldHashes[j] >>> 16) & mask;
          while (tokens[i] != null) {
            i = i + 1 & mask;
          }
          tokens[i] = oldTokens[j];
          tokenChars[i] = oldChars[j];
          keys[i] = oldKeys[j];
          hashes[i] = oldHashes[j];
        }
      }
    }
  }

  private static String compute(String token) {
    char[] buf = token.toCharArray();
    int len = buf.length;
    boolean devanagari = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buf[i] = (char) (c + 32);
        }
      } else if (DevanagariNormalizer.isDevanagari(c)) {
        devanagari = true;
      } else if (Character.isUpperCase(c)) {
        buf[i] = Character.toLowerCase(c);
      }
    }
    if (!devanagari) {
      return new String(buf, 0, len);
    }
    len = foldNasalClusters(buf, len);
    return NORMALIZER.apply(new String(buf, 0, len));
  }

  /**
   * ङ्, ञ्, ण्, म् followed by a consonant become anusvara (न् is folded by Lucene); a doubled
   * consonant (C्C: अलप्पुझा, कोच्चि, पत्तन) becomes one (अलपुझा, कोचि), the usual variation in
   * Hindi spellings of South Indian names.
   */
  static int foldNasalClusters(char[] s, int len) {
    for (int i = 0; i + 2 < len; i++) {
      char c = s[i];
      if (isConsonant(c) && s[i + 1] == '\u094D' && s[i + 2] == c) {
        System.arraycopy(s, i + 2, s, i, len - i - 2);
        len -= 2;
        continue;
      }
      if ((c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u092E')
          && s[i + 1] == '\u094D'
          && isConsonant(s[i + 2])) {
        s[i] = '\u0902';
        System.arraycopy(s, i + 2, s, i + 1, len - i - 2);
        len--;
      }
    }
    return len;
  }

  static boolean isConsonant(char c) {
    return c >= '\u0915' && c <= '\u0939' || c >= '\u0958' && c <= '\u095F';
  }

  /** The key of a phrase: each token's key, joined by single spaces. */
  public static String ofPhrase(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(DevanagariNormalizer.normalize(phrase))) {
      if (t.type() == Token.Type.PUNCT) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(of(t.text()));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
