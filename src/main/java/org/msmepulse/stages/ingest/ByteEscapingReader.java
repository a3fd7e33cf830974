package org.msmepulse.stages.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream in one pass without ever substituting silently: each byte of a malformed
 * sequence becomes a lone low surrogate, U+DC00 plus the byte (Python's "surrogateescape"). No
 * valid decoding produces a lone surrogate (the decoders here report encoded surrogates as
 * malformed), so a string read through this reader holds an escape exactly where the input held a
 * bad byte, a genuine U+FFFD stays U+FFFD, and {@link #visible} can show the bytes themselves as
 * {@code \xNN}.
 *
 * <p>A parser reading through it (the CSV reader) needs no second pass over clean input: it checks
 * each record's strings for escapes with {@link #hasEscapes}.
 */
public final class ByteEscapingReader extends Reader {
  private static final char ESCAPE_BASE = '\uDC00';

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean endOfInput;
  private boolean flushed;

  public ByteEscapingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip(); // empty, ready to be read from
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes the next stretch of input into {@code chars} (which is empty on entry). */
  private void fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!endOfInput && bytes.remaining() < 16) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult r = decoder.decode(bytes, chars, endOfInput);
      if (r.isError()) {
        for (int i = 0; i < r.length() && chars.hasRemaining(); i++) {
          chars.put((char) (ESCAPE_BASE + (bytes.get() & 0xFF)));
        }
      } else if (r.isUnderflow() && endOfInput && !bytes.hasRemaining()) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static boolean isEscape(CharSequence s, int i) {
    char c = s.charAt(i);
    return c >= ESCAPE_BASE
        && c <= ESCAPE_BASE + 0xFF
        && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /** Whether the string holds an escaped input byte. */
  public static boolean hasEscapes(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (isEscape(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** The string with each escaped byte shown as {@code \xNN}. */
  public static String visible(String s) {
    return map(s, true);
  }

  /** The string with each escaped byte as U+FFFD: what a lenient decoder would have made of it. */
  public static String replaced(String s) {
    return map(s, false);
  }

  private static String map(String s, boolean hex) {
    if (s == null || !hasEscapes(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      if (isEscape(s, i)) {
        if (hex) {
          sb.append(String.format("\\x%02X", s.charAt(i) - ESCAPE_BASE));
        } else {
          sb.append('\uFFFD');
        }
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
