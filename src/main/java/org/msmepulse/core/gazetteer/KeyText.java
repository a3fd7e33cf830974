package org.msmepulse.core.gazetteer;

import java.util.Arrays;
import java.util.List;
import org.msmepulse.core.text.Dateline;
import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Token;
import org.msmepulse.core.text.Tokenizer;

/**
 * The matching view of a canonical text: its word tokens' {@link MatchKey}s joined by single
 * spaces, with a map from each key character back to its token. Punctuation and line breaks are not
 * in the key text, so a name can match across them ("हिमाचल, प्रदेश"). Each word records the
 * punctuation mark that follows it and whether it opens a line, for the extractors' context rules
 * (cues, datelines, lists, sentence ends).
 */
public final class KeyText {
  final String text;

  /** Per word: its span in the text and whether it opens a line. */
  private int[] wordStart;

  private int[] wordEnd;
  private boolean[] wordLineStart;
  private int wordCount;

  /** The text's chars, while the constructor scans them. */
  private char[] chars;

  private String[] keyArray;
  private String[] punctArray;
  final List<String> keys;

  /** For each word, the punctuation token that follows it directly, or null. */
  final List<String> punctAfter;

  final int[] tokenStart;
  final int[] tokenEnd;
  final int[] tokenOfChar;
  final String keyText;

  /** Where the text's dateline zone ends (a char offset). */
  private final int datelineEnd;

  public KeyText(String canonicalText) {
    this.text = canonicalText;
    // Built from the tokenizer's spans and the range-keyed MatchKey cache: no Token or token
    // String is made for a word whose key is cached, which is almost every word of news text.
    int capacity = canonicalText.length() / 4 + 8;
    wordStart = new int[capacity];
    wordEnd = new int[capacity];
    wordLineStart = new boolean[capacity];
    keyArray = new String[capacity];
    punctArray = new String[capacity];
    chars = canonicalText.toCharArray();
    Tokenizer.scan(chars, this::addToken);
    keys = Arrays.asList(keyArray).subList(0, wordCount);
    punctAfter = Arrays.asList(punctArray).subList(0, wordCount);
    int keyLength = Math.max(0, wordCount - 1);
    for (int i = 0; i < wordCount; i++) {
      keyLength += keyArray[i].length();
    }
    char[] key = new char[keyLength];
    tokenStart = new int[wordCount];
    tokenEnd = new int[wordCount];
    int at = 0;
    for (int i = 0; i < wordCount; i++) {
      if (i > 0) {
        key[at++] = ' ';
      }
      tokenStart[i] = at;
      String k = keyArray[i];
      k.getChars(0, k.length(), key, at);
      at += k.length();
      tokenEnd[i] = at;
    }
    keyText = new String(key);
    chars = null;
    datelineEnd = Dateline.end(canonicalText);
    // each key character, and the space after it, belongs to its word; the end to the last word
    tokenOfChar = new int[keyText.length() + 1];
    for (int w = 0; w < wordCount; w++) {
      Arrays.fill(
          tokenOfChar,
          tokenStart[w],
          w + 1 < wordCount ? tokenStart[w + 1] : tokenOfChar.length,
          w);
    }
  }

  private void addToken(int start, int end, Token.Type type, boolean lineStart) {
    if (type == Token.Type.PUNCT) {
      if (wordCount > 0 && punctArray[wordCount - 1] == null) {
        punctArray[wordCount - 1] = Tokenizer.punctuation(chars[start]);
      }
      return;
    }
    if (wordCount == wordStart.length) {
      int capacity = wordCount * 2;
      wordStart = Arrays.copyOf(wordStart, capacity);
      wordEnd = Arrays.copyOf(wordEnd, capacity);
      wordLineStart = Arrays.copyOf(wordLineStart, capacity);
      keyArray = Arrays.copyOf(keyArray, capacity);
      punctArray = Arrays.copyOf(punctArray, capacity);
    }
    wordStart[wordCount] = start;
    wordEnd[wordCount] = end;
    wordLineStart[wordCount] = lineStart;
    keyArray[wordCount] = MatchKey.of(chars, start, end);
    wordCount++;
  }

  /** Whether word i opens a line. */
  boolean lineStart(int word) {
    return wordLineStart[word];
  }

  /** Whether word i starts in the text's dateline zone ({@link Dateline}). */
  boolean inDateline(int word) {
    return wordStart[word] < datelineEnd;
  }

  public int wordCount() {
    return wordCount;
  }

  /**
   * Whether a line break or a punctuation mark separates word i from word i+1 (true for the last
   * word).
   */
  boolean breakAfter(int i) {
    if (i + 1 >= wordCount) {
      return true;
    }
    if (wordLineStart[i + 1]) {
      return true;
    }
    return punctAfter.get(i) != null;
  }

  /** Whether there is punctuation between word i and word i+1 (not a line break). */
  boolean punctuationAfter(int i) {
    return punctAfter.get(i) != null;
  }

  /** Words that join names in a list: "सूरत और लुधियाना", "PMEGP या मुद्रा". */
  private static final java.util.Set<String> LIST_JOINERS =
      java.util.Set.of(
          MatchKey.of("और"),
          MatchKey.of("व"),
          MatchKey.of("एवं"),
          MatchKey.of("तथा"),
          MatchKey.of("या"),
          MatchKey.of("से"),
          MatchKey.of("तक"),
          "and",
          "or");

  /**
   * Whether words a1..a2 and b1..b2 stand in one list: adjacent but for a comma or one joining
   * word.
   */
  boolean listed(int a1, int a2, int b1, int b2) {
    return listed(a1, a2, b1, b2, true);
  }

  /** As {@link #listed(int, int, int, int)}; {@code commaJoins} false requires a joining word. */
  boolean listed(int a1, int a2, int b1, int b2, boolean commaJoins) {
    int leftEnd = a1 < b1 ? a2 : b2;
    int rightStart = a1 < b1 ? b1 : a1;
    int gap = rightStart - leftEnd - 1;
    if (gap == 0) {
      return commaJoins && ",".equals(punctAfter.get(leftEnd));
    }
    return gap == 1
        && !punctuationAfter(leftEnd)
        && !punctuationAfter(leftEnd + 1)
        && LIST_JOINERS.contains(keys.get(leftEnd + 1));
  }

  /** The text as written from word a to word b inclusive. */
  String surface(int a, int b) {
    return text.substring(wordStart[a], wordEnd[b]);
  }

  /** Up to {@code radius} characters around words a..b, on one line. */
  String snippet(int a, int b, int radius) {
    int s = Math.max(0, wordStart[a] - radius);
    int e = Math.min(text.length(), wordEnd[b] + radius);
    int nlBefore = text.lastIndexOf('\n', wordStart[a] - 1);
    if (nlBefore >= s) {
      s = nlBefore + 1;
    }
    int nlAfter = text.indexOf('\n', wordEnd[b]);
    if (nlAfter >= 0 && nlAfter < e) {
      e = nlAfter;
    }
    return text.substring(s, e).strip();
  }
}
