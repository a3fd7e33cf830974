package org.msmepulse.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Joins the sample corpus with its labels into one gold file. */
final class SampleGold {
  private SampleGold() {}

  static void write(Path articles, Path labels, Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> a = Files.readAllLines(articles, StandardCharsets.UTF_8);
    List<String> l = Files.readAllLines(labels, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      ObjectNode art = (ObjectNode) json.readTree(a.get(i));
      ObjectNode lab = (ObjectNode) json.readTree(l.get(i));
      if (!art.get("id").asText().equals(lab.get("id").asText())) {
        throw new IOException("labels out of step with articles at line " + (i + 1));
      }
      art.set("gold", lab.get("gold"));
      lines.add(json.writeValueAsString(art));
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
