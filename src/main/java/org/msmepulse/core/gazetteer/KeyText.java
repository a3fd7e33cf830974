package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Token;
import org.msmepulse.core.text.Tokenizer;

/**
 * The matching view of a canonical text: its word tokens' {@link MatchKey}s joined by single
 * spaces, with a map from each key character back to its token. Punctuation is not in the key text
 * (so a name never matches across it is checked separately), but each word remembers whether
 * punctuation or a line break followed it.
 */
public final class KeyText {
  final String text;
  final List<Token> words = new ArrayList<>();
  final List<String> keys = new ArrayList<>();
  /** For each word, the punctuation token that follows it directly, or null. */
  final List<String> punctAfter = new ArrayList<>();
  final int[] tokenStart;
  final int[] tokenEnd;
  final int[] tokenOfChar;
  final String keyText;
  /** For each word, the number of its line (0 for the first line). */
  final int[] lineOfWord;

  public KeyText(String canonicalText) {
    this.text = canonicalText;
    List<Token> tokens = Tokenizer.tokenize(canonicalText);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        if (!punctAfter.isEmpty() && punctAfter.get(punctAfter.size() - 1) == null) {
          punctAfter.set(punctAfter.size() - 1, t.text());
        }
        continue;
      }
      words.add(t);
      keys.add(MatchKey.of(t.text()));
      punctAfter.add(null);
    }
    StringBuilder sb = new StringBuilder(canonicalText.length());
    tokenStart = new int[words.size()];
    tokenEnd = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      tokenStart[i] = sb.length();
      sb.append(keys.get(i));
      tokenEnd[i] = sb.length();
    }
    keyText = sb.toString();
    lineOfWord = new int[words.size()];
    int line = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && words.get(i).lineStart()) {
        line++;
      }
      lineOfWord[i] = line;
    }
    tokenOfChar = new int[keyText.length() + 1];
    int w = 0;
    for (int c = 0; c <= keyText.length(); c++) {
      while (w < words.size() - 1 && c >= tokenEnd[w] + 1) {
        w++;
      }
      tokenOfChar[c] = w;
    }
  }

  int lineOf(int word) {
    return lineOfWord[word];
  }

  public int wordCount() {
    return words.size();
  }

  /** Whether a line break or one of the given punctuation marks separates word i from word i+1. */
  boolean breakAfter(int i) {
    if (i + 1 >= words.size()) {
      return true;
    }
    if (words.get(i + 1).lineStart()) {
      return true;
    }
    return punctAfter.get(i) != null;
  }

  /** Whether there is punctuation between word i and word i+1 (not a line break). */
  boolean punctuationAfter(int i) {
    return punctAfter.get(i) != null;
  }

  /** Words that join names in a list: "सूरत और लुधियाना", "PMEGP या मुद्रा". */
  private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of(MatchKey.of("और"), MatchKey.of("व"),
      MatchKey.of("एवं"), MatchKey.of("तथा"), MatchKey.of("या"), MatchKey.of("से"), MatchKey.of("तक"), "and", "or");

  /** Whether words a1..a2 and b1..b2 stand in one list: adjacent but for a comma or one joining word. */
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
    return gap == 1 && !punctuationAfter(leftEnd) && !punctuationAfter(leftEnd + 1)
        && LIST_JOINERS.contains(keys.get(leftEnd + 1));
  }

  /** The text as written from word a to word b inclusive. */
  String surface(int a, int b) {
    return text.substring(words.get(a).start(), words.get(b).end());
  }

  /** Up to {@code radius} characters around words a..b, on one line. */
  String snippet(int a, int b, int radius) {
    int s = Math.max(0, words.get(a).start() - radius);
    int e = Math.min(text.length(), words.get(b).end() + radius);
    int nlBefore = text.lastIndexOf('\n', words.get(a).start() - 1);
    if (nlBefore >= s) {
      s = nlBefore + 1;
    }
    int nlAfter = text.indexOf('\n', words.get(b).end());
    if (nlAfter >= 0 && nlAfter < e) {
      e = nlAfter;
    }
    return text.substring(s, e).strip();
  }
}
