package org.msmepulse.core.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msmepulse.core.io.Csv;

/**
 * The places to find, loaded from {@code conf/gazetteer/}: {@code states.csv} (state_code,
 * lgd_state_code, name_en, name_hi, aliases, context_aliases), {@code districts.csv}
 * (lgd_district_code, state_code, name_en, name_hi, aliases, context_aliases), {@code places.csv}
 * (cities, towns and industrial areas: name_en, name_hi, aliases, context_aliases,
 * lgd_district_code, state_code, kind) and {@code region-stop-phrases.txt}. Each entry resolves to
 * a {@link Region}: a state, or a district with its state. Serializable for Spark's broadcast.
 */
public final class RegionGazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an entry names; a place resolves to its district. */
  public enum EntryType {
    STATE,
    DISTRICT,
    PLACE,
    CULTURAL_REGION
  }

  /**
   * One name list entry; {@code kind} is the places.csv kind (city, town, industrial_area) or null.
   */
  record Entry(EntryType type, Region region, String name, String kind) implements Serializable {}

  final List<Entry> entries = new ArrayList<>();
  final List<EntityMatcher.Alias> aliases = new ArrayList<>();
  final Map<String, Region> states = new HashMap<>();
  final Map<String, Region> districts = new HashMap<>();

  /**
   * For a cultural region entry (बुंदेलखंड, विदर्भ): the states it lies in. Evidence only, never
   * output.
   */
  final Map<Integer, List<String>> culturalStates = new HashMap<>();

  public static RegionGazetteer load(String dir) {
    RegionGazetteer g = new RegionGazetteer();
    for (Map<String, String> row : Csv.read(dir + "/states.csv")) {
      String code = row.get("state_code");
      Region r = new Region(code, row.get("name_en"), row.get("name_hi"), null, null, null);
      g.states.put(code, r);
      g.addEntry(EntryType.STATE, r, row.get("name_en"), row);
    }
    for (Map<String, String> row : Csv.read(dir + "/districts.csv")) {
      Region state = g.requireState(row.get("state_code"), dir + "/districts.csv");
      String code = row.get("lgd_district_code");
      Region r =
          new Region(
              state.stateCode(),
              state.stateNameEn(),
              state.stateNameHi(),
              code,
              row.get("name_en"),
              row.get("name_hi"));
      if (g.districts.put(code, r) != null) {
        throw new IllegalArgumentException(
            "conf/" + dir + "/districts.csv: repeated district code " + code);
      }
      g.addEntry(EntryType.DISTRICT, r, row.get("name_en"), row);
    }
    for (Map<String, String> row : Csv.read(dir + "/places.csv")) {
      String district = row.get("lgd_district_code");
      Region r;
      if (district == null || district.isEmpty()) {
        r = g.requireState(row.get("state_code"), dir + "/places.csv");
      } else {
        r = g.districts.get(district);
        if (r == null) {
          throw new IllegalArgumentException(
              "conf/"
                  + dir
                  + "/places.csv: "
                  + row.get("name_en")
                  + " names unknown district code "
                  + district);
        }
      }
      g.addEntry(EntryType.PLACE, r, row.get("name_en"), row);
    }
    for (Map<String, String> row : optionalCsv(dir + "/cultural-regions.csv")) {
      List<String> states = SchemeGazetteer.split(row.get("state_codes"));
      for (String s : states) {
        g.requireState(s, dir + "/cultural-regions.csv");
      }
      g.culturalStates.put(g.entries.size(), states);
      g.addEntry(EntryType.CULTURAL_REGION, g.states.get(states.get(0)), row.get("name_en"), row);
    }
    for (String stop : SchemeGazetteer.optionalLines(dir + "/region-stop-phrases.txt")) {
      g.aliases.add(new EntityMatcher.Alias(-1, stop, EntityMatcher.Kind.STOP));
    }
    return g;
  }

  private static List<Map<String, String>> optionalCsv(String path) {
    try {
      return Csv.read(path);
    } catch (IllegalArgumentException missing) {
      if (missing.getMessage() != null
          && missing.getMessage().startsWith("reference file not found")) {
        return List.of();
      }
      throw missing;
    }
  }

  private Region requireState(String code, String file) {
    Region s = states.get(code);
    if (s == null) {
      throw new IllegalArgumentException("conf/" + file + ": unknown state code " + code);
    }
    return s;
  }

  private void addEntry(EntryType type, Region r, String name, Map<String, String> row) {
    int id = entries.size();
    entries.add(new Entry(type, r, name, row.get("kind")));
    Set<String> contextual = new HashSet<>(SchemeGazetteer.split(row.get("context_aliases")));
    for (String a : contextual) {
      aliases.add(new EntityMatcher.Alias(id, a, EntityMatcher.Kind.CONTEXT));
    }
    List<String> exact = new ArrayList<>(SchemeGazetteer.split(row.get("aliases")));
    exact.add(row.get("name_en"));
    exact.add(row.get("name_hi"));
    for (String a : exact) {
      if (a != null && !a.isBlank() && !contextual.contains(a)) {
        aliases.add(new EntityMatcher.Alias(id, a, StopwordNames.kindOf(a)));
      }
    }
  }

  public Region state(String code) {
    return states.get(code);
  }

  public Region district(String lgdCode) {
    return districts.get(lgdCode);
  }

  public java.util.Collection<Region> states() {
    return states.values();
  }

  public java.util.Collection<Region> districts() {
    return districts.values();
  }

  public int stateCount() {
    return states.size();
  }

  public int districtCount() {
    return districts.size();
  }

  public int entryCount() {
    return entries.size();
  }
}
