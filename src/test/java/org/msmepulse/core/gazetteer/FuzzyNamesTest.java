package org.msmepulse.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyNamesTest {
  @Test
  void oneEditIsAnInsertionDeletionOrSubstitution() {
    assertThat(FuzzyNames.withinOneEdit("abcdef", "abcdef")).isTrue();
    assertThat(FuzzyNames.withinOneEdit("abcdef", "abxdef")).isTrue();
    assertThat(FuzzyNames.withinOneEdit("abcdef", "abdef")).isTrue();
    assertThat(FuzzyNames.withinOneEdit("abdef", "abcdef")).isTrue();
    assertThat(FuzzyNames.withinOneEdit("abcdef", "abxdey")).isFalse();
    assertThat(FuzzyNames.withinOneEdit("abcdef", "abcdefgh")).isFalse();
  }

  @Test
  void namesSharingAnAnchorWordAreFoundInTheOrderTheyWereAdded() {
    // anchored on "aaaa" (first word) and most on "yojana" (last word); grouped by length inside,
    // so the order of the hits must be restored (3 is longer than 0 and 2, and was added first)
    FuzzyNames names = new FuzzyNames();
    names.add(3, "aaaa bbbc yojanaa"); // one insertion away from the text
    names.add(0, "aaaa bbbb yojana"); // one substitution
    names.add(5, "aaaa bbbc yojana"); // the text itself: zero edits, no fuzzy hit
    names.add(2, "aaaa bbbx yojana"); // one substitution
    names.add(4, "aaaa bbbc yojanaaa"); // two edits
    names.add(6, "aaaa yojana"); // two words: the window "aaaa bbbc" is far from it
    names.index();
    KeyText kt = new KeyText("aaaa bbbc yojana");
    assertThat(names.find(kt))
        .extracting(h -> h.entry() + ":" + h.firstWord() + "-" + h.lastWord())
        .containsExactly(
            "3:0-2", "0:0-2", "2:0-2", // anchored on the first word
            "0:0-2", "2:0-2"); // on the last word (3 ends in "yojanaa")
  }
}
