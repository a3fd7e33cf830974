package org.msmepulse.stages.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for every reader, strictly: a byte order mark selects UTF-8, UTF-16LE or UTF-16BE;
 * without one the bytes must be valid UTF-8. Invalid bytes, NUL bytes (a binary file) and empty
 * input are reported as quarantine reasons, never replaced silently by U+FFFD.
 */
public final class RecordDecoding {
  private RecordDecoding() {}

  /** Either text or a reason why there is none. */
  public record Decoded(String text, String error) {}

  public static Decoded decode(byte[] bytes, int length) {
    if (length == 0) {
      return new Decoded(null, "empty file");
    }
    int offset = 0;
    java.nio.charset.Charset cs = StandardCharsets.UTF_8;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      offset = 2;
      cs = StandardCharsets.UTF_16LE;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      offset = 2;
      cs = StandardCharsets.UTF_16BE;
    }
    return decode(bytes, offset, length, cs);
  }

  /** Bytes known to be in {@code cs} (a line of a UTF-16 file), from {@code offset}, strictly. */
  public static Decoded decode(byte[] bytes, int offset, int length, java.nio.charset.Charset cs) {
    if (length - offset <= 0) {
      return new Decoded(null, "empty file");
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, length - offset));
      text = cb.toString();
    } catch (CharacterCodingException e) {
      return new Decoded(
          null, cs == StandardCharsets.UTF_8 ? "invalid UTF-8" : "invalid " + cs.name());
    }
    if (text.indexOf('\u0000') >= 0) {
      return new Decoded(null, "binary content (NUL bytes)");
    }
    if (text.isBlank()) {
      return new Decoded(null, "empty file");
    }
    return new Decoded(text, null);
  }

  /** A printable excerpt of raw bytes for the quarantine table. */
  public static String excerpt(byte[] bytes, int length) {
    return excerpt(bytes, length, StandardCharsets.UTF_8);
  }

  /** The same for bytes in a known charset (bad sequences shown as U+FFFD). */
  public static String excerpt(byte[] bytes, int length, java.nio.charset.Charset cs) {
    return excerpt(new String(bytes, 0, Math.min(length, 600), cs));
  }

  public static String excerpt(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .limit(200)
        .forEach(
            cp -> {
              if (cp == 0
                  || Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t') {
                sb.append('\uFFFD');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }
}
