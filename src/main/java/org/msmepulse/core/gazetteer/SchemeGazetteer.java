package org.msmepulse.core.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msmepulse.core.io.ConfFiles;
import org.msmepulse.core.io.Csv;

/**
 * The schemes to find, loaded from {@code conf/gazetteer/schemes.csv} (code, name_en, name_hi,
 * level, aliases, context_aliases; aliases separated by ';'), with the cue words of {@code
 * scheme-cues.txt} that confirm a context alias and the stop phrases of {@code
 * scheme-stop-phrases.txt}. Plain data: serializable, so Spark can broadcast it.
 *
 * <p>News often names a scheme with another generic word than its own ("प्रधानमंत्री रोजगार सृजन
 * योजना" for the कार्यक्रम, "Mudra Scheme" for the Yojana): every alias that ends in a generic word
 * ({@link #GENERIC}) also matches with each of the others of its script, unless that form is
 * another scheme's alias.
 */
public final class SchemeGazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  final List<Scheme> schemes = new ArrayList<>();
  final List<EntityMatcher.Alias> aliases = new ArrayList<>();
  final Set<String> cues = new HashSet<>();

  /** The head nouns a scheme's name ends in, which news uses one for another. */
  static final List<String> GENERIC =
      List.of(
          "योजना",
          "कार्यक्रम",
          "स्कीम",
          "प्रोग्राम",
          "मिशन",
          "yojana",
          "scheme",
          "programme",
          "program",
          "mission");

  public static SchemeGazetteer load(String dir) {
    SchemeGazetteer g = new SchemeGazetteer();
    Set<String> codes = new HashSet<>();
    for (Map<String, String> row : Csv.read(dir + "/schemes.csv")) {
      String code = row.get("code");
      if (code == null || code.isEmpty() || !codes.add(code)) {
        throw new IllegalArgumentException(
            "conf/" + dir + "/schemes.csv: missing or repeated code: " + code);
      }
      int id = g.schemes.size();
      g.schemes.add(
          new Scheme(
              code, row.get("name_en"), row.get("name_hi"), row.getOrDefault("level", "central")));
      Set<String> contextual = new HashSet<>(split(row.get("context_aliases")));
      for (String a : contextual) {
        g.aliases.add(new EntityMatcher.Alias(id, a, EntityMatcher.Kind.CONTEXT));
      }
      List<String> exact = new ArrayList<>(split(row.get("aliases")));
      exact.add(row.get("name_en"));
      exact.add(row.get("name_hi"));
      exact.add(code);
      for (String a : exact) {
        if (a != null && !a.isBlank() && !contextual.contains(a)) {
          g.aliases.add(new EntityMatcher.Alias(id, a, StopwordNames.kindOf(a)));
        }
      }
    }
    g.addGenericVariants();
    for (String cue : ConfFiles.lines(dir + "/scheme-cues.txt")) {
      g.cues.add(org.msmepulse.core.text.MatchKey.ofPhrase(cue));
    }
    for (String stop : optionalLines(dir + "/scheme-stop-phrases.txt")) {
      g.aliases.add(new EntityMatcher.Alias(-1, stop, EntityMatcher.Kind.STOP));
    }
    return g;
  }

  /** Each exact alias ending in a generic word, with each other generic word instead. */
  private void addGenericVariants() {
    java.util.Map<String, Integer> owner = new java.util.HashMap<>();
    for (EntityMatcher.Alias a : aliases) {
      owner.putIfAbsent(org.msmepulse.core.text.MatchKey.ofPhrase(a.surface()), a.entry());
    }
    List<EntityMatcher.Alias> variants = new ArrayList<>();
    for (EntityMatcher.Alias a : aliases) {
      String surface = a.surface();
      int space = surface.lastIndexOf(' ');
      if (a.kind() != EntityMatcher.Kind.EXACT || space <= 0) {
        continue;
      }
      String last = surface.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
      if (!GENERIC.contains(last)) {
        continue;
      }
      boolean devanagari = devanagariOnly(surface);
      if (!devanagari && !latinOnly(surface)) {
        continue; // "RAMP योजना": mixed scripts, left as written
      }
      for (String other : GENERIC) {
        if (devanagariOnly(other) != devanagari) {
          continue;
        }
        String variant = surface.substring(0, space + 1) + other;
        String key = org.msmepulse.core.text.MatchKey.ofPhrase(variant);
        if (owner.putIfAbsent(key, a.entry()) == null) {
          variants.add(
              new EntityMatcher.Alias(a.entry(), variant, EntityMatcher.Kind.EXACT, false));
        }
      }
    }
    aliases.addAll(variants);
  }

  private static boolean devanagariOnly(String s) {
    return s.codePoints().noneMatch(c -> Character.isLetter(c) && (c < 0x0900 || c > 0x097F));
  }

  private static boolean latinOnly(String s) {
    return s.codePoints().noneMatch(c -> Character.isLetter(c) && c > 0x024F);
  }

  static List<String> optionalLines(String path) {
    try {
      return ConfFiles.lines(path);
    } catch (IllegalArgumentException missing) {
      return List.of();
    }
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String p : s.split(";")) {
      String t = p.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  public List<Scheme> schemes() {
    return schemes;
  }

  public Scheme byCode(String code) {
    for (Scheme s : schemes) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return null;
  }
}
