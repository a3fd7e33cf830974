package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-edit matches of long names (a letter missing, extra or wrong: "वन डिस्टिक्ट वन प्रोडक्ट",
 * "रोजगार सर्जन कार्यक्रम"), in time linear in the text. A single edit changes one word of a name,
 * so every multi-word name is indexed by its first and by its last word: a text window whose first
 * (or last) word equals that anchor and which has the name's word count is compared with the name
 * by bounded edit distance. A one-word name is indexed by its first and last three characters.
 */
final class FuzzyNames {
  private record Name(int entry, String key, int words) {}

  /** A fuzzy match: the entry and the words it covers. */
  record Hit(int entry, int firstWord, int lastWord) {}

  private final Map<String, List<Name>> byFirst = new HashMap<>();
  private final Map<String, List<Name>> byLast = new HashMap<>();
  private final Map<String, List<Name>> byPrefix = new HashMap<>();
  private final Map<String, List<Name>> bySuffix = new HashMap<>();

  void add(int entry, String key) {
    String[] words = key.split(" ");
    Name n = new Name(entry, key, words.length);
    if (words.length > 1) {
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(n);
      byLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(n);
    } else {
      byPrefix.computeIfAbsent(key.substring(0, 3), k -> new ArrayList<>()).add(n);
      bySuffix.computeIfAbsent(key.substring(key.length() - 3), k -> new ArrayList<>()).add(n);
    }
  }

  List<Hit> find(KeyText kt) {
    List<Hit> out = new ArrayList<>();
    int n = kt.wordCount();
    for (int i = 0; i < n; i++) {
      String k = kt.keys.get(i);
      for (Name name : byFirst.getOrDefault(k, List.of())) {
        check(kt, name, i, i + name.words() - 1, out);
      }
      for (Name name : byLast.getOrDefault(k, List.of())) {
        check(kt, name, i - name.words() + 1, i, out);
      }
      if (k.length() >= EntityMatcher.FUZZY_MIN_CHARS - 1) {
        for (Name name : byPrefix.getOrDefault(k.substring(0, 3), List.of())) {
          check(kt, name, i, i, out);
        }
        for (Name name : bySuffix.getOrDefault(k.substring(k.length() - 3), List.of())) {
          check(kt, name, i, i, out);
        }
      }
    }
    return out;
  }

  private static void check(KeyText kt, Name name, int first, int last, List<Hit> out) {
    if (first < 0 || last >= kt.wordCount()) {
      return;
    }
    String window = kt.keyText.substring(kt.tokenStart[first], kt.tokenEnd[last]);
    if (!window.equals(name.key()) && withinOneEdit(window, name.key())) {
      out.add(new Hit(name.entry(), first, last));
    }
  }

  /** Whether a and b differ by at most one insertion, deletion or substitution. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    if (la > lb) {
      return a.regionMatches(i + 1, b, i, lb - i);
    }
    return a.regionMatches(i, b, i + 1, la - i);
  }
}
