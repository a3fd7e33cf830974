package org.msmepulse.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold file: JSON Lines of the jsonl input fields plus {@code gold} (see
 * spec/interface.md).
 */
public final class GoldFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFile() {}

  public static List<GoldArticle> read(Path file) throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(
              file + " line " + n + ": not JSON: " + String.valueOf(e.getMessage()).split("\n")[0]);
        }
        JsonNode gold = o.get("gold");
        if (gold == null || !gold.isObject() || o.get("text") == null) {
          throw new IOException(file + " line " + n + ": needs 'text' and a 'gold' object");
        }
        JsonNode month = gold.get("month");
        out.add(
            new GoldArticle(
                text(o.get("id"), "line " + n),
                text(o.get("published"), null),
                o.get("text").asText(),
                month == null || month.isNull() ? null : month.asText(),
                set(gold.get("schemes")),
                set(gold.get("states")),
                set(gold.get("districts"))));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String dflt) {
    return n == null || n.isNull() ? dflt : n.asText();
  }

  private static Set<String> set(JsonNode arr) {
    Set<String> s = new LinkedHashSet<>();
    if (arr != null && arr.isArray()) {
      arr.forEach(x -> s.add(x.asText()));
    }
    return s;
  }
}
