package org.msmepulse.stages.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One JSON Lines record to a raw record row: {@code text} required, {@code id}, {@code title},
 * {@code url}, {@code source}, {@code published} optional, other fields ignored. A line that is not
 * valid UTF-8, not JSON, not an object, or has no string {@code text} becomes a row with its
 * reason.
 */
public final class JsonLineParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLineParser() {}

  public static Row parse(String recordSource, byte[] bytes, int length) {
    // Strictly UTF-8: a file's byte order mark is read once, at its start, by the reader; two bytes
    // FF FE at the start of a line are junk, not a switch to UTF-16.
    return parsed(
        recordSource,
        RecordDecoding.decode(bytes, 0, length, StandardCharsets.UTF_8),
        bytes,
        length,
        StandardCharsets.UTF_8);
  }

  /** A line of a file whose encoding is known from its byte order mark (UTF-16). */
  public static Row parse(String recordSource, byte[] bytes, Charset charset) {
    return parsed(
        recordSource,
        RecordDecoding.decode(bytes, 0, bytes.length, charset),
        bytes,
        bytes.length,
        charset);
  }

  private static Row parsed(
      String recordSource, RecordDecoding.Decoded d, byte[] bytes, int length, Charset cs) {
    if (d.error() != null) {
      String reason = d.error().equals("empty file") ? "empty record" : d.error();
      return error(recordSource, reason, RecordDecoding.excerpt(bytes, length, cs));
    }
    return parse(recordSource, d.text());
  }

  public static Row parse(String recordSource, String line) {
    if (line.isBlank()) {
      return error(recordSource, "empty record", "");
    }
    if (line.charAt(0) == '\uFEFF') {
      line = line.substring(1); // the mark of a file concatenated into this one
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      return error(
          recordSource, "invalid JSON: " + firstLine(e.getMessage()), RecordDecoding.excerpt(line));
    }
    if (node == null || !node.isObject()) {
      return error(recordSource, "JSON value is not an object", RecordDecoding.excerpt(line));
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return error(recordSource, "record has no text", RecordDecoding.excerpt(line));
    }
    if (!text.isTextual()) {
      return error(recordSource, "text is not a string", RecordDecoding.excerpt(line));
    }
    String id = scalar(node.get("id"));
    String[] fields = {
      id,
      scalar(node.get("title")),
      scalar(node.get("url")),
      scalar(node.get("source")),
      scalar(node.get("published")),
      text.asText()
    };
    for (String f : fields) {
      if (hasUnpairedSurrogate(f)) {
        // A \uD800-\uDFFF escape on its own is no character: written out as UTF-8 it would turn
        // into '?' without a word, so the record goes to quarantine instead.
        return error(
            recordSource,
            "unpaired surrogate escape in a JSON string",
            RecordDecoding.excerpt(line));
      }
    }
    return RowFactory.create(
        recordSource,
        id,
        fields[0],
        fields[1],
        fields[2],
        fields[3],
        fields[4],
        fields[5],
        null,
        null);
  }

  static boolean hasUnpairedSurrogate(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static String scalar(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static Row error(String recordSource, String reason, String excerpt) {
    return RowFactory.create(
        recordSource, null, null, null, null, null, null, null, reason, excerpt);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
