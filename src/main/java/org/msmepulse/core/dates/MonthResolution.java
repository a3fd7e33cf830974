package org.msmepulse.core.dates;

/**
 * An article's month and where it came from.
 *
 * @param month {@code yyyy-MM}, or null when neither metadata nor text gives a year
 * @param source {@code metadata}, {@code text} or {@code none} (the contract's values)
 * @param evidence how it was found: {@code published}, {@code dateline: <text>}, {@code body:
 *     <text>}
 */
public record MonthResolution(String month, String source, String evidence) {
  public static final String METADATA = "metadata";
  public static final String TEXT = "text";
  public static final String NONE = "none";

  static MonthResolution none() {
    return new MonthResolution(null, NONE, null);
  }
}
