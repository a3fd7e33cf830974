package org.msmepulse.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.msmepulse.core.io.ConfFiles;

/**
 * Cleans one scraped article: canonical form ({@link DevanagariNormalizer}), then drops site chrome
 * (whole lines matching a pattern of {@code conf/text/boilerplate.txt}: related links, share and
 * follow lines, comment forms, image file names) and content repeated inside the article (scraped
 * pages often carry the body twice, cut into paragraphs differently). Repetition is found sentence
 * by sentence: a sentence of at least {@code minRepeatChars} characters whose key was already seen
 * is dropped. The title line and the dateline are ordinary first lines and are kept.
 */
public final class ArticleCleaner {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[।॥?!]|\\.(?=\\s|$))\\s*");

  private final List<Pattern> boilerplate;
  private final int minRepeatChars;

  public ArticleCleaner(List<String> boilerplatePatterns, int minRepeatChars) {
    this.boilerplate = new ArrayList<>(boilerplatePatterns.size());
    for (String p : boilerplatePatterns) {
      boilerplate.add(
          Pattern.compile(
              p,
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }
    this.minRepeatChars = minRepeatChars;
  }

  public static ArticleCleaner defaults() {
    return new ArticleCleaner(ConfFiles.lines("text/boilerplate.txt"), 20);
  }

  /** The cleaned text and what was removed from it. */
  public record Cleaned(String text, int boilerplateLines, int repeatedSentences) {}

  public Cleaned clean(String raw) {
    String canonical = DevanagariNormalizer.normalize(raw == null ? "" : raw);
    StringBuilder out = new StringBuilder(canonical.length());
    Set<String> seen = new HashSet<>();
    int droppedLines = 0;
    int droppedSentences = 0;
    for (String line : canonical.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (isBoilerplate(t)) {
        droppedLines++;
        continue;
      }
      StringBuilder kept = new StringBuilder(t.length());
      for (String sentence : SENTENCE_END.split(t)) {
        String s = sentence.strip();
        if (s.isEmpty()) {
          continue;
        }
        if (s.length() >= minRepeatChars && !seen.add(MatchKey.ofPhrase(s))) {
          droppedSentences++;
          continue;
        }
        if (kept.length() > 0) {
          kept.append(' ');
        }
        kept.append(s);
      }
      if (kept.length() > 0) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(kept);
      }
    }
    return new Cleaned(out.toString(), droppedLines, droppedSentences);
  }

  boolean isBoilerplate(String line) {
    for (Pattern p : boilerplate) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
