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
 */
public final class SchemeGazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  final List<Scheme> schemes = new ArrayList<>();
  final List<EntityMatcher.Alias> aliases = new ArrayList<>();
  final Set<String> cues = new HashSet<>();

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
    for (String cue : ConfFiles.lines(dir + "/scheme-cues.txt")) {
      g.cues.add(org.msmepulse.core.text.MatchKey.ofPhrase(cue));
    }
    for (String stop : optionalLines(dir + "/scheme-stop-phrases.txt")) {
      g.aliases.add(new EntityMatcher.Alias(-1, stop, EntityMatcher.Kind.STOP));
    }
    return g;
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
