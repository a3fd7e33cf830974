package org.msmepulse.core.text;

import java.text.Normalizer;

/**
 * The canonical, still readable form of scraped Hindi text. Every later step (cleaning, tokenizing,
 * matching, the stored {@code articles.text}) sees text in this form. Rules, in order:
 *
 * <ol>
 *   <li>NFC, then nukta letters decomposed to base + nukta (U+0958..U+095F, and the precomposed
 *       ऩ ऱ ऴ), so क़ written either way is one sequence. NFC alone would leave क़ decomposed but
 *       compose ऩ: it is not a canonical form for Devanagari.
 *   <li>Invisible characters removed: ZWJ, ZWNJ, zero-width space, word joiner, soft hyphen, BOM,
 *       directional marks (general category Cf), except inside Latin text where none occur.
 *   <li>Every space separator (NBSP, narrow NBSP, figure space, ...) and tab becomes a plain space;
 *       runs of spaces collapse to one; lines are trimmed. Line breaks are kept (CRLF and CR become LF).
 *   <li>Devanagari digits ०-९ become ASCII digits.
 *   <li>Curly quotes become straight quotes; U+2010/U+2011 hyphens become '-'.
 *   <li>A danda or double danda glued to the next word ("।देश") gets a space after it; an ASCII
 *       '|' used as a danda after Devanagari becomes '।'.
 * </ol>
 *
 * Chandrabindu, anusvara and half-nasal spellings are kept here (they are how the word is written);
 * they are folded in {@link MatchKey}, which builds the keys that terms and gazetteer entries compare.
 */
public final class DevanagariNormalizer {
  private DevanagariNormalizer() {}

  public static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 8);
    int n = nfc.length();
    for (int i = 0; i < n; i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < n && nfc.charAt(i + 1) == '\n') {
            continue;
          }
          out.append('\n');
        }
        case '\t' -> out.append(' ');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '\u2010', '\u2011' -> out.append('-');
        case '\u0929' -> out.append('\u0928').append('\u093C'); // ऩ
        case '\u0931' -> out.append('\u0930').append('\u093C'); // ऱ
        case '\u0934' -> out.append('\u0933').append('\u093C'); // ऴ
        case '|' -> {
          if (out.length() > 0 && isDevanagariOrSpaceAfterDevanagari(out)) {
            out.append('\u0964');
            if (i + 1 < n && isWordChar(nfc.charAt(i + 1))) {
              out.append(' ');
            }
          } else {
            out.append('|');
          }
        }
        default -> {
          if (c >= '\u0958' && c <= '\u095F') {
            // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: canonical decomposition is base + nukta
            out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD));
          } else if (c >= '\u0966' && c <= '\u096F') {
            out.append((char) ('0' + (c - '\u0966')));
          } else if (Character.getType(c) == Character.FORMAT) {
            // ZWJ, ZWNJ, ZWSP, word joiner, soft hyphen, BOM, LRM/RLM: invisible, dropped
          } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            out.append(' ');
          } else if (c == '\u200B') {
            // zero-width space is Cf in recent Unicode, kept here for older tables
          } else {
            out.append(c);
          }
        }
      }
      if ((c == '\u0964' || c == '\u0965') && i + 1 < n && isWordChar(nfc.charAt(i + 1))) {
        out.append(' ');
      }
    }
    return collapseSpaces(out);
  }

  private static boolean isDevanagariOrSpaceAfterDevanagari(StringBuilder out) {
    int i = out.length() - 1;
    while (i >= 0 && out.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && isDevanagari(out.charAt(i));
  }

  static boolean isDevanagari(char c) {
    return c >= '\u0900' && c <= '\u097F' || c >= '\uA8E0' && c <= '\uA8FF';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static String collapseSpaces(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int lineStart = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        pendingSpace = out.length() > lineStart;
      } else if (c == '\n') {
        out.append('\n');
        lineStart = out.length();
        pendingSpace = false;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
