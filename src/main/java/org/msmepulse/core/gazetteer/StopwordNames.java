package org.msmepulse.core.gazetteer;

import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Stopwords;

/**
 * A gazetteer name that is also a Hindi or English function word ("सकती" is Sakti district and the
 * verb "can"; "UP" is Uttar Pradesh and "up") can only be trusted in context: such a name is made a
 * {@link EntityMatcher.Kind#CONTEXT} name whatever the gazetteer file says.
 */
final class StopwordNames {
  private static final Stopwords STOPWORDS = Stopwords.defaults();

  private StopwordNames() {}

  static EntityMatcher.Kind kindOf(String alias) {
    String key = MatchKey.ofPhrase(alias);
    return !key.contains(" ") && STOPWORDS.isStopKey(key)
        ? EntityMatcher.Kind.CONTEXT
        : EntityMatcher.Kind.EXACT;
  }
}
