package org.msmepulse.core.gazetteer;

import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Stopwords;

/**
 * A gazetteer name that is also a Hindi or English function word ("सकती" is Sakti district and the
 * verb "can"; "UP" is Uttar Pradesh and "up") can only be trusted in context: such a name is made a
 * {@link EntityMatcher.Kind#CONTEXT} name whatever the gazetteer file says; a Devanagari name that
 * only folds into a function word's key and is spelled otherwise ("उप्र", key of "ऊपर") is a {@link
 * EntityMatcher.Kind#WRITTEN} name.
 */
final class StopwordNames {
  private static final Stopwords STOPWORDS = Stopwords.defaults();

  private StopwordNames() {}

  static EntityMatcher.Kind kindOf(String alias) {
    String key = MatchKey.ofPhrase(alias);
    if (key.contains(" ") || !STOPWORDS.isStopKey(key)) {
      return EntityMatcher.Kind.EXACT;
    }
    // उप्र folds to the key of ऊपर ("above") but is written with a conjunct the word lacks: a
    // spelling no one writes for ऊपर by mistake, trusted where written as listed. (पुरी for पूरी is
    // a common slip: a name that differs only so stays a context name.)
    boolean conjunct = alias.indexOf('\u094D') >= 0;
    return conjunct && !STOPWORDS.isStopWord(alias)
        ? EntityMatcher.Kind.WRITTEN
        : EntityMatcher.Kind.CONTEXT;
  }
}
