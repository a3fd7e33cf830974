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
 * Build once per JVM; thread-safe.
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
    List<EntityMatcher.Match> all = matcher.find(kt);
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
