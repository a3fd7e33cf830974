package org.msmepulse.core.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.msmepulse.core.io.ConfFiles;

/**
 * Words that carry no topic: Lucene's Hindi list (Savoy, BSD) plus the high-frequency function
 * words of Hindi news in {@code conf/text/stopwords-hi.txt}, and Lucene's English list plus {@code
 * conf/text/stopwords-en.txt} for the Latin parts. Hindi entries are compared by {@link MatchKey},
 * so every spelling variant of a stopword is a stopword.
 */
public final class Stopwords {
  private final Set<String> keys = new HashSet<>();
  private final Set<String> words = new HashSet<>();

  public Stopwords(String hindiFile, String englishFile) {
    CharArraySet lucene = HindiAnalyzer.getDefaultStopSet();
    for (Object o : lucene) {
      keys.add(MatchKey.of(new String((char[]) o)));
    }
    for (String w : ConfFiles.lines(hindiFile)) {
      keys.add(MatchKey.of(w));
      words.add(w);
    }
    for (Object o : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      keys.add(new String((char[]) o));
    }
    for (String w : ConfFiles.lines(englishFile)) {
      keys.add(MatchKey.of(w));
    }
  }

  public static Stopwords defaults() {
    return new Stopwords("text/stopwords-hi.txt", "text/stopwords-en.txt");
  }

  /** Whether a token's key (see {@link MatchKey#of}) is a stopword. */
  public boolean isStopKey(String key) {
    return keys.contains(key);
  }

  /** Whether a word, as written, is one of the listed Hindi stopwords. */
  public boolean isStopWord(String word) {
    return words.contains(word);
  }

  public int size() {
    return keys.size();
  }
}
