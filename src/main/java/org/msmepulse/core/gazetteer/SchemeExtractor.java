package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the schemes an article names. A context alias (समाधान, लीन, स्फूर्ति, मुद्रा, ...: also
 * ordinary words) counts only when a scheme cue (योजना, पोर्टल, स्कीम, ...) follows within {@value
 * #CUE_WINDOW} words — Hindi puts the head noun after the name ("स्पाइस और गिफ्ट योजनाओं", "समाधान
 * पोर्टल") — when it is written as a Latin capital acronym (LEAN, ZED), or when it stands in a list
 * with an unambiguous scheme name ("PMEGP या मुद्रा"). A bare "योजना" or "नई स्कीम" names nothing.
 * Names that share their last words are written once for two schemes ("स्टार्टअप और स्टैंडअप
 * इंडिया", "स्टार्टअप-स्टैंडअप-इंडिया"): a word joined to a scheme name by a hyphen, a comma or a
 * joining word (और, एवं, व, ...) counts as a scheme too when it and the name's last words are
 * another scheme's name. Build once per JVM; thread-safe.
 */
public final class SchemeExtractor {
  static final int CUE_WINDOW = 3;

  private final SchemeGazetteer gazetteer;
  private final EntityMatcher matcher;

  public SchemeExtractor(SchemeGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = new EntityMatcher(gazetteer.aliases);
  }

  public SchemeGazetteer gazetteer() {
    return gazetteer;
  }

  public List<SchemeMention> extract(KeyText kt) {
    Map<Integer, List<EntityMatcher.Match>> byScheme = new LinkedHashMap<>();
    List<EntityMatcher.Match> all = new ArrayList<>(matcher.find(kt));
    all.addAll(sharedHeads(kt, all));
    for (EntityMatcher.Match m : all) {
      for (int i = 0; i < m.entries().length; i++) {
        if (m.kinds()[i] == EntityMatcher.Kind.CONTEXT
            && !confirmed(kt, m)
            && !listedWithExact(kt, m, all)) {
          continue;
        }
        byScheme.computeIfAbsent(m.entries()[i], k -> new ArrayList<>()).add(m);
      }
    }
    List<SchemeMention> out = new ArrayList<>();
    for (Map.Entry<Integer, List<EntityMatcher.Match>> e : byScheme.entrySet()) {
      List<EntityMatcher.Match> ms = e.getValue();
      Set<String> surfaces = new LinkedHashSet<>();
      boolean allFuzzy = true;
      for (EntityMatcher.Match m : ms) {
        surfaces.add(kt.surface(m.firstWord(), m.lastWord()));
        allFuzzy &= m.fuzzy();
      }
      EntityMatcher.Match first = ms.get(0);
      out.add(
          new SchemeMention(
              gazetteer.schemes.get(e.getKey()).code(),
              ms.size(),
              new ArrayList<>(surfaces),
              kt.snippet(first.firstWord(), first.lastWord(), 40),
              allFuzzy));
    }
    return out;
  }

  /**
   * The schemes named by the words joined before an exact multi-word name, each with the name's
   * words after its first ("स्टार्टअप" + "इंडिया" of "स्टैंडअप इंडिया"), as matches of that word.
   */
  private List<EntityMatcher.Match> sharedHeads(KeyText kt, List<EntityMatcher.Match> found) {
    List<EntityMatcher.Match> out = new ArrayList<>();
    for (EntityMatcher.Match m : found) {
      if (!m.anyExact() || m.lastWord() == m.firstWord()) {
        continue;
      }
      String head = kt.surface(m.firstWord() + 1, m.lastWord());
      int next = m.firstWord();
      while (true) {
        int w = joinedBefore(kt, next);
        if (w < 0 || covered(found, w)) {
          break;
        }
        EntityMatcher.Match named = nameWithHead(kt, w, head, m);
        if (named == null) {
          break;
        }
        out.add(named);
        next = w;
      }
    }
    return out;
  }

  private static boolean covered(List<EntityMatcher.Match> found, int w) {
    for (EntityMatcher.Match o : found) {
      if (o.firstWord() <= w && w <= o.lastWord()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word joined to word {@code i} from the left by a hyphen, or in one list with it ({@link
   * KeyText#listed}: a comma or a joining word), or -1.
   */
  private static int joinedBefore(KeyText kt, int i) {
    if (i > 0 && ("-".equals(kt.punctAfter.get(i - 1)) || kt.listed(i - 1, i - 1, i, i))) {
      return i - 1;
    }
    return i > 1 && kt.listed(i - 2, i - 2, i, i) ? i - 2 : -1;
  }

  private EntityMatcher.Match nameWithHead(KeyText kt, int w, String head, EntityMatcher.Match of) {
    KeyText phrase = new KeyText(kt.surface(w, w) + " " + head);
    for (EntityMatcher.Match p : matcher.find(phrase)) {
      if (p.firstWord() == 0
          && p.lastWord() == phrase.wordCount() - 1
          && p.anyExact()
          && !java.util.Arrays.equals(p.entries(), of.entries())) {
        return new EntityMatcher.Match(w, w, p.entries(), p.kinds(), false, false);
      }
    }
    return null;
  }

  /** "PMEGP या मुद्रा": a context name listed with an unambiguous scheme name is a scheme too. */
  private static boolean listedWithExact(
      KeyText kt, EntityMatcher.Match m, List<EntityMatcher.Match> all) {
    for (EntityMatcher.Match o : all) {
      // a joining word, not a comma: "जूस और जैम, पीएमएफएमई" lists a food, not GeM
      if (o != m
          && o.anyExact()
          && kt.listed(m.firstWord(), m.lastWord(), o.firstWord(), o.lastWord(), false)) {
        return true;
      }
    }
    return false;
  }

  private boolean confirmed(KeyText kt, EntityMatcher.Match m) {
    String surface = kt.surface(m.firstWord(), m.lastWord());
    if (surface.length() >= 3 && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '-')) {
      return true;
    }
    for (int w = m.lastWord() + 1; w <= m.lastWord() + CUE_WINDOW && w < kt.wordCount(); w++) {
      if (gazetteer.cues.contains(kt.keys.get(w))
          || w + 1 < kt.wordCount()
              && gazetteer.cues.contains(kt.keys.get(w) + " " + kt.keys.get(w + 1))) {
        return true;
      }
      if (kt.punctuationAfter(w - 1)
          && !",".equals(kt.punctAfter.get(w - 1))
          && !"(".equals(kt.punctAfter.get(w - 1))
          && !")".equals(kt.punctAfter.get(w - 1))
          && !"'".equals(kt.punctAfter.get(w - 1))
          && !"\"".equals(kt.punctAfter.get(w - 1))) {
        return false; // a sentence ends before the cue
      }
    }
    return false;
  }
}
