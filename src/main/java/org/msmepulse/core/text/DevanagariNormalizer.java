package org.msmepulse.core.text;

import java.text.Normalizer;

/**
 * The canonical, still readable form of scraped Hindi text. Every later step (cleaning, tokenizing,
 * matching, the stored {@code articles.text}) sees text in this form. Rules, in order:
 *
 * <ol>
 *   <li>NFC, then nukta letters decomposed to base + nukta (U+0958..U+095F, and the precomposed ऩ ऱ
 *       ऴ), so क़ written either way is one sequence. NFC alone would leave क़ decomposed but
 *       compose ऩ: it is not a canonical form for Devanagari.
 *   <li>Invisible characters removed: ZWJ, ZWNJ, zero-width space, word joiner, soft hyphen, BOM,
 *       directional marks (general category Cf), except inside Latin text where none occur.
 *   <li>Every space separator (NBSP, narrow NBSP, figure space, ...) and tab becomes a plain space;
 *       runs of spaces collapse to one; lines are trimmed. Line breaks are kept (CRLF and CR become
 *       LF).
 *   <li>Devanagari digits ०-९ become ASCII digits.
 *   <li>Curly quotes become straight quotes; U+2010/U+2011 hyphens become '-'.
 *   <li>A danda or double danda glued to the next word ("।देश") gets a space after it; an ASCII '|'
 *       used as a danda after Devanagari becomes '।'.
 *   <li>Vowel signs put out of order by old fonts and their converters are put back: an anusvara or
 *       chandrabindu typed before the vowel sign it sits on ("बंेगलुरू") comes after it
 *       ("बेंगलुरू"); aa + e or aa + ai written for o or au ("लाेग") become o or au ("लोग"), and अ
 *       + aa for आ ("अाैर" for "और") the vowel letter. Neither order occurs in correct text.
 * </ol>
 *
 * Chandrabindu, anusvara and half-nasal spellings are kept here (they are how the word is written);
 * they are folded in {@link MatchKey}, which builds the keys that terms and gazetteer entries
 * compare.
 */
public final class DevanagariNormalizer {
  private DevanagariNormalizer() {}

  /*
   * Speed (bench/jmh.sh, TextBenchmark): one pass over a char array into one output buffer, with the
   * space collapsing done as characters are emitted. java.text.Normalizer costs more than all the
   * rest together, and NFC changes nothing in almost all news text, so the pass starts on the text
   * as it is and restarts on its NFC form only when it meets a character NFC might change (see
   * nfcInert). The rules and their order are those of the class comment.
   */

  public static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String out = apply(s, false);
    return out != null ? out : apply(Normalizer.normalize(s, Normalizer.Form.NFC), true);
  }

  /** The rules on {@code nfc}; null if {@code nfcDone} is false and the text needs NFC first. */
  private static String apply(String nfc, boolean nfcDone) {
    int n = nfc.length();
    char[] in = new char[n];
    nfc.getChars(0, n, in, 0);
    Out out = new Out(n + 8);
    for (int i = 0; i < n; i++) {
      char c = in[i];
      switch (c) {
        case '\r' -> {
          if (i + 1 < n && in[i + 1] == '\n') {
            continue;
          }
          out.newline();
        }
        case '\n' -> out.newline();
        case '\t', ' ' -> out.space();
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.put('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.put('"');
        case '\u2010', '\u2011' -> out.put('-');
        case '\u0929' -> out.put('\u0928', '\u093C'); // ऩ
        case '\u0931' -> out.put('\u0930', '\u093C'); // ऱ
        case '\u0934' -> out.put('\u0933', '\u093C'); // ऴ
        case '|' -> {
          // the last non-space character emitted is the last one in the buffer: spaces are pending
          if (out.len > 0 && isDevanagari(out.buf[out.len - 1])) {
            out.put('\u0964');
            if (i + 1 < n && isWordChar(in[i + 1])) {
              out.space();
            }
          } else {
            out.put('|');
          }
        }
        case '\u0901', '\u0902' -> {
          // ं or ँ before a vowel sign (old-font order): the sign first
          if (i + 1 < n && in[i + 1] >= '\u093E' && in[i + 1] <= '\u094C') {
            out.put(in[++i], c);
          } else {
            out.put(c);
          }
        }
        case '\u093E' -> {
          // ा + े is ो, ा + ै is ौ, and अ + ा is आ (so अ + ा + ै is औ), however a font drew them
          boolean afterA = out.len > 0 && !out.pendingSpace && out.buf[out.len - 1] == '\u0905';
          char next = i + 1 < n ? in[i + 1] : 0;
          if (next == '\u0947' || next == '\u0948') {
            i++;
            if (afterA) {
              out.buf[out.len - 1] = next == '\u0947' ? '\u0913' : '\u0914';
            } else {
              out.put(next == '\u0947' ? '\u094B' : '\u094C');
            }
          } else if (afterA) {
            out.buf[out.len - 1] = '\u0906';
          } else {
            out.put(c);
          }
        }
        case '\u0964', '\u0965' -> {
          out.put(c);
          if (i + 1 < n && isWordChar(in[i + 1])) {
            out.space();
          }
        }
        default -> {
          if (c < 0x80
              || c >= '\u0900' && c < '\u0951' && c != '\u093C'
              || c >= '\u0955' && c < '\u0958'
              || c >= '\u0960' && c < '\u0966'
              || c >= '\u0970' && c <= '\u097F') {
            out.put(
                c); // ASCII and most of the Devanagari block: kept as they are, and NFC keeps them
          } else if (!nfcDone && !nfcInert(c, i > 0 ? in[i - 1] : 0)) {
            return null;
          } else if (c >= '\u0958' && c <= '\u095F') {
            // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: canonical decomposition is base + nukta
            out.put(NUKTA_BASES[c - '\u0958'], '\u093C');
          } else if (c >= '\u0966' && c <= '\u096F') {
            out.put((char) ('0' + (c - '\u0966')));
          } else if (c >= '\u0900' && c <= '\u097F') {
            out.put(c);
          } else {
            int type = Character.getType(c);
            if (type == Character.FORMAT || c == '\u200B') {
              // ZWJ, ZWNJ, ZWSP, word joiner, soft hyphen, BOM, LRM/RLM: invisible, dropped
            } else if (type == Character.SPACE_SEPARATOR) {
              out.space();
            } else {
              out.put(c);
            }
          }
        }
      }
    }
    return new String(out.buf, 0, out.len);
  }

  /** The bases of U+0958..U+095F (their canonical decompositions are base + U+093C). */
  private static final char[] NUKTA_BASES = {
    '\u0915', '\u0916', '\u0917', '\u091C', '\u0921', '\u0922', '\u092B', '\u092F'
  };

  /**
   * The output buffer. Spaces collapse as they are emitted: a space is only remembered, and written
   * before the next visible character of the same line, so runs become one space and lines come out
   * trimmed.
   */
  private static final class Out {
    char[] buf;
    int len;
    int lineStart;
    boolean pendingSpace;

    Out(int capacity) {
      buf = new char[capacity];
    }

    void space() {
      pendingSpace = len > lineStart;
    }

    void newline() {
      ensure(1);
      buf[len++] = '\n';
      lineStart = len;
      pendingSpace = false;
    }

    void put(char c) {
      ensure(2);
      if (pendingSpace) {
        buf[len++] = ' ';
        pendingSpace = false;
      }
      buf[len++] = c;
    }

    void put(char c1, char c2) {
      put(c1);
      put(c2);
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }
  }

  /**
   * Whether NFC leaves {@code s} as it is, judged from characters whose normalization behaviour is
   * known: ASCII, NBSP, soft hyphen, the Devanagari block and General Punctuation (U+2002..U+206F)
   * have no canonical decomposition and none of them combines with a neighbour, except the nukta
   * after न, र, ळ (NFC composes ऩ ऱ ऴ) and marks that canonical ordering would reorder (a nukta
   * after a virama, the Vedic stress marks U+0951..U+0954). U+0958..U+095F decompose under NFC.
   * Anything else, or any doubt: false, and the full normalizer runs. Tested against
   * java.text.Normalizer on every pair of these characters and every triple of Devanagari ones.
   */
  static boolean isNfcStable(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!nfcInert(s.charAt(i), i > 0 ? s.charAt(i - 1) : 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether NFC keeps {@code c}, found after {@code prev}, as it is (see {@link #isNfcStable}). */
  private static boolean nfcInert(char c, char prev) {
    if (c < 0x80
        || c == '\u00A0'
        || c == '\u00AD'
        || c >= '\u2002' && c <= '\u206F'
        || c == '\uFEFF') {
      return true;
    }
    if (c < '\u0900'
        || c > '\u097F'
        || c >= '\u0951' && c <= '\u0954'
        || c >= '\u0958' && c <= '\u095F') {
      return false;
    }
    return c != '\u093C'
        || prev != '\u0928' && prev != '\u0930' && prev != '\u0933' && prev != '\u094D';
  }

  static boolean isDevanagari(char c) {
    return c >= '\u0900' && c <= '\u097F' || c >= '\uA8E0' && c <= '\uA8FF';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }
}
