package org.msmepulse.stages.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a UTF-16 stream as raw bytes, read lazily. Hadoop's line reader splits on the byte
 * 0x0A, which in UTF-16 is half of many characters (and leaves a stray 0x00 on every line), so a
 * UTF-16 file is cut here on whole code units instead: U+000A ends a line, a U+000D before it is
 * dropped. Each line keeps its own bytes, so one bad line (an odd byte, a lone surrogate) is
 * reported by itself when it is decoded, and the rest of the file still reads.
 */
public final class Utf16Lines implements Iterator<Utf16Lines.Line> {
  /** One line: the byte offset of its first byte in the file, and its bytes (no line end). */
  public record Line(long offset, byte[] bytes) {}

  private final InputStream in;
  private final boolean littleEndian;
  private long position;
  private Line next;
  private boolean done;

  /**
   * @param in the stream, positioned after the byte order mark
   * @param position the byte offset {@code in} starts at (2 after a BOM)
   */
  public Utf16Lines(InputStream in, Charset charset, long position) {
    this.in = in;
    this.littleEndian = charset.equals(StandardCharsets.UTF_16LE);
    this.position = position;
  }

  /** UTF-16LE or UTF-16BE when the first two bytes are a UTF-16 byte order mark, else null. */
  public static Charset charsetOfBom(int b0, int b1) {
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line l = next;
    next = null;
    return l;
  }

  private Line readLine() {
    try {
      long start = position;
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      while (true) {
        int a = in.read();
        if (a < 0) {
          done = true;
          return line.size() == 0 ? null : new Line(start, trimCarriageReturn(line.toByteArray()));
        }
        int b = in.read();
        position += b < 0 ? 1 : 2;
        if (b < 0) {
          line.write(a); // a lone last byte: kept, so the line fails to decode and is quarantined
          continue;
        }
        int unit = littleEndian ? a | b << 8 : a << 8 | b;
        if (unit == '\n') {
          return new Line(start, trimCarriageReturn(line.toByteArray()));
        }
        line.write(a);
        line.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] trimCarriageReturn(byte[] bytes) {
    int n = bytes.length;
    if (n >= 2 && n % 2 == 0) {
      int unit =
          littleEndian
              ? (bytes[n - 2] & 0xFF) | (bytes[n - 1] & 0xFF) << 8
              : (bytes[n - 2] & 0xFF) << 8 | (bytes[n - 1] & 0xFF);
      if (unit == '\r') {
        return java.util.Arrays.copyOf(bytes, n - 2);
      }
    }
    return bytes;
  }
}
