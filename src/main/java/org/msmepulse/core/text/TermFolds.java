package org.msmepulse.core.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msmepulse.core.io.ConfFiles;

/**
 * Spellings a reader takes for one term: transliterated English and acronyms (एमएसएमई = MSME,
 * ई-कॉमर्स = ई कॉमर्स = E-कॉमर्स), listed in {@code conf/text/term-folds.tsv} as {@code
 * term<TAB>variant|variant|...}. A variant may be several tokens; the longest variant that matches
 * at a position wins. Variants compare by {@link MatchKey}, so orthographic twins need not be
 * listed.
 */
public final class TermFolds {
  /** A trie over token keys. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    String term;
  }

  private final Node root = new Node();
  private int entries;

  public TermFolds(String file) {
    for (String line : ConfFiles.lines(file)) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(
            "conf/" + file + ": expected term<TAB>variants in line: " + line);
      }
      String term = line.substring(0, tab).strip();
      for (String variant : line.substring(tab + 1).split("\\|")) {
        add(variant.strip(), term);
      }
    }
  }

  public static TermFolds defaults() {
    return new TermFolds("text/term-folds.tsv");
  }

  private void add(String variant, String term) {
    if (variant.isEmpty()) {
      return;
    }
    Node n = root;
    for (Token t : Tokenizer.tokenize(DevanagariNormalizer.normalize(variant))) {
      if (!t.isWord()) {
        continue;
      }
      n = n.next.computeIfAbsent(MatchKey.of(t.text()), k -> new Node());
    }
    if (n != root) {
      n.term = term;
      entries++;
    }
  }

  /** A fold found at a position: the term and how many word tokens it spans. */
  public record Fold(String term, int length) {}

  /** The longest fold starting at {@code words.get(from)}, or null. */
  public Fold longestAt(List<String> wordKeys, int from) {
    Node n = root;
    Fold best = null;
    for (int i = from; i < wordKeys.size(); i++) {
      n = n.next.get(wordKeys.get(i));
      if (n == null) {
        break;
      }
      if (n.term != null) {
        best = new Fold(n.term, i - from + 1);
      }
    }
    return best;
  }

  public int size() {
    return entries;
  }
}
