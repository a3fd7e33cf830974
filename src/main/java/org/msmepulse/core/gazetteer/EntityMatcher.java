package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msmepulse.core.text.MatchKey;

/**
 * Finds the names of a gazetteer in a text, on {@link MatchKey} keys, with word boundaries, in one
 * Aho-Corasick pass ({@link AhoCorasick}) whatever the gazetteer size.
 *
 * <p>A name matches where it starts and ends on token boundaries, with three allowances that real
 * Hindi news needs:
 *
 * <ul>
 *   <li>a postposition or inflection glued after it where a scraper lost the space (योजनाके,
 *       हमीरपुरमें), from a fixed list of suffixes; bare vowel-sign endings only for names of at
 *       least {@value #VOWEL_SUFFIX_MIN_CHARS} characters, so धार does not match धारा;
 *   <li>a function word glued before it (तथाएमएसएमई, एकजागरूकता), for names of at least {@value
 *       #GLUE_MIN_CHARS} letters that are not {@link Kind#CONTEXT} names;
 *   <li>lost spaces inside a multi-word name (वनडिस्ट्रिक्ट वन प्रोडक्ट), and one edit (a letter
 *       missing, extra or wrong) in {@link Kind#EXACT} names of at least {@value #FUZZY_MIN_CHARS}
 *       characters (रोजगार सर्जन कार्यक्रम), found by {@link FuzzyNames}.
 * </ul>
 *
 * Overlapping candidates resolve to stop phrases first ("पंजाब नेशनल बैंक" is no mention of
 * Punjab), then the longest, then exact before fuzzy, then the earliest. Names listed as {@link
 * Kind#CONTEXT} come back flagged; the caller decides by context whether they count.
 */
public final class EntityMatcher {
  static final int FUZZY_MIN_CHARS = 10;

  /**
   * Names glued to a preceding word must have this many letters (म.प्र. must not match in काम पर).
   */
  private static final int GLUE_MIN_CHARS = 6;

  private static final int VOWEL_SUFFIX_MIN_CHARS = 5;

  private static final Set<String> GLUE_SUFFIXES =
      keys(
          "के", "की", "का", "में", "से", "को", "ने", "पर", "तक", "वासी", "वासियों", "वाले", "वाली",
          "स्थित", "ओं", "एं", "ें", "ों", "जी");
  private static final Set<String> VOWEL_SUFFIXES = keys("ो", "े", "ी", "ा");
  private static final Set<String> LATIN_SUFFIXES = Set.of("s", "es");
  private static final Set<String> GLUE_PREFIXES =
      keys(
          "तथा", "एवं", "और", "व", "के", "की", "का", "में", "से", "को", "ने", "पर", "हेतु",
          "द्वारा", "एक", "जिला", "जिले", "शहर", "राज्य", "प्रदेश", "ग्राम", "श्री");

  public enum Kind {
    /** An unambiguous name: counts wherever it matches. */
    EXACT,
    /** A name that is also a common word: counts only where the caller's context rule agrees. */
    CONTEXT,
    /** A phrase that contains a name but is no mention of it (a bank, a team): blocks matches. */
    STOP,
    /**
     * A name whose key is also a common word's but whose spelling is not ("उप्र", "ऊपर"): exact
     * where the text spells it as listed (letters and marks compared, dots and spaces left out),
     * nothing elsewhere. Matches come back {@link #EXACT}.
     */
    WRITTEN
  }

  /**
   * A name of entry {@code entry}; {@code oneEditToo}: also found one edit away (long names as
   * written; not forms derived from them, which would widen that net).
   */
  public record Alias(int entry, String surface, Kind kind, boolean oneEditToo)
      implements java.io.Serializable {
    public Alias(int entry, String surface, Kind kind) {
      this(entry, surface, kind, true);
    }
  }

  /** One key the automaton holds for an alias: its own key or a lost-space form of it. */
  /** {@code written}: for a {@link Kind#WRITTEN} name, its letters as listed; else null. */
  private record Variant(int entry, Kind kind, int length, String written) {}

  /** A resolved mention: the words it covers and the entries (several when a name is shared). */
  public record Match(
      int firstWord, int lastWord, int[] entries, Kind[] kinds, boolean fuzzy, boolean glued) {
    public boolean anyExact() {
      for (Kind k : kinds) {
        if (k == Kind.EXACT) {
          return true;
        }
      }
      return false;
    }
  }

  private final AhoCorasick automaton = new AhoCorasick();
  private final FuzzyNames fuzzy = new FuzzyNames();
  private final List<Variant> variants = new ArrayList<>();
  private int[] lengths;

  public EntityMatcher(List<Alias> aliases) {
    Set<String> seen = new HashSet<>();
    for (Alias a : aliases) {
      String key = MatchKey.ofPhrase(a.surface());
      if (key.isEmpty()) {
        continue;
      }
      addVariant(key, a, seen);
      if (a.kind() == Kind.STOP) {
        continue;
      }
      String[] words = key.split(" ");
      if (words.length > 1 && letters(key, 0, key.length()) >= GLUE_MIN_CHARS) {
        // lost spaces: only for names long enough not to fold into a common word (उ.प्र. = उपर =
        // ऊपर)
        addVariant(key.replace(" ", ""), a, seen);
        for (int i = 0; i + 1 < words.length; i++) {
          String left = String.join(" ", Arrays.copyOfRange(words, 0, i + 1));
          String right = String.join(" ", Arrays.copyOfRange(words, i + 1, words.length));
          addVariant(left + right, a, seen); // one lost space
        }
      }
      if (key.length() >= FUZZY_MIN_CHARS && a.kind() == Kind.EXACT && a.oneEditToo()) {
        fuzzy.add(a.entry(), key);
      }
    }
    lengths = new int[variants.size()];
    for (int i = 0; i < variants.size(); i++) {
      lengths[i] = variants.get(i).length();
    }
    automaton.build();
    fuzzy.index();
  }

  private void addVariant(String key, Alias a, Set<String> seen) {
    if (!seen.add(a.entry() + "\u0000" + a.kind() + "\u0000" + key)) {
      return;
    }
    automaton.add(key, variants.size());
    variants.add(
        new Variant(
            a.entry(),
            a.kind(),
            key.length(),
            a.kind() == Kind.WRITTEN
                ? spelling(org.msmepulse.core.text.DevanagariNormalizer.normalize(a.surface()))
                : null));
  }

  /** The letters and marks of {@code s}, lower-cased: "उ.प्र." and "उप्र" are one. */
  static String spelling(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK)
        .forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString();
  }

  public int automatonNodes() {
    return automaton.nodes();
  }

  /**
   * A span some names match; {@code fuzzy} when only a one-edit match ({@link FuzzyNames}) found
   * it.
   */
  private record Candidate(
      int start,
      int end,
      int firstWord,
      int lastWord,
      boolean fuzzy,
      boolean glued,
      boolean stop,
      Map<Integer, Kind> entries) {}

  public List<Match> find(KeyText kt) {
    if (kt.wordCount() == 0) {
      return List.of();
    }
    String s = kt.keyText;
    Map<Long, Candidate> bySpan = new LinkedHashMap<>();
    for (AhoCorasick.Hit h : automaton.findAll(s, lengths)) {
      Variant v = variants.get(h.payload());
      int first = kt.tokenOfChar[h.start()];
      int last = kt.tokenOfChar[h.end() - 1];
      if (v.written() != null && !v.written().equals(spelling(kt.surface(first, last)))) {
        continue; // the common word its key also is
      }
      boolean glued = false;
      int ts = kt.tokenStart[first];
      if (h.start() != ts) {
        String prefix = s.substring(ts, h.start());
        if (v.kind() == Kind.CONTEXT
            || v.kind() == Kind.WRITTEN
            || letters(s, h.start(), h.end()) < GLUE_MIN_CHARS
            || !GLUE_PREFIXES.contains(prefix)) {
          continue;
        }
        glued = true;
      }
      int te = kt.tokenEnd[last];
      if (h.end() != te) {
        String suffix = s.substring(h.end(), te);
        boolean ok =
            GLUE_SUFFIXES.contains(suffix)
                || VOWEL_SUFFIXES.contains(suffix) && v.length() >= VOWEL_SUFFIX_MIN_CHARS
                || LATIN_SUFFIXES.contains(suffix) && isLatin(s.charAt(h.end() - 1));
        if (!ok) {
          continue;
        }
        glued = true;
      }
      long span = ((long) h.start() << 32) | h.end();
      Candidate c = bySpan.get(span);
      if (c == null) {
        c =
            new Candidate(
                h.start(),
                h.end(),
                first,
                last,
                false,
                glued,
                v.kind() == Kind.STOP,
                new LinkedHashMap<>());
        bySpan.put(span, c);
      } else if (v.kind() == Kind.STOP && !c.stop()) {
        // a stop phrase with the span of a name: the span blocks
        c = new Candidate(c.start(), c.end(), first, last, false, glued, true, c.entries());
        bySpan.put(span, c);
      }
      Kind kind = v.kind() == Kind.WRITTEN ? Kind.EXACT : v.kind();
      c.entries()
          .merge(v.entry(), kind, (a, b) -> a == Kind.EXACT || b == Kind.EXACT ? Kind.EXACT : a);
    }
    // one-edit matches, on spans the automaton did not match
    for (FuzzyNames.Hit f : fuzzy.find(kt)) {
      long span = ((long) kt.tokenStart[f.firstWord()] << 32) | kt.tokenEnd[f.lastWord()];
      if (!bySpan.containsKey(span)) {
        Map<Integer, Kind> e = new LinkedHashMap<>();
        e.put(f.entry(), Kind.EXACT);
        bySpan.put(
            span,
            new Candidate(
                kt.tokenStart[f.firstWord()],
                kt.tokenEnd[f.lastWord()],
                f.firstWord(),
                f.lastWord(),
                true,
                false,
                false,
                e));
      }
    }
    List<Candidate> cands = new ArrayList<>(bySpan.values());
    cands.sort(
        Comparator.<Candidate>comparingInt(c -> c.stop() ? 0 : 1)
            .thenComparingInt(c -> -(c.end() - c.start()))
            .thenComparingInt(c -> c.fuzzy() ? 1 : 0)
            .thenComparingInt(Candidate::start));
    BitSet taken = new BitSet(kt.wordCount());
    List<Match> out = new ArrayList<>();
    for (Candidate c : cands) {
      if (taken.get(c.firstWord(), c.lastWord() + 1).cardinality() > 0) {
        continue;
      }
      taken.set(c.firstWord(), c.lastWord() + 1);
      if (c.stop()) {
        continue;
      }
      int[] entries = new int[c.entries().size()];
      Kind[] kinds = new Kind[entries.length];
      int i = 0;
      for (Map.Entry<Integer, Kind> e : c.entries().entrySet()) {
        entries[i] = e.getKey();
        kinds[i++] = e.getValue();
      }
      out.add(new Match(c.firstWord(), c.lastWord(), entries, kinds, c.fuzzy(), c.glued()));
    }
    out.sort(Comparator.comparingInt(Match::firstWord));
    return out;
  }

  private static int letters(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetter(c);
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(MatchKey.of(w));
    }
    return out;
  }
}
