package org.msmepulse.core.text;

/**
 * The dateline zone of an article: the part before the body where a news article puts its place and
 * date ("हमीरपुर, 29 सितम्बर 2025 —"), after a title and perhaps a byline. It is the first {@value
 * #LINES} lines of the canonical text, blank lines included, ending early at the first line end
 * after {@value #CHARS} characters and never running past {@value #MAX_CHARS} (a text without line
 * breaks has no zone longer than that).
 *
 * <p>Month resolution looks for a date in this zone before the body; region extraction accepts a
 * name that is also a common word when it opens a line in this zone.
 */
public final class Dateline {
  static final int LINES = 4;
  static final int CHARS = 400;
  static final int MAX_CHARS = CHARS + 80;

  private Dateline() {}

  /** Where the dateline zone of {@code text} ends: a char offset, exclusive. */
  public static int end(String text) {
    int end = 0;
    int lines = 0;
    while (end < text.length() && lines < LINES && end < CHARS) {
      int nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length() : nl + 1;
      lines++;
    }
    return Math.min(end, MAX_CHARS);
  }

  /** The dateline zone of {@code text}: its first {@link #end} characters. */
  public static String zone(String text) {
    return text.substring(0, end(text));
  }
}
