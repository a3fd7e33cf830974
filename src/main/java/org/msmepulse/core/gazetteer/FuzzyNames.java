package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-edit matches of long names (a letter missing, extra or wrong: "रोजगार सर्जन कार्यक्रम" for
 * "रोजगार सृजन कार्यक्रम"), in time linear in the text. A single edit changes one word of a name,
 * so every multi-word name is indexed by its first and by its last word: a text window whose first
 * (or last) word equals that anchor and which has the name's word count is compared with the name
 * by bounded edit distance. A one-word name is indexed by its first and last three characters.
 */
final class FuzzyNames {
  private record Name(int entry, String key, int words) {}

  /** A fuzzy match: the entry and the words it covers. */
  record Hit(int entry, int firstWord, int lastWord) {}

  /**
   * The multi-word names one word anchors at one end, grouped by their number of words and sorted
   * by length within a group: a text window of n words can be one edit from an n-word name only if
   * their lengths differ by at most one, so only that slice of a group is compared. (A word like
   * योजना ends hundreds of scheme names.) Hits are reported in the order the names were added.
   */
  private static final class Anchored {
    final List<Name> names = new ArrayList<>(2);
    int[] groupWords;

    /** Per group: the names' positions in {@link #names}, and their key lengths, by length. */
    int[][] groupNames;

    int[][] groupLengths;

    void index() {
      Map<Integer, List<Integer>> byWords = new java.util.TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        byWords.computeIfAbsent(names.get(i).words(), k -> new ArrayList<>()).add(i);
      }
      groupWords = new int[byWords.size()];
      groupNames = new int[byWords.size()][];
      groupLengths = new int[byWords.size()][];
      int g = 0;
      for (Map.Entry<Integer, List<Integer>> e : byWords.entrySet()) {
        List<Integer> idx = e.getValue();
        idx.sort(
            java.util.Comparator.<Integer>comparingInt(i -> names.get(i).key().length())
                .thenComparingInt(i -> i));
        groupWords[g] = e.getKey();
        groupNames[g] = idx.stream().mapToInt(Integer::intValue).toArray();
        groupLengths[g] = idx.stream().mapToInt(i -> names.get(i).key().length()).toArray();
        g++;
      }
    }

    /**
     * Checks the names of this list against the windows that end ({@code atEnd}) or start at word
     * i.
     */
    void find(KeyText kt, int i, boolean atEnd, List<Hit> out) {
      int[] hits = null;
      int count = 0;
      for (int g = 0; g < groupWords.length; g++) {
        int first = atEnd ? i - groupWords[g] + 1 : i;
        int last = atEnd ? i : i + groupWords[g] - 1;
        if (first < 0 || last >= kt.wordCount()) {
          continue;
        }
        int window = kt.tokenEnd[last] - kt.tokenStart[first];
        int[] lengths = groupLengths[g];
        for (int j = lowerBound(lengths, window - 1);
            j < lengths.length && lengths[j] <= window + 1;
            j++) {
          int index = groupNames[g][j];
          if (oneEditAway(kt, names.get(index), first, last)) {
            if (hits == null) {
              hits = new int[4];
            } else if (count == hits.length) {
              hits = Arrays.copyOf(hits, count * 2);
            }
            hits[count++] = index;
          }
        }
      }
      if (count > 0) {
        Arrays.sort(hits, 0, count); // the order of the names, as a scan of the whole list gives
        for (int k = 0; k < count; k++) {
          Name n = names.get(hits[k]);
          out.add(
              atEnd
                  ? new Hit(n.entry(), i - n.words() + 1, i)
                  : new Hit(n.entry(), i, i + n.words() - 1));
        }
      }
    }

    private static int lowerBound(int[] a, int v) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** The multi-word names a word can anchor: as their first word, as their last word. */
  private static final class Anchors {
    final Anchored first = new Anchored();
    final Anchored last = new Anchored();
  }

  /** One lookup per text word for both anchors (this runs on every word of every article). */
  private final Map<String, Anchors> byWord = new HashMap<>();

  /** One-word names by their first and by their last three characters, packed into a long. */
  private final Map<Long, List<Name>> byPrefix = new HashMap<>();

  private final Map<Long, List<Name>> bySuffix = new HashMap<>();
  private boolean indexed;

  void add(int entry, String key) {
    indexed = false;
    String[] words = key.split(" ");
    Name n = new Name(entry, key, words.length);
    if (words.length > 1) {
      byWord.computeIfAbsent(words[0], k -> new Anchors()).first.names.add(n);
      byWord.computeIfAbsent(words[words.length - 1], k -> new Anchors()).last.names.add(n);
    } else {
      byPrefix.computeIfAbsent(pack3(key, 0), k -> new ArrayList<>()).add(n);
      bySuffix.computeIfAbsent(pack3(key, key.length() - 3), k -> new ArrayList<>()).add(n);
    }
  }

  /**
   * Groups the anchored names; {@link EntityMatcher} calls it once, after the last {@link #add}.
   */
  void index() {
    for (Anchors a : byWord.values()) {
      a.first.index();
      a.last.index();
    }
    indexed = true;
  }

  /** Three characters from {@code from}, as one long (a map key without a substring). */
  private static long pack3(String s, int from) {
    return (long) s.charAt(from) << 32 | (long) s.charAt(from + 1) << 16 | s.charAt(from + 2);
  }

  List<Hit> find(KeyText kt) {
    if (!indexed) {
      throw new IllegalStateException("index() first");
    }
    List<Hit> out = new ArrayList<>();
    int n = kt.wordCount();
    for (int i = 0; i < n; i++) {
      String k = kt.keys.get(i);
      Anchors anchors = byWord.get(k);
      if (anchors != null) {
        anchors.first.find(kt, i, false, out);
        anchors.last.find(kt, i, true, out);
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
    if (first >= 0 && last < kt.wordCount() && oneEditAway(kt, name, first, last)) {
      out.add(new Hit(name.entry(), first, last));
    }
  }

  /** Whether words first..last (in range) of the key text are one edit, not zero, from the name. */
  private static boolean oneEditAway(KeyText kt, Name name, int first, int last) {
    int from = kt.tokenStart[first];
    int to = kt.tokenEnd[last];
    String key = name.key();
    if (Math.abs(to - from - key.length()) > 1
        || to - from == key.length() && kt.keyText.regionMatches(from, key, 0, key.length())) {
      return false;
    }
    return withinOneEdit(kt.keyText, from, to, key);
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
