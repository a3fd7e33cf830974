package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a word where a scraper lost the space between it and a function word: हेतुजागरूकता → हेतु
 * जागरूकता, लघुएवं → लघु एवं, तथाएमएसएमई → तथा एमएसएमई, उपस्थितरहे → उपस्थित रहे. Only the function
 * words listed here, at either edge of the word, and only when at least {@value #MIN_REST} letters
 * remain: short postpositions (के, से, में) end too many real words (लड़के) to be split on. No
 * Hindi word segmenter is maintained as a Java library, hence this rule.
 */
final class LostSpaces {
  static final int MIN_REST = 2;
  private static final String[] GLUE = {
    "एवं", "तथा", "और", "इसके", "उसके", "साथ", "हेतु", "द्वारा", "सहित", "अंतर्गत", "जिससे", "करने",
    "करना", "किया", "रहे", "रहा", "रही", "होगा", "होगी", "है", "हैं", "गया"
  };

  /**
   * Per Devanagari character, a bit for each function word (bit i for GLUE[i]) that starts with it,
   * and one for each that ends with it: only those words can split a token, so only they are tried,
   * in the order of GLUE.
   */
  private static final int[] STARTING = new int[0x80];

  private static final int[] ENDING = new int[0x80];

  static {
    for (int i = 0; i < GLUE.length; i++) {
      STARTING[GLUE[i].charAt(0) - '\u0900'] |= 1 << i;
      ENDING[GLUE[i].charAt(GLUE[i].length() - 1) - '\u0900'] |= 1 << i;
    }
  }

  private LostSpaces() {}

  private static int candidates(String token) {
    char first = token.charAt(0);
    char last = token.charAt(token.length() - 1);
    return (first >= '\u0900' && first <= '\u097F' ? STARTING[first - '\u0900'] : 0)
        | (last >= '\u0900' && last <= '\u097F' ? ENDING[last - '\u0900'] : 0);
  }

  /** The parts of a Devanagari token: itself, or a word and its glued function word(s). */
  static List<String> split(String token) {
    List<String> out = new ArrayList<>(2);
    for (int m = token.isEmpty() ? 0 : candidates(token); m != 0; m &= m - 1) {
      String g = GLUE[Integer.numberOfTrailingZeros(m)];
      if (token.length() > g.length()
          && token.startsWith(g)
          && letters(token.substring(g.length())) >= MIN_REST
          && isLetterStart(token.charAt(g.length()))) {
        out.add(g);
        out.addAll(split(token.substring(g.length())));
        return out;
      }
      if (token.length() > g.length()
          && token.endsWith(g)
          && letters(token.substring(0, token.length() - g.length())) >= MIN_REST
          && isLetterStart(g.charAt(0))) {
        out.addAll(split(token.substring(0, token.length() - g.length())));
        out.add(g);
        return out;
      }
    }
    out.add(token);
    return out;
  }

  private static boolean isLetterStart(char c) {
    int t = Character.getType(c);
    return t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK;
  }

  /** Letters (not marks) in a string: the size of a word as a reader counts syllables' bases. */
  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
