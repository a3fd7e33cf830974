package org.msmepulse.core.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msmepulse.core.text.MatchKey;

/**
 * Finds the states, districts and places an article names and resolves each to a {@link Region}.
 *
 * <p>Context names (गया, सूरत, कोटा, धार, मंडी: also common words) count only with place context: a
 * cue right after (X जिले, X शहर) or right before (जिला X, जनपद X), a dateline position (the name
 * opens a line of the dateline zone, {@link org.msmepulse.core.text.Dateline}, and punctuation or
 * the line end follows: "सूरत", "दुर्ग , मई 2022"), or its own state named within {@value
 * #STATE_WINDOW} words ("राजस्थान के कोटा", "गया (बिहार)"). A state's context name (उप्र, UP) also
 * counts before a word of state government ("उप्र सरकार", "UP के मुख्यमंत्री").
 *
 * <p>A name shared by districts of several states (Hamirpur, Aurangabad, Bilaspur, Pratapgarh)
 * resolves to the candidate whose state the article otherwise names (the state itself, or another
 * unambiguous place in it), else whose state holds a cultural region the article names (बुंदेलखंड,
 * विदर्भ: {@code cultural-regions.csv}); with no evidence, to the first candidate. Every district
 * named adds its state. Build once per JVM; thread-safe.
 */
public final class RegionExtractor {
  static final int STATE_WINDOW = 4;
  // Not "नगर" alone: "गोमती नगर", "अशोक नगर" are localities named after something else.
  private static final Set<String> CUES_AFTER =
      keys(
          "जिला",
          "जिले",
          "जिलों",
          "ज़िले",
          "जनपद",
          "शहर",
          "महानगर",
          "कस्बे",
          "कस्बा",
          "संभाग",
          "मंडल",
          "तहसील",
          "district",
          "city",
          "dist");
  private static final Set<String> CUE_PAIRS_AFTER =
      Set.of(
          MatchKey.ofPhrase("नगर निगम"),
          MatchKey.ofPhrase("नगर पालिका"),
          MatchKey.ofPhrase("नगर परिषद"),
          MatchKey.ofPhrase("नगर पंचायत"));
  private static final Set<String> CUES_BEFORE =
      keys("जिला", "जिले", "जनपद", "शहर", "पड़ोसी", "district", "city", "dist");

  /**
   * Words after a state's context name (उप्र, UP, एमपी) that make it the state: its government,
   * chief minister, assembly ("उप्र सरकार", "UP के मुख्यमंत्री" with the postposition between).
   */
  private static final Set<String> STATE_CUES_AFTER =
      keys(
          "सरकार",
          "सरकारों",
          "शासन",
          "राज्य",
          "मुख्यमंत्री",
          "सीएम",
          "विधानसभा",
          "कैबिनेट",
          "मंत्रिमंडल",
          "government",
          "govt",
          "cm");

  /**
   * Words after a name that make it a block, village or locality of that name, not the district.
   */
  private static final Set<String> SUBDISTRICT_AFTER =
      keys(
          "ब्लॉक", "ब्लाक", "प्रखंड", "तहसील", "गांव", "ग्राम", "मोहल्ला", "कॉलोनी", "चौक", "बाजार",
          "block", "village");

  /**
   * Words after a name that make it a road named after the place it leads to ("मेरठ रोड" in
   * Ghaziabad).
   */
  private static final Set<String> ROAD_AFTER =
      keys("रोड", "मार्ग", "हाईवे", "एक्सप्रेसवे", "बाईपास", "road", "highway", "expressway");

  private final RegionGazetteer gazetteer;
  private final EntityMatcher matcher;

  public RegionExtractor(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = new EntityMatcher(gazetteer.aliases);
  }

  public RegionGazetteer gazetteer() {
    return gazetteer;
  }

  private record Accepted(EntityMatcher.Match match, List<RegionGazetteer.Entry> candidates) {}

  public List<RegionMention> extract(KeyText kt) {
    List<EntityMatcher.Match> matches = matcher.find(kt);
    // States named by exact mentions, with their positions, for the context rule.
    Map<String, List<Integer>> statePositions = new LinkedHashMap<>();
    for (EntityMatcher.Match m : matches) {
      for (int i = 0; i < m.entries().length; i++) {
        RegionGazetteer.Entry e = gazetteer.entries.get(m.entries()[i]);
        if (e.type() == RegionGazetteer.EntryType.STATE
            && m.kinds()[i] == EntityMatcher.Kind.EXACT) {
          statePositions
              .computeIfAbsent(e.region().stateCode(), k -> new ArrayList<>())
              .add(m.firstWord());
        }
      }
    }
    List<Accepted> accepted = new ArrayList<>();
    for (EntityMatcher.Match m : matches) {
      List<RegionGazetteer.Entry> cands = new ArrayList<>();
      for (int i = 0; i < m.entries().length; i++) {
        RegionGazetteer.Entry e = gazetteer.entries.get(m.entries()[i]);
        if (m.kinds()[i] == EntityMatcher.Kind.CONTEXT
            && !confirmed(kt, m, e, statePositions, matches)) {
          continue;
        }
        cands.add(e);
      }
      if (!cands.isEmpty()) {
        accepted.add(new Accepted(m, cands));
      }
    }
    // Roads named after a place are no mention of it.
    accepted.removeIf(
        a -> {
          int after = a.match().lastWord() + 1;
          return after < kt.wordCount()
              && !kt.breakAfter(a.match().lastWord())
              && ROAD_AFTER.contains(kt.keys.get(after));
        });
    // Cultural regions (बुंदेलखंड, विदर्भ) are evidence of their states, never output themselves.
    Set<String> regionalEvidence = new HashSet<>();
    accepted.removeIf(
        a -> {
          boolean cultural =
              a.candidates().stream()
                  .allMatch(e -> e.type() == RegionGazetteer.EntryType.CULTURAL_REGION);
          if (cultural) {
            for (int id : a.match().entries()) {
              regionalEvidence.addAll(gazetteer.culturalStates.getOrDefault(id, List.of()));
            }
          }
          return cultural;
        });
    // State evidence from unambiguous mentions.
    Set<String> evidence = new HashSet<>(statePositions.keySet());
    for (Accepted a : accepted) {
      Set<String> states = statesOf(a.candidates());
      if (states.size() == 1) {
        evidence.addAll(states);
      }
    }
    // "देहरादून के रायपुर ब्लॉक": a block or street named like a district of a state the article
    // does
    // not otherwise name is not that district.
    accepted.removeIf(
        a -> {
          int after = a.match().lastWord() + 1;
          return after < kt.wordCount()
              && !kt.breakAfter(a.match().lastWord())
              && SUBDISTRICT_AFTER.contains(kt.keys.get(after))
              && a.candidates().stream()
                  .noneMatch(e -> evidenceWithout(accepted, a).contains(e.region().stateCode()));
        });
    // A town of a state the article does not otherwise name, while it names other states, is
    // more likely a namesake (a block or village elsewhere) than the town: dropped.
    if (!evidence.isEmpty()) {
      accepted.removeIf(
          a ->
              a.candidates().stream()
                  .allMatch(
                      e ->
                          "town".equals(e.kind())
                              && !evidenceWithout(accepted, a).contains(e.region().stateCode())));
    }
    Map<Region, List<int[]>> byRegion = new LinkedHashMap<>();
    Map<Region, Set<String>> surfaces = new LinkedHashMap<>();
    for (Accepted a : accepted) {
      Region r = choose(a.candidates(), evidence, regionalEvidence);
      String surface = kt.surface(a.match().firstWord(), a.match().lastWord());
      byRegion
          .computeIfAbsent(r, k -> new ArrayList<>())
          .add(new int[] {a.match().firstWord(), a.match().lastWord()});
      surfaces.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(surface);
      if (!r.isState()) {
        Region state = gazetteer.state(r.stateCode());
        byRegion
            .computeIfAbsent(state, k -> new ArrayList<>())
            .add(new int[] {a.match().firstWord(), a.match().lastWord()});
        surfaces.computeIfAbsent(state, k -> new LinkedHashSet<>()).add(surface);
      }
    }
    List<RegionMention> out = new ArrayList<>();
    for (Map.Entry<Region, List<int[]>> e : byRegion.entrySet()) {
      int[] first = e.getValue().get(0);
      out.add(
          new RegionMention(
              e.getKey(),
              e.getValue().size(),
              new ArrayList<>(surfaces.get(e.getKey())),
              kt.snippet(first[0], first[1], 40)));
    }
    return out;
  }

  /** States named by unambiguous mentions other than {@code except}. */
  private Set<String> evidenceWithout(List<Accepted> accepted, Accepted except) {
    Set<String> out = new HashSet<>();
    for (Accepted a : accepted) {
      if (a != except) {
        Set<String> states = statesOf(a.candidates());
        if (states.size() == 1) {
          out.addAll(states);
        }
      }
    }
    return out;
  }

  private static Set<String> statesOf(List<RegionGazetteer.Entry> cands) {
    Set<String> s = new LinkedHashSet<>();
    for (RegionGazetteer.Entry e : cands) {
      s.add(e.region().stateCode());
    }
    return s;
  }

  private static Region choose(
      List<RegionGazetteer.Entry> cands, Set<String> evidence, Set<String> regionalEvidence) {
    if (cands.size() == 1) {
      return cands.get(0).region();
    }
    if (statesOf(cands).size() == 1) {
      // A state and its own district share the name (Chandigarh): the district, which implies the
      // state.
      for (RegionGazetteer.Entry e : cands) {
        if (!e.region().isState()) {
          return e.region();
        }
      }
    }
    for (RegionGazetteer.Entry e : cands) {
      if (evidence.contains(e.region().stateCode())) {
        return e.region();
      }
    }
    for (RegionGazetteer.Entry e : cands) {
      if (regionalEvidence.contains(e.region().stateCode())) {
        return e.region();
      }
    }
    return cands.get(0).region();
  }

  private boolean confirmed(
      KeyText kt,
      EntityMatcher.Match m,
      RegionGazetteer.Entry e,
      Map<String, List<Integer>> statePositions,
      List<EntityMatcher.Match> all) {
    int first = m.firstWord();
    int last = m.lastWord();
    for (EntityMatcher.Match o : all) {
      if (o != m && o.anyExact() && listedWith(kt, m, o)) {
        return true;
      }
    }
    if (last + 1 < kt.wordCount()
        && !kt.breakAfter(last)
        && CUES_AFTER.contains(kt.keys.get(last + 1))) {
      return true;
    }
    if (last + 2 < kt.wordCount()
        && !kt.breakAfter(last)
        && !kt.breakAfter(last + 1)
        && CUE_PAIRS_AFTER.contains(kt.keys.get(last + 1) + " " + kt.keys.get(last + 2))) {
      return true;
    }
    if (first > 0 && !kt.breakAfter(first - 1) && CUES_BEFORE.contains(kt.keys.get(first - 1))) {
      return true;
    }
    if (e.type() == RegionGazetteer.EntryType.STATE && stateCueAfter(kt, last)) {
      return true;
    }
    if (kt.lineStart(first) && kt.inDateline(first) && kt.breakAfter(last)) {
      return true;
    }
    if (e.type() != RegionGazetteer.EntryType.STATE) {
      List<Integer> pos = statePositions.get(e.region().stateCode());
      if (pos != null) {
        for (int p : pos) {
          if (Math.abs(p - first) <= STATE_WINDOW
              && sameSentence(kt, Math.min(p, first), Math.max(p, first))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A state cue right after the name, or after one postposition (के, की, का). */
  private static boolean stateCueAfter(KeyText kt, int last) {
    for (int w = last + 1; w <= last + 2 && w < kt.wordCount(); w++) {
      if (kt.breakAfter(w - 1)) {
        return false;
      }
      if (STATE_CUES_AFTER.contains(kt.keys.get(w))) {
        return true;
      }
      if (!GENITIVE.contains(kt.keys.get(w))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> GENITIVE = keys("के", "की", "का");

  /** Whether no sentence end or line break falls between words a and b. */
  private static boolean sameSentence(KeyText kt, int a, int b) {
    for (int w = a; w < b; w++) {
      String p = kt.punctAfter.get(w);
      if (kt.lineStart(w + 1)
          || "।".equals(p)
          || ".".equals(p)
          || "?".equals(p)
          || "!".equals(p)
          || "॥".equals(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean listedWith(KeyText kt, EntityMatcher.Match a, EntityMatcher.Match b) {
    return kt.listed(a.firstWord(), a.lastWord(), b.firstWord(), b.lastWord());
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(MatchKey.of(w));
    }
    return out;
  }
}
