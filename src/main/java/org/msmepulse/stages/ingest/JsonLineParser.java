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
 * valid UTF-8, not JSON, not an object, or has no string {@code text} becomes a row with its reason.
 */
public final class JsonLineParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLineParser() {}

  public static Row parse(String recordSource, byte[] bytes, int length) {
    return parsed(recordSource, RecordDecoding.decode(bytes, length), bytes, length, StandardCharsets.UTF_8);
  }

  /** A line of a file whose encoding is known from its byte order mark (UTF-16). */
  public static Row parse(String recordSource, byte[] bytes, Charset charset) {
    return parsed(recordSource, RecordDecoding.decode(bytes, 0, bytes.length, charset), bytes, bytes.length, charset);
  }

  private static Row parsed(String recordSource, RecordDecoding.Decoded d, byte[] bytes, int length, Charset cs) {
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
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      return error(recordSource, "invalid JSON: " + firstLine(e.getMessage()), RecordDecoding.excerpt(line));
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
    return RowFactory.create(recordSource, id, id, scalar(node.get("title")), scalar(node.get("url")),
        scalar(node.get("source")), scalar(node.get("published")), text.asText(), null, null);
  }

  private static String scalar(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static Row error(String recordSource, String reason, String excerpt) {
    return RowFactory.create(recordSource, null, null, null, null, null, null, null, reason, excerpt);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
