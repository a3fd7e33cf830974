package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits canonical text (see {@link DevanagariNormalizer}) into tokens without ever cutting a word
 * at a vowel sign, virama or nukta: a word is a run of letters, combining marks (Mn, Mc) and
 * digits. Java's {@code \w}, {@code \b} and {@code \p{L}} would cut किसान into क, स, न; this
 * scanner looks at Unicode general categories directly, which is also what keeps it fast.
 *
 * <p>A run is split where the script changes (Latin to Devanagari, letters to digits), because in
 * scraped news that boundary is a lost space ("MSMEसेक्टर", "2025में"). Hyphens separate tokens
 * ("ई-कॉमर्स" gives ई and कॉमर्स; {@link TermFolds} joins known compounds again). Marks at the very
 * start of a run (left by broken text) are dropped, so no token starts with a combining mark.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    scan(
        text.toCharArray(),
        (start, end, type, lineStart) ->
            out.add(
                new Token(
                    type == Token.Type.PUNCT
                        ? punctuation(text.charAt(start))
                        : text.substring(start, end),
                    start,
                    end,
                    type,
                    lineStart)));
    return out;
  }

  /** Receives the tokens of a scan: each one's span, type and whether it opens a line. */
  @FunctionalInterface
  public interface Sink {
    void token(int start, int end, Token.Type type, boolean lineStart);
  }

  /** The text of a punctuation token. */
  public static String punctuation(char c) {
    return c < PUNCT_TEXT.length ? PUNCT_TEXT[c] : String.valueOf(c);
  }

  /**
   * The tokens of {@link #tokenize}, as spans of {@code cs} (a text's chars) given to {@code sink}
   * in text order, with no Token or String made: for callers that need only some of them, or only
   * their keys.
   */
  public static void scan(char[] cs, Sink sink) {
    int n =
        cs.length; // an array, not a String: String.charAt checks its coder and bounds each time
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = cs[i];
      if (c == '\n') {
        lineStart = true;
        i++;
        continue;
      }
      int kind = kind(c);
      if (kind == K_SPACE) {
        i++;
        continue;
      }
      if (kind == K_MARK) {
        i++; // a stray combining mark with no base letter
        continue;
      }
      if (kind == K_PUNCT) {
        sink.token(i, i + 1, Token.Type.PUNCT, lineStart);
        lineStart = false;
        i++;
        continue;
      }
      int start = i;
      int j = i + 1;
      if (kind == K_DIGIT) {
        while (j < n) {
          char d = cs[j];
          if (kind(d) == K_DIGIT) {
            j++;
          } else if ((d == '.' || d == ',') && j + 1 < n && kind(cs[j + 1]) == K_DIGIT) {
            j += 2;
          } else {
            break;
          }
        }
        sink.token(start, j, Token.Type.NUMBER, lineStart);
      } else {
        while (j < n) {
          int k = kind(cs[j]);
          if (k == K_MARK && kind != K_LATIN || k == kind) {
            j++;
          } else {
            break;
          }
        }
        Token.Type type =
            kind == K_DEVA
                ? Token.Type.DEVANAGARI
                : kind == K_LATIN ? Token.Type.LATIN : Token.Type.OTHER;
        sink.token(start, j, type, lineStart);
      }
      lineStart = false;
      i = j;
    }
  }

  static final int K_SPACE = 0;
  static final int K_DEVA = 1;
  static final int K_LATIN = 2;
  static final int K_DIGIT = 3;
  static final int K_OTHER = 4;
  static final int K_MARK = 5;
  static final int K_PUNCT = 6;

  /**
   * {@link #kind} of U+0000..U+097F (ASCII to the end of the Devanagari block), looked up, not
   * computed.
   */
  private static final byte[] KIND_TABLE = new byte[0x980];

  /** The text of each one-character punctuation token of that range, made once. */
  private static final String[] PUNCT_TEXT = new String[0x980];

  static {
    for (char c = 0; c < KIND_TABLE.length; c++) {
      KIND_TABLE[c] = (byte) kindOf(c);
      if (KIND_TABLE[c] == K_PUNCT) {
        PUNCT_TEXT[c] = String.valueOf(c);
      }
    }
  }

  static int kind(char c) {
    return c < 0x980 ? KIND_TABLE[c] : kindOf(c);
  }

  private static int kindOf(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return K_LATIN;
      }
      if (c >= '0' && c <= '9') {
        return K_DIGIT;
      }
      return switch (c) {
        case ',', ':', ';', '(', ')', '.', '?', '!', '-', '/', '"', '\'', '[', ']' -> K_PUNCT;
        default -> K_SPACE;
      };
    }
    if (c >= '\u0900' && c <= '\u097F') {
      if (c == '\u0964' || c == '\u0965' || c == '\u0970') {
        return K_PUNCT;
      }
      if (c >= '\u0966' && c <= '\u096F') {
        return K_DIGIT;
      }
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK) {
        return K_MARK;
      }
      return K_DEVA;
    }
    if (c >= '\uA8E0' && c <= '\uA8FF') {
      return K_DEVA;
    }
    if (c == '\u2014' || c == '\u2013') {
      return K_PUNCT;
    }
    int t = Character.getType(c);
    if (t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK) {
      return K_MARK;
    }
    if (Character.isLetter(c)) {
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? K_LATIN : K_OTHER;
    }
    if (Character.isDigit(c)) {
      return K_DIGIT;
    }
    return K_SPACE;
  }
}
