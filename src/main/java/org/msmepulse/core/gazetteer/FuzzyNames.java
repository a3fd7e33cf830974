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

  /** The multi-word names a word can anchor: as their first word, as their last word. */
  private static final class Anchors {
    final List<Name> first = new ArrayList<>(2);
    final List<Name> last = new ArrayList<>(2);
  }

  /** One lookup per text word for both anchors (this runs on every word of every article). */
  private final Map<String, Anchors> byWord = new HashMap<>();
  /** One-word names by their first and by their last three characters, packed into a long. */
  private final Map<Long, List<Name>> byPrefix = new HashMap<>();
  private final Map<Long, List<Name>> bySuffix = new HashMap<>();

  void add(int entry, String key) {
    String[] words = key.split(" ");
    Name n = new Name(entry, key, words.length);
    if (words.length > 1) {
      byWord.computeIfAbsent(words[0], k -> new Anchors()).first.add(n);
      byWord.computeIfAbsent(words[words.length - 1], k -> new Anchors()).last.add(n);
    } else {
      byPrefix.computeIfAbsent(pack3(key, 0), k -> new ArrayList<>()).add(n);
      bySuffix.computeIfAbsent(pack3(key, key.length() - 3), k -> new ArrayList<>()).add(n);
    }
  }

  /** Three characters from {@code from}, as one long (a map key without a substring). */
  private static long pack3(String s, int from) {
    return (long) s.charAt(from) << 32 | (long) s.charAt(from + 1) << 16 | s.charAt(from + 2);
  }

  List<Hit> find(KeyText kt) {
    List<Hit> out = new ArrayList<>();
    int n = kt.wordCount();
    for (int i = 0; i < n; i++) {
      String k = kt.keys.get(i);
      Anchors anchors = byWord.get(k);
      if (anchors != null) {
        for (Name name : anchors.first) {
          check(kt, name, i, i + name.words() - 1, out);
        }
        for (Name name : anchors.last) {
          check(kt, name, i - name.words() + 1, i, out);
        }
      }
      if (k.length() >= EntityMatcher.FUZZY_MIN_CHARS - 1) {
        for (Name name : byPrefix.getOrDefault(pack3(k, 0), List.of())) {
          check(kt, name, i, i, out);
        }
        for (Name name : bySuffix.getOrDefault(pack3(k, k.length() - 3), List.of())) {
          check(kt, name, i, i, out);
        }
      }
    }
    return out;
  }

  /** Adds a hit if words first..last of the key text are one edit (not zero) away from the name. */
  private static void check(KeyText kt, Name name, int first, int last, List<Hit> out) {
    if (first < 0 || last >= kt.wordCount()) {
      return;
    }
    int from = kt.tokenStart[first];
    int to = kt.tokenEnd[last];
    String key = name.key();
    if (Math.abs(to - from - key.length()) > 1
        || to - from == key.length() && kt.keyText.regionMatches(from, key, 0, key.length())) {
      return;
    }
    if (withinOneEdit(kt.keyText, from, to, key)) {
      out.add(new Hit(name.entry(), first, last));
    }
  }

  /** Whether a and b differ by at most one insertion, deletion or substitution. */
  static boolean withinOneEdit(String a, String b) {
    return withinOneEdit(a, 0, a.length(), b);
  }

  /** {@link #withinOneEdit(String, String)} for a[from, to), without copying it. */
  private static boolean withinOneEdit(String a, int from, int to, String b) {
    int la = to - from;
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(from + i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      return a.regionMatches(from + i + 1, b, i + 1, la - i - 1);
    }
    if (la > lb) {
      return a.regionMatches(from + i + 1, b, i, lb - i);
    }
    return a.regionMatches(from + i, b, i + 1, la - i);
  }
}
