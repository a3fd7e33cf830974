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
}
