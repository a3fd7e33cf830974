package org.msmepulse.core.text;

/**
 * One token of canonical text: its characters, its span in the text, what it is, and whether it
 * opens a line (datelines and one-word title lines are recognised by that).
 */
public record Token(String text, int start, int end, Type type, boolean lineStart) {
  public enum Type {
    /** Devanagari letters with their vowel signs, viramas and nuktas, never cut inside. */
    DEVANAGARI,
    /** Latin letters (an acronym like MSME, an English word). */
    LATIN,
    /** ASCII digits, with an inner '.' or ',' kept (2.5, 1,000). */
    NUMBER,
    /** Letters of another script. */
    OTHER,
    /** Punctuation that matters to context rules: , : ; ( ) । ॥ . ? ! - — / and quotes. */
    PUNCT
  }

  public boolean isWord() {
    return type != Type.PUNCT;
  }
}
